import { describe, expect, it } from "vitest";
import { type Answers, defaultAnswers } from "./answers.ts";
import { defaultMatrix } from "./default-matrix.ts";
import { listNames } from "./reasons.ts";
import { type Recommendation, recommend } from "./recommend.ts";
import { answerSpace } from "./test-support/answer-space.ts";
import { imageIdIn as idIn } from "./test-support/image-ids.ts";

const TODAY = "2026-11-27";
const run = (over: Partial<Answers> = {}) =>
  recommend({ ...defaultAnswers, ...over }, { today: TODAY });
/** A strict, minimal worker with no debugging: the hardened, shell-less images lead. */
const HARDENED_WORKER: Partial<Answers> = {
  pythonVersion: "3.11",
  security: "strict",
  size: "minimal",
  debugging: "none",
  appKind: "worker",
};

/** Every sentence a person reads about a ranking. */
function textsOf(result: Recommendation): string[] {
  return [
    ...result.ranked.flatMap((r) => [
      ...r.reasons,
      ...(r.excluded ?? []),
      ...(r.decidedBy ?? []).flatMap((d) => [d.fact, d.text]),
    ]),
    ...(result.exclusionGroups ?? []).flatMap((g) => [
      g.title,
      ...g.images.flatMap((i) => [i.name, i.detail ?? ""]),
    ]),
    ...result.warnings.flatMap((w) => [w.message, w.fix ?? ""]),
  ];
}

describe("why it won", () => {
  it("gives two or three reasons for the default answers, largest weighted gap first, against the runner-up by name", () => {
    const result = run();
    const decided = result.best.decidedBy ?? [];
    expect(decided.length).toBeGreaterThanOrEqual(2);
    expect(decided.length).toBeLessThanOrEqual(3);
    for (let i = 1; i < decided.length; i++)
      expect(decided[i - 1]?.gain).toBeGreaterThanOrEqual(decided[i]?.gain ?? 0);
    const runnerUp = defaultMatrix.images.find((i) => i.id === result.runnerUp);
    expect(runnerUp).toBeDefined();
    expect(result.best.reasons[0]).toContain(`for ${runnerUp?.name}:`);
    expect(result.best.reasons.slice(0, decided.length)).toEqual(decided.map((d) => d.text));
  });

  it("phrases the deciding criteria with the facts behind them: glibc for the wheels, a shell to debug with", () => {
    // A strict worker: Docker's hardened Debian image (glibc) against the official Alpine (musl),
    // with pandas 2.0.3, which has manylinux wheels for 3.11 and no musllinux wheel. (DHI's own
    // Alpine is excluded here: built from source, pandas links libraries its final image, with no
    // package manager, cannot add.)
    const pair = ["dhi-python-debian", "python-alpine"];
    const matrix = {
      ...defaultMatrix,
      images: defaultMatrix.images.filter((i) => pair.includes(i.id)),
    };
    const result = recommend(
      { ...defaultAnswers, ...HARDENED_WORKER, requirements: "pandas==2.0.3\n" },
      { today: TODAY, matrix },
    );
    expect(result.runnerUp).toBe("python-alpine");
    expect(result.best.decidedBy?.[0]).toMatchObject({
      criterion: "compatibility",
      fact: "glibc, so pandas installs from a manylinux wheel",
    });
    const defaults = run();
    expect(defaults.best.decidedBy?.map((d) => d.fact)).toContain("a shell and apt to debug with");
  });

  it("adds the best's strongest shared fact when a single criterion separates it from the runner-up", () => {
    const result = run({ debugging: "shell" });
    const decided = result.best.decidedBy ?? [];
    expect(decided).toHaveLength(2);
    expect(decided[0]?.gain).toBeGreaterThan(0);
    expect(decided[1]?.gain).toBe(0);
    expect(decided[1]?.text).toMatch(/, as for /);
  });

  it("names a higher-scoring candidate that was excluded, and why", () => {
    const result = run(HARDENED_WORKER);
    const higher = result.ranked.find((r) => r.excluded && r.score > result.best.score);
    expect(higher).toBeDefined();
    const name = defaultMatrix.images.find((i) => i.id === higher?.id)?.name;
    expect(result.best.reasons.join("\n")).toContain(`${name} would score ${higher?.score}/100`);
  });

  it("never shows an image id where a person reads, over a sample of the answer space", () => {
    let sampled = 0;
    let i = 0;
    for (const answers of answerSpace()) {
      if (i++ % 199 !== 0) continue;
      sampled++;
      for (const text of textsOf(recommend(answers, { today: TODAY })))
        expect(idIn(text), text).toBeUndefined();
    }
    expect(sampled).toBeGreaterThan(100);
  }, 60_000);

  it("catches an id when one is there (the check can fail)", () => {
    expect(idIn("Maintenance 5/5 against 4/5 for uv-debian-13-slim.")).toBe("uv-debian-13-slim");
    expect(idIn("Uses python:3.13-slim-trixie and python:3.13-alpine")).toBeUndefined();
  });

  it("lists package names briefly", () => {
    expect(listNames(["numpy"])).toBe("numpy");
    expect(listNames(["numpy", "pandas"])).toBe("numpy and pandas");
    expect(listNames(["a", "b", "c"])).toBe("a, b and c");
    expect(listNames(["a", "b", "c", "d", "e"])).toBe("a, b, c and 2 more");
  });
});

describe("grouped exclusions", () => {
  it("says a shared reason once, with what is particular to each image", () => {
    const result = run({ pythonVersion: "3.12" });
    const groups = result.exclusionGroups ?? [];
    const titles = groups.map((g) => g.title);
    expect(new Set(titles).size).toBe(titles.length);
    const noPython = groups.find((g) => g.title === "Does not offer Python 3.12");
    expect(noPython?.images).toContainEqual({
      id: "ubuntu-26.04",
      name: defaultMatrix.images.find((i) => i.id === "ubuntu-26.04")?.name,
      detail: "offers 3.14",
    });
    // Every excluded candidate is in at least one group.
    const grouped = new Set(groups.flatMap((g) => g.images.map((i) => i.id)));
    for (const row of result.ranked.filter((r) => r.excluded))
      expect(grouped.has(row.id), row.id).toBe(true);
  });

  it("lists an image marked end of life once, in its own group, with its other reasons as detail", () => {
    const groups = run().exclusionGroups ?? [];
    const marked = groups.find((g) => g.kind === "end-of-life" && g.title.startsWith("Marked"));
    const ubuntu2004 = marked?.images.find((i) => i.id === "ubuntu-20.04");
    expect(ubuntu2004?.detail).toMatch(/ended 2025-05-31; offers 3\.8/);
    const elsewhere = groups.filter((g) => g !== marked).flatMap((g) => g.images.map((i) => i.id));
    expect(elsewhere).not.toContain("ubuntu-20.04");
  });

  it("does not repeat a requirement every candidate breaks, and says which Python a verdict is about", () => {
    const result = run({
      pythonVersion: "3.12",
      requirements: "flask==2.3.3\nrequests==2.31.0\nnumpy==1.24.3\npandas==2.0.3\n",
    });
    const titles = (result.exclusionGroups ?? []).map((g) => g.title);
    expect(titles.filter((t) => t.includes("numpy"))).toEqual([]);
    const ubuntu = result.ranked.find((r) => r.id === "ubuntu-26.04");
    expect(ubuntu?.excluded).toContain("numpy==1.24.3 has no build for Python 3.12 on glibc.");
  });
});
