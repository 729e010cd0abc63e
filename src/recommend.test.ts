import { describe, expect, it } from "vitest";
import { type Answers, defaultAnswers } from "./answers.ts";
import type { ImageEntry, Matrix } from "./data/schema.ts";
import { defaultMatrix } from "./default-matrix.ts";
import { AnswersError } from "./parse-answers.ts";
import {
  bestCandidate,
  generateFiles,
  rankCandidates,
  recommend,
  recommendFromRanking,
} from "./recommend.ts";

const TODAY = "2026-11-27";
const answers = (over: Partial<Answers> = {}): Answers => ({ ...defaultAnswers, ...over });
const run = (over: Partial<Answers> = {}, weights?: Record<string, number>) =>
  recommend(answers(over), { today: TODAY, ...(weights ? { weights } : {}) });

/** The seed article's app: Flask, requests, numpy and pandas, started with `python app.py` on 5000. */
const ARTICLE: Partial<Answers> = { nativeDeps: "wheels", port: 5000, command: "python app.py" };

describe("recommend", () => {
  it("ranks every candidate, eligible ones first, best first", () => {
    const result = run();
    expect(result.ranked).toHaveLength(defaultMatrix.images.length);
    expect(result.best).toEqual(result.ranked[0]);
    const firstExcluded = result.ranked.findIndex((r) => r.excluded);
    expect(result.ranked.slice(firstExcluded).every((r) => r.excluded)).toBe(true);
    const eligible = result.ranked.slice(0, firstExcluded);
    for (let i = 1; i < eligible.length; i++) {
      const a = eligible[i - 1] as (typeof eligible)[number];
      const b = eligible[i] as (typeof eligible)[number];
      expect(a.score > b.score || (a.score === b.score && a.id < b.id)).toBe(true);
    }
    expect(result.dataVersion).toBe(defaultMatrix.dataVersion);
  });

  it("recommends a glibc image with a shell for the default answers, with reasons", () => {
    const { best, files } = run();
    expect(best.libc).toBe("glibc");
    expect(best.reasons.length).toBeGreaterThanOrEqual(2);
    expect(best.reference).toMatch(/3\.13/);
    expect(files?.Dockerfile).toContain(`FROM ${best.reference} AS runtime`);
  });

  it("never recommends the article's end-of-life images, and says why they are excluded", () => {
    const result = run({ pythonVersion: "3.10" });
    for (const id of ["ubuntu-20.04", "python-3.9-slim", "python-3.9-alpine"]) {
      const row = result.ranked.find((r) => r.id === id);
      if (!row) continue;
      expect(row.excluded?.join(" ")).toMatch(/end of life/i);
    }
  });

  it("moves an end-of-life Python to the nearest supported one with a warning first (its files build)", () => {
    const result = run({ pythonVersion: "3.10" });
    expect(result.warnings[0]).toMatchObject({
      code: "python-end-of-life",
      severity: "warning",
      field: "pythonVersion",
    });
    expect(result.warnings[0]?.message).toContain("3.10");
    expect(result.warnings[0]?.message).toContain("3.11");
    expect(result.best.pythonVersion).toBe("3.11");
  });

  it("warns when the chosen Python ends within 12 months (end date <= today + 365 days)", () => {
    expect(run({ pythonVersion: "3.11" }).warnings.map((w) => w.code)).toContain(
      "python-ends-soon",
    );
    expect(run({ pythonVersion: "3.12" }).warnings.map((w) => w.code)).not.toContain(
      "python-ends-soon",
    );
    const dayBefore = recommend(answers({ pythonVersion: "3.11" }), { today: "2026-10-30" });
    expect(dayBefore.warnings.map((w) => w.code)).not.toContain("python-ends-soon");
    const onTheDay = recommend(answers({ pythonVersion: "3.11" }), { today: "2026-10-31" });
    expect(onTheDay.warnings.map((w) => w.code)).toContain("python-ends-soon");
  });

  it("excludes shell-less final images when a shell is needed in production", () => {
    const result = run({ debugging: "shell" });
    expect(result.best.shell).toBe(true);
    const distroless = result.ranked.find((r) => r.id === "distroless-python3-debian13");
    expect(distroless?.excluded?.join(" ")).toMatch(/shell/);
  });

  it("allows shell-less images for occasional debugging and says how to get inside", () => {
    const result = run({ debugging: "occasional", security: "strict", size: "minimal" });
    if (!result.best.shell) {
      const info = result.warnings.find((w) => w.code === "debug-without-shell");
      expect(info?.severity).toBe("info");
      expect(info?.fix).toMatch(/kubectl debug/);
    }
  });

  it("excludes images not published for every architecture asked for", () => {
    const result = run({ architectures: ["amd64", "arm64"] });
    for (const row of result.ranked) {
      const image = defaultMatrix.images.find((i) => i.id === row.id) as ImageEntry;
      const archs = image.architectures.value;
      if (archs === "unknown" || !archs.includes("arm64"))
        expect(row.excluded, row.id).toBeDefined();
    }
  });

  it("excludes images that need a registry login when logins are not allowed", () => {
    const result = run({ allowLogin: false });
    for (const row of result.ranked) {
      const image = defaultMatrix.images.find((i) => i.id === row.id) as ImageEntry;
      if (image.access.login.value !== false)
        expect(row.excluded?.join(" "), row.id).toMatch(/login/);
    }
  });

  it("keeps images that ship compilers out of the final stage unless size is relaxed and security standard", () => {
    const strict = run({ size: "balanced" }).ranked.find((r) => r.id === "python-full");
    expect(strict?.excluded?.join(" ")).toMatch(/compilers/);
    const relaxed = run({ size: "relaxed", security: "standard" }).ranked.find(
      (r) => r.id === "python-full",
    );
    expect(relaxed?.excluded ?? []).not.toContainEqual(expect.stringMatching(/compilers/));
  });

  it("counts musl against compiled dependencies", () => {
    const pure = run({ nativeDeps: "none" }).ranked.find((r) => r.id === "python-alpine");
    const wheels = run({ nativeDeps: "wheels" }).ranked.find((r) => r.id === "python-alpine");
    expect(wheels?.criteria.compatibility?.score).toBeLessThan(
      pure?.criteria.compatibility?.score ?? 0,
    );
    expect(wheels?.reasons.join(" ")).toMatch(/musl/);
  });

  it("warns about the article's development server and names a production server", () => {
    const result = run(ARTICLE);
    const warning = result.warnings.find((w) => w.code === "development-server");
    expect(warning).toMatchObject({ severity: "warning", field: "command" });
    expect(warning?.fix).toMatch(/gunicorn/);
  });

  it.each([
    ["flask run --host 0.0.0.0"],
    ["python manage.py runserver 0.0.0.0:8000"],
    ["fastapi dev main.py"],
    ["uvicorn app:app --reload"],
  ])("recognises %s as a development server", (command) => {
    expect(run({ command }).warnings.map((w) => w.code)).toContain("development-server");
  });

  it("flags a command that binds loopback or another port", () => {
    const codes = run({ command: "gunicorn app:app --bind 127.0.0.1:9000" }).warnings.map(
      (w) => w.code,
    );
    expect(codes).toEqual(expect.arrayContaining(["loopback-bind", "port-mismatch"]));
  });

  it("returns the ranking with files null and a blocking warning for an unsafe command", () => {
    const result = run({ command: "gunicorn app:app && rm -rf /" });
    expect(result.files).toBeNull();
    expect(result.ranked.length).toBeGreaterThan(0);
    expect(result.warnings[0]).toMatchObject({
      code: "unsafe-command",
      severity: "blocking",
      field: "command",
    });
    expect(result.warnings[0]?.message).toContain("&&");
  });

  it("throws an AnswersError naming every bad field", () => {
    const bad = {
      ...defaultAnswers,
      pythonVersion: "2.7",
      port: 70000,
      architectures: [],
      healthPath: "/x'y",
    };
    try {
      recommend(bad as Answers, { today: TODAY });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AnswersError);
      const fields = (error as AnswersError).issues.map((i) => i.field);
      expect(fields).toEqual(
        expect.arrayContaining(["pythonVersion", "port", "architectures", "healthPath"]),
      );
    }
    expect(() => recommend({ ...defaultAnswers, extra: 1 } as Answers, { today: TODAY })).toThrow(
      AnswersError,
    );
    expect(() => recommend(defaultAnswers, { today: "27/11/2026" })).toThrow(/today/);
  });

  it("gives byte-identical output for the same input", () => {
    expect(JSON.stringify(run(ARTICLE))).toBe(JSON.stringify(run(ARTICLE)));
  });

  it("lets weight overrides change the ranking and reports them in the criteria", () => {
    const sizeFirst = run(
      {},
      { size: 5, compatibility: 0, debuggability: 0, maintenance: 0, security: 0 },
    );
    expect(sizeFirst.best.criteria.size?.weight).toBe(5);
    const smallest = Math.max(
      ...sizeFirst.ranked.filter((r) => !r.excluded).map((r) => r.criteria.size?.score ?? 0),
    );
    expect(sizeFirst.best.criteria.size?.score).toBe(smallest);
    const allZero = run(
      {},
      { size: 0, compatibility: 0, debuggability: 0, maintenance: 0, security: 0 },
    );
    expect(allZero.best.score).toBe(0);
    expect(allZero.warnings.map((w) => w.code)).toContain("no-weights");
  });
});

