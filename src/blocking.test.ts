/**
 * One meaning for "blocking": the files as generated would not build or would not start. Every
 * such result says so (ready, blockedBy, a verdict instead of the score, the failing line), and
 * its fixes, applied, give files that work.
 */
import { describe, expect, it } from "vitest";
import { type Answers, defaultAnswers } from "./answers.ts";
import { describeBlocked } from "./blocked-verdict.ts";
import type { Matrix, PackageEntry } from "./data/schema.ts";
import { defaultMatrix } from "./default-matrix.ts";
import { candidateFiles, recommend } from "./recommend.ts";
import { SRC_LAYOUT_PYPROJECT } from "./test-support/project-fixtures.ts";
import type { Fix } from "./warnings.ts";

const TODAY = "2026-11-27";
const ARTICLE: Answers = {
  ...defaultAnswers,
  pythonVersion: "3.12",
  port: 5000,
  healthPath: "/health",
  command: "python app.py",
  requirements: "flask==2.3.3\nrequests==2.31.0\nnumpy==1.24.3\npandas==2.0.3\n",
};
const apply = (answers: Answers, fix: Fix): Answers => ({ ...answers, ...fix.answers });
const fixesOf = (answers: Answers, code: string) =>
  recommend(answers, { today: TODAY }).warnings.find((w) => w.code === code)?.fixes ?? [];

describe("the article's pins on Python 3.12", () => {
  const result = recommend(ARTICLE, { today: TODAY });

  it("are not ready: the files would not build, and the result says so", () => {
    expect(result.ready).toBe(false);
    expect(result.blockedBy).toEqual(["requirement-no-build"]);
    expect(result.files).not.toBeNull();
    expect(result.best.blockedBy).toEqual(["requirement-no-build"]);
    const blocked = describeBlocked(result);
    expect(blocked?.verdict).toBe("Won't build as pinned: 2 packages");
    expect(blocked?.problems).toHaveLength(2);
    const dockerfileLines = (result.files?.Dockerfile ?? "").split("\n");
    for (const problem of blocked?.problems ?? []) {
      expect(problem.at?.text).toBe("/opt/venv/bin/pip install -r requirements.txt");
      expect(dockerfileLines[(problem.at?.line ?? 0) - 1]?.trim()).toBe(problem.at?.text);
    }
  });

  it("offer Python 3.11, where every pin installs, and the result is then ready", () => {
    const python = fixesOf(ARTICLE, "requirement-no-build").find(
      (f) => f.answers.pythonVersion !== undefined,
    );
    expect(python).toEqual({
      label: "Use Python 3.11, where every pin installs",
      answers: { pythonVersion: "3.11" },
    });
    const fixed = recommend(apply(ARTICLE, python as Fix), { today: TODAY });
    expect(fixed.ready).toBe(true);
    expect(fixed.blockedBy).toEqual([]);
    expect(describeBlocked(fixed)).toBeUndefined();
  });

  it("offer the lowest releases with wheels for 3.12, as an edited requirements text", () => {
    const fixes = fixesOf(ARTICLE, "requirement-no-build");
    const both = fixes.find((f) => f.label.includes(" and "));
    expect(both?.label).toBe("Pin numpy==1.26.2 and pandas==2.1.1");
    expect(both?.answers.requirements).toBe(
      "flask==2.3.3\nrequests==2.31.0\nnumpy==1.26.2\npandas==2.1.1\n",
    );
    const fixed = recommend(apply(ARTICLE, both as Fix), { today: TODAY });
    expect(fixed.ready).toBe(true);
    // One click fixes one package; the other still blocks until its own fix.
    const numpyOnly = fixes.find((f) => f.label === "Pin numpy==1.26.2") as Fix;
    expect(recommend(apply(ARTICLE, numpyOnly), { today: TODAY }).blockedBy).toEqual([
      "requirement-no-build",
    ]);
  });

  it("say that the suggested pins are not checked against each other", () => {
    const warning = result.warnings.find((w) => w.code === "requirement-no-build");
    expect(warning?.fix).toMatch(/not checked against each other/);
  });

  it("keep the pins that work where they are: Python 3.11 is ready and scores as before", () => {
    const on311 = recommend({ ...ARTICLE, pythonVersion: "3.11" }, { today: TODAY });
    expect(on311.ready).toBe(true);
    expect(on311.warnings.some((w) => w.severity === "blocking")).toBe(false);
  });
});

