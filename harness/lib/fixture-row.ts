/**
 * One cell of the table: the engine's files for one image and one fixture, built with buildah,
 * started as a container and checked. The build keeps its layers (`--layers`), as Docker does, so
 * the rows of one image build their shared steps once: the apt steps before the fixture's own files
 * are the same for every fixture (layer-cache.ts keeps those for the next run). The image stays
 * until every row is done, and the harness then removes it with its other layers (run.ts): `buildah
 * rmi` also removes an image's untagged parents, which are the final stage's cached steps.
 */
import { appendFileSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { BUILDAH_ENV, inspectImage } from "./buildah.ts";
import { type Check, fileChecks, runningChecks } from "./checks.ts";
import { mountImage } from "./container.ts";
import { builtLayers, contextFreeLayers } from "./layer-cache.ts";
import { type Fixture, stageProject } from "./fixtures.ts";
import { generate } from "./generate.ts";
import { run, tail } from "./process.ts";

export type Row = {
  imageId: string;
  fixture: string;
  built: boolean;
  buildSeconds: number;
  started: boolean;
  checks: Check[];
  /** Why the row failed where no check says it (the build's last lines, a start error). */
  failure?: string;
  substitution?: string;
  /** The layers the build committed or took from cache, its image's included. */
  layers: string[];
  /** Those of them whose steps read nothing of the fixture (layer-cache.ts). */
  contextFreeLayers: string[];
};

export function rowPassed(row: Row): boolean {
  return (
    row.built &&
    row.started &&
    row.checks.every((c) => c.ok || c.advisory) &&
    row.failure === undefined
  );
}

/** Long enough for the slowest build on a machine at load 25 (about 6 min seen); short of a hang. */
const BUILD_TIMEOUT_MS = 12 * 60_000;

/**
 * What a user would read first in a failed build: the failing step and the tool's own error lines
 * from it, without buildah's "subprocess exited" echoes.
 */
export function buildFailure(output: string): string {
  const lines = output.split("\n");
  const stepAt = lines.findLastIndex(
    (line) => /^\[\d+\/\d+\] STEP \d+\/\d+: /.test(line) || /^STEP \d+\/\d+: /.test(line),
  );
  const step =
    stepAt >= 0 ? (lines[stepAt] ?? "").replace(/^(\[\d+\/\d+\] )?STEP \d+\/\d+: /, "") : "";
  const own = lines
    .slice(stepAt + 1)
    .filter(
      (line) => line.trim() !== "" && !/^subprocess exited|^Error: building at STEP/.test(line),
    );
  const errors = own.filter((line) =>
    /error|not found|no such file|does not exist|failed/i.test(line),
  );
  const shown = (errors.length > 0 ? errors : own).slice(0, 3).join(" / ");
  return `${shown || tail(output, 3)}${step ? ` (at ${step.slice(0, 120)})` : ""}`;
}

/** Appends output to a log with each line's time since the start, to show where a build spends it. */
function stampedAppender(log: string): (chunk: string) => void {
  const started = performance.now();
  let atLineStart = true;
  return (chunk) => {
    const stamp = `[${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s] `;
    const lines = chunk.split("\n");
    const text = lines
      .map((line, i) =>
        (i > 0 || atLineStart) && (i < lines.length - 1 || line !== "") ? stamp + line : line,
      )
      .join("\n");
    atLineStart = chunk.endsWith("\n");
    appendFileSync(log, text);
  };
}

export type RowContext = {
  fixturesDir: string;
  workDir: string;
  logDir: string;
  indexUrl: string;
  today: string;
  /** Files the fixture gets on top of its own (the Poetry lock written earlier). */
  extraFiles: (fixture: Fixture) => Record<string, string>;
};

export async function runRow(imageId: string, fixture: Fixture, ctx: RowContext): Promise<Row> {
  const row: Row = {
    imageId,
    fixture: fixture.id,
    built: false,
    buildSeconds: 0,
    started: false,
    checks: [],
    layers: [],
    contextFreeLayers: [],
  };
  const name = `${fixture.id}--${imageId}`;
  const context = join(ctx.workDir, name);
  const log = join(ctx.logDir, `${name}.log`);
  const tag = `localhost/base-image-advisor-harness/${name}:latest`;
  rmSync(context, { recursive: true, force: true });
  try {
    const generated = generate(imageId, fixture.answers, ctx.today);
    if (generated.substitution) row.substitution = generated.substitution.to;
    stageProject(fixture, ctx.fixturesDir, context, ctx.indexUrl);
    for (const [file, content] of Object.entries(ctx.extraFiles(fixture)))
      writeFileSync(join(context, file), content);
    for (const [file, content] of Object.entries(generated.files))
      writeFileSync(join(context, file), content);
    writeFileSync(join(context, "Dockerfile"), generated.dockerfile);
    mkdirSync(ctx.logDir, { recursive: true });
    writeFileSync(log, `# ${name}\n${generated.dockerfile}\n# ---- build\n`);
    const build = await run(
      "buildah",
      [
        "bud",
        "--layers",
        "--pull=never",
        "--format",
        "docker",
        "--isolation",
        "chroot",
        "-t",
        tag,
        "-f",
        join(context, "Dockerfile"),
        context,
      ],
      {
        timeoutMs: BUILD_TIMEOUT_MS,
        env: BUILDAH_ENV,
        onOutput: stampedAppender(log),
      },
    );
    row.buildSeconds = build.ms / 1000;
    row.layers = builtLayers(build.stdout);
    row.contextFreeLayers = contextFreeLayers(build.stdout);
    if (build.code !== 0) {
      row.failure = build.timedOut
        ? `build timed out after ${BUILD_TIMEOUT_MS / 1000} s`
        : `build failed: ${buildFailure(`${build.stdout}\n${build.stderr}`)}`;
      return row;
    }
    row.built = true;
    const config = await inspectImage(tag);
    if (!config) throw new Error(`built, but buildah inspect finds no ${tag}`);
    const mounted = await mountImage(tag, config);
    try {
      row.checks.push(...fileChecks(mounted, fixture));
      const web = fixture.answers.appKind === "web";
      const running = await runningChecks(mounted, fixture, {
        init: generated.init,
        rankedPython: generated.rankedPython,
        web,
      });
      row.started = running.started;
      row.checks.push(...running.checks);
    } finally {
      await mounted.remove();
    }
  } catch (error) {
    row.failure = error instanceof Error ? error.message : String(error);
  } finally {
    appendFileSync(log, `\n# ---- checks\n${JSON.stringify(row, null, 2)}\n`);
    rmSync(context, { recursive: true, force: true });
  }
  return row;
}