describe("bestCandidate, for the what-if pass", () => {
  it.each([
    {},
    ARTICLE,
    { pythonVersion: "3.10", security: "strict" as const, size: "minimal" as const },
    { architectures: ["arm64" as const], debugging: "shell" as const },
  ])("picks the image recommend picks for %j", (over) => {
    const best = recommend(answers(over), { today: TODAY }).best;
    expect(bestCandidate(answers(over), { today: TODAY })).toEqual({
      id: best.id,
      reference: best.reference,
    });
  });
});

describe("recommend with another matrix", () => {
  const base = defaultMatrix.images.find((i) => i.id === "python-slim") as ImageEntry;
  const orgImage: ImageEntry = {
    ...base,
    id: "acme-python",
    name: "ACME hardened Python",
    variants: base.variants.map((v) => ({
      ...v,
      reference: "registry.acme.internal/python:{python}-hardened",
    })),
    ratings: {
      ...base.ratings,
      security: { score: 5, rationale: "Hardened by the ACME platform team." },
    },
  };
  const matrix: Matrix = { ...defaultMatrix, images: [...defaultMatrix.images, orgImage] };

  it("ranks an organisation's own image like any other", () => {
    const result = recommend(answers({ security: "strict" }), { today: TODAY, matrix });
    expect(result.best.id).toBe("acme-python");
    expect(result.files?.Dockerfile).toContain(
      "FROM registry.acme.internal/python:3.13-hardened AS runtime",
    );
  });

  it("never excludes everything: a problem common to every candidate becomes a blocking warning", () => {
    const onlyArm: Matrix = {
      ...defaultMatrix,
      images: [{ ...base, architectures: { value: ["amd64"], source: base.architectures.source } }],
    };
    const result = recommend(answers({ architectures: ["arm64"] }), {
      today: TODAY,
      matrix: onlyArm,
    });
    expect(result.best.excluded).toBeUndefined();
    expect(result.warnings[0]).toMatchObject({
      code: "no-candidate-architecture",
      severity: "blocking",
    });
  });
});