describe("a suggested release is never one with a known advisory", () => {
  it("skips to the release that fixes it", () => {
    const numpy = defaultMatrix.packages.find((p) => p.name === "numpy") as PackageEntry;
    const advised: PackageEntry = {
      ...numpy,
      advisories: [
        {
          id: "CVE-2099-0001",
          fixedIn: "1.26.4",
          summary: "A test advisory.",
          source: numpy.sources[0]?.id as string,
        },
      ],
    };
    const matrix: Matrix = {
      ...defaultMatrix,
      packages: defaultMatrix.packages.map((p) => (p.name === "numpy" ? advised : p)),
    };
    const result = recommend(
      { ...ARTICLE, requirements: "numpy==1.24.3\n" },
      { today: TODAY, matrix },
    );
    const labels = (
      result.warnings.find((w) => w.code === "requirement-no-build")?.fixes ?? []
    ).map((f) => f.label);
    expect(labels).toContain("Pin numpy==1.26.4");
  });
});

describe("what is not blocking", () => {
  it("an end-of-life Python substitution is a warning: its files build", () => {
    const result = recommend({ ...defaultAnswers, pythonVersion: "3.10" }, { today: TODAY });
    expect(result.warnings.find((w) => w.code === "python-end-of-life")?.severity).toBe("warning");
    expect(result.ready).toBe(true);
  });

  it("the default answers are ready", () => {
    const result = recommend(defaultAnswers, { today: TODAY });
    expect(result).toMatchObject({ ready: true, blockedBy: [] });
    expect(result.ranked.filter((r) => !r.excluded).every((r) => r.blockedBy === undefined)).toBe(
      true,
    );
  });
});

describe("an unsafe command", () => {
  it("gives no files, so it is not ready, and says why", () => {
    const result = recommend({ ...defaultAnswers, command: "a && b" }, { today: TODAY });
    expect(result).toMatchObject({ files: null, ready: false, blockedBy: ["unsafe-command"] });
    expect(describeBlocked(result)?.verdict).toBe("No files yet: the start command needs a change");
  });
});

describe("images that cannot install what a package needs (show me this one)", () => {
  const PSYCOPG = { ...defaultAnswers, requirements: "psycopg2==2.9.10\n" };

  it("distroless refuses psycopg2 (libpq5 at run time) and offers psycopg2-binary", () => {
    const result = candidateFiles("distroless-python3-debian13", PSYCOPG, { today: TODAY });
    expect(result.ready).toBe(false);
    expect(result.blockedBy).toContain("runtime-libraries-unavailable");
    const warning = result.warnings.find((w) => w.code === "runtime-libraries-unavailable");
    expect(warning?.message).toMatch(/psycopg2 needs libpq5 at run time/);
    expect(result.files?.Dockerfile).toMatch(/^# WON'T START AS GENERATED: psycopg2 needs libpq5/m);
    expect(result.files?.Dockerfile).not.toMatch(/install the equivalents/);
    const swap = warning?.fixes?.[0] as Fix;
    expect(swap).toEqual({
      label: "Use psycopg2-binary==2.9.10",
      answers: { requirements: "psycopg2-binary==2.9.10\n" },
    });
    expect(
      candidateFiles("distroless-python3-debian13", apply(PSYCOPG, swap), { today: TODAY }).ready,
    ).toBe(true);
    const blocked = describeBlocked(result);
    expect(blocked?.verdict).toMatch(/^Won't start/);
    expect(blocked?.problems[0]?.at?.text).toMatch(/^(CMD|ENTRYPOINT) \[/);
  });

  it("Chainguard's build stage cannot install libpq's headers either", () => {
    const result = candidateFiles("chainguard-python", PSYCOPG, { today: TODAY });
    expect(result.blockedBy).toEqual(
      expect.arrayContaining(["build-dependencies-unavailable", "runtime-libraries-unavailable"]),
    );
    expect(result.files?.Dockerfile).toMatch(
      /^# WON'T BUILD AS GENERATED: psycopg2 builds from source and needs/m,
    );
  });

  it("an image with apt installs libpq5 and is ready", () => {
    expect(candidateFiles("python-slim", PSYCOPG, { today: TODAY }).ready).toBe(true);
    expect(recommend(PSYCOPG, { today: TODAY }).ready).toBe(true);
  });
});

describe("a console script nobody installs", () => {
  const SCRIPT: Answers = {
    ...defaultAnswers,
    packageManager: "uv",
    command: "mytool serve",
    requirements: SRC_LAYOUT_PYPROJECT,
    installProject: "no",
  };

  it("blocks when pyproject.toml declares it, and installing the project fixes it", () => {
    const result = recommend(SCRIPT, { today: TODAY });
    expect(result.blockedBy).toContain("project-not-installed");
    const fix = result.warnings.find((w) => w.code === "project-not-installed")?.fixes?.[0] as Fix;
    expect(fix.answers).toEqual({ installProject: "yes" });
    expect(recommend(apply(SCRIPT, fix), { today: TODAY }).ready).toBe(true);
  });

  it("only warns when the command merely looks like one", () => {
    const result = recommend({ ...SCRIPT, requirements: "" }, { today: TODAY });
    expect(result.ready).toBe(true);
    expect(result.warnings.find((w) => w.code === "project-maybe-not-installed")?.severity).toBe(
      "warning",
    );
  });
});