describe("generateFiles", () => {
  it("writes the files of any candidate, as if it were the best", () => {
    const files = generateFiles("distroless-python3-debian13", defaultAnswers, { today: TODAY });
    expect(files?.Dockerfile).toContain(
      "FROM gcr.io/distroless/python3-debian13:nonroot AS runtime",
    );
    expect(files?.Dockerfile).toMatch(
      /^ENTRYPOINT \["gunicorn", "app:app", "--bind", "0.0.0.0:8000"\]$/m,
    );
    expect(() => generateFiles("nope", defaultAnswers, { today: TODAY })).toThrow(
      /Unknown image id "nope"/,
    );
  });

  it("writes compose.yaml for web apps (with init and the health check) and workers, not CLI jobs", () => {
    expect(
      generateFiles("python-slim", answers({ appKind: "cli" }), { today: TODAY })?.["compose.yaml"],
    ).toBeUndefined();
    const compose =
      generateFiles("python-slim", answers({ healthPath: "/health" }), { today: TODAY })?.[
        "compose.yaml"
      ] ?? "";
    expect(compose).toContain("init: true");
    expect(compose).toContain('"8000:8000"');
    expect(compose).toContain("http://127.0.0.1:8000/health");
  });
});

describe("registry mirror", () => {
  const mirrored = (over: Partial<Answers>) =>
    recommend(answers({ registryMirror: "registry.example.internal/dockerhub/", ...over }), {
      today: TODAY,
    });

  it("sends Docker Hub FROMs through the mirror and pulls other registries directly", () => {
    for (const over of [
      {},
      { packageManager: "uv" as const },
      { security: "strict" as const, size: "minimal" as const, debugging: "none" as const },
    ]) {
      const result = mirrored(over);
      const froms = (result.files?.Dockerfile ?? "")
        .split("\n")
        .filter((l) => /^(FROM |COPY --from=(?!build ))/.test(l))
        .map((l) => l.replace(/^FROM |^COPY --from=/, "").split(" ")[0] ?? "");
      expect(froms.length).toBeGreaterThan(1);
      for (const reference of froms) {
        const viaHub = reference.startsWith("registry.example.internal/dockerhub/library/");
        const direct = /^(ghcr\.io|gcr\.io|dhi\.io|cgr\.dev)\//.test(reference);
        expect(viaHub || direct, reference).toBe(true);
      }
    }
    expect(mirrored({}).files?.Dockerfile).toContain(
      "FROM registry.example.internal/dockerhub/library/python:3.13-slim-trixie AS build",
    );
  });

  it("sends another registry through the mirror its map entry names", () => {
    const files = generateFiles(
      "distroless-python3-debian13",
      answers({
        registryMirror: "mirror.local:5000/hub/",
        mirrorsByRegistry: { "gcr.io": "mirror.local:5000/gcr/" },
      }),
      { today: TODAY },
    );
    expect(files?.Dockerfile).toContain(
      "FROM mirror.local:5000/gcr/distroless/python3-debian13:nonroot AS runtime",
    );
    expect(files?.Dockerfile).toContain(
      "FROM mirror.local:5000/hub/library/debian:trixie-slim AS build",
    );
  });

  it.each([
    "registry.example.internal",
    "https://r.io/",
    "r.io/a b/",
    "r.io/\nRUN x/",
    "R.IO/",
    "r.io/../",
  ])("rejects %j, naming registryMirror", (mirror) => {
    expect(() => recommend(answers({ registryMirror: mirror }), { today: TODAY })).toThrow(
      /registryMirror/,
    );
  });

  it("accepts answers written before the field existed", () => {
    const { registryMirror: _, ...older } = defaultAnswers;
    expect(recommend(older as Answers, { today: TODAY }).best.id).toBe(run().best.id);
  });
});

describe("where the command listens", () => {
  it.each([
    ["uvicorn main:app", true],
    ["gunicorn app:app", true],
    ["python -m uvicorn main:app --host 0.0.0.0", false],
    ["gunicorn app:app -b 0.0.0.0:8000 -p /tmp/app.pid", false],
    ["fastapi run main.py", false],
  ])("%s: loopback warning %s", (command, warned) => {
    expect(run({ command }).warnings.some((w) => w.code === "loopback-bind")).toBe(warned);
  });
});

describe("one ranking for many file-only answers", () => {
  const ranking = rankCandidates(answers({ pythonVersion: "3.12" }), { today: TODAY });

  it("gives what recommend gives for each set of file-only answers", () => {
    for (const files of [
      {
        packageManager: "uv",
        appKind: "worker",
        port: 8000,
        healthPath: "",
        command: "celery -A app worker",
        installProject: "auto",
      },
      {
        packageManager: "poetry",
        appKind: "web",
        port: 80,
        healthPath: "/health",
        command: "gunicorn app:app",
        installProject: "auto",
      },
      {
        packageManager: "pip",
        appKind: "cli",
        port: 8000,
        healthPath: "",
        command: "python -c 'a && b' $X",
        installProject: "auto",
      },
    ] as const) {
      expect(recommendFromRanking(ranking, files)).toEqual(
        run({ pythonVersion: "3.12", ...files }),
      );
    }
  });

  it("refuses a bad file-only answer, naming it", () => {
    const bad = { ...answers(), port: 0, appKind: "gui" } as unknown as Answers;
    try {
      recommendFromRanking(ranking, bad);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AnswersError);
      expect((error as AnswersError).issues.map((i) => i.field)).toEqual(["appKind", "port"]);
    }
  });
});
