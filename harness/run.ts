/**
 * The build-and-run harness: builds the engine's generated files for real with buildah on stand-in
 * bases made from Debian 13's packages, starts each image as a container would and checks it, and
 * shellchecks the RUN bodies of every distinct generated Dockerfile. Exits non-zero on any failure.
 *
 *   npm run test:build
 */
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { defaultMatrix } from "../src/index.ts";
import { debianTrixieSlim } from "./bases/debian-trixie-slim.ts";
import { HARNESS_TOOLS, harnessTools } from "./bases/harness-tools.ts";
import { startAptCacheProxy } from "./lib/apt-cache-proxy.ts";
import { machineDebianMirrors } from "./lib/debian-mirror.ts";
import { type Row, rowPassed, runRow } from "./lib/fixture-row.ts";
import { loadFixtures } from "./lib/fixtures.ts";
import { keepLayers } from "./lib/layer-cache.ts";
import { PYTHON } from "./lib/generate.ts";
import { cacheDir, PORTS } from "./lib/locations.ts";
import { NOT_BUILDABLE, TOOL_NOT_BUILDABLE } from "./lib/not-buildable.ts";
import { buildPackageIndex, servePackageIndex } from "./lib/package-index.ts";
import { poetryLock } from "./lib/poetry-lock.ts";
import { debianPackageVersion, requireTools } from "./lib/preflight.ts";
import { describeFailure, run } from "./lib/process.ts";
import { printReport } from "./lib/report.ts";
import type { ShellcheckResult } from "./lib/shellcheck-runs.ts";
import { ensureBase } from "./lib/stand-in-bases.ts";
import { STAND_INS, unaccountedImages } from "./lib/stand-ins.ts";

/** Two rows at a time: the machine has two cores, and a build mostly waits on apt and dpkg. */
const PARALLEL_ROWS = 2;

async function inPool<T, R>(items: T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: size }, worker));
  return results;
}

/** Runs harness/shellcheck.ts as a child process (see there) and reads its JSON result. */
async function runShellcheckStep(dir: string, signal: AbortSignal): Promise<ShellcheckResult> {
  const result = await run(
    process.execPath,
    ["--import", "tsx", join(import.meta.dirname, "shellcheck.ts"), dir],
    {
      timeoutMs: 15 * 60_000,
      signal,
    },
  );
  const last = result.stdout.trim().split("\n").at(-1) ?? "";
  if (result.code !== 0 || !last.startsWith("{"))
    return {
      scripts: 0,
      dockerfiles: 0,
      ok: false,
      findings: describeFailure("harness/shellcheck.ts", [], result),
    };
  return JSON.parse(last) as ShellcheckResult;
}

async function main(): Promise<number> {
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  const here = import.meta.dirname;
  const cache = cacheDir();
  const today = new Date().toISOString().slice(0, 10);
  await requireTools();
  const fixturesDir = join(here, "fixtures");
  const fixtures = loadFixtures(fixturesDir);
  const unlisted = unaccountedImages(defaultMatrix);
  if (unlisted.length > 0)
    throw new Error(
      `harness/lib/not-buildable.ts: say whether and why these can be built: ${unlisted.join(", ")}`,
    );

  console.log(
    `Base Image Advisor build harness: Python ${PYTHON}, ${fixtures.length} fixtures x ${Object.keys(STAND_INS).length} images; cache ${cache}`,
  );
  const stopShellcheck = new AbortController();
  const shellcheckStep = runShellcheckStep(join(cache, "shellcheck"), stopShellcheck.signal);
  const mirrors = machineDebianMirrors();
  const proxy = await startAptCacheProxy(join(cache, "apt"), PORTS.aptProxy);
  const indexUrl = `http://127.0.0.1:${PORTS.packageIndex}/simple/`;
  const endpoints = {
    aptProxy: `http://127.0.0.1:${PORTS.aptProxy}`,
    packageIndex: indexUrl,
    aptSources: [
      `deb ${mirrors.archive} trixie main`,
      `deb ${mirrors.archive} trixie-updates main`,
      ...(mirrors.security ? [`deb ${mirrors.security} trixie-security main`] : []),
    ],
  };
  console.log(
    `Debian mirror (from apt's sources): ${mirrors.archive}${mirrors.security ? `, security ${mirrors.security}` : ""}`,
  );
  let index: Awaited<ReturnType<typeof servePackageIndex>> | undefined;
  try {
    const recipes = [harnessTools, ...new Set(Object.values(STAND_INS)), debianTrixieSlim];
    const bases = await Promise.all(
      [...new Set(recipes)].map((r) => ensureBase(r, endpoints, join(cache, "bases"), console.log)),
    );
    for (const base of bases)
      console.log(
        `  base ${base.name}: ${base.source === "image" ? "cached image" : base.source === "tar" ? "imported from cached tar" : "built"} (${base.seconds.toFixed(0)} s)`,
      );
    const tools = bases.find((b) => b.name === HARNESS_TOOLS);
    if (!tools) throw new Error("the harness tool image was not built");
    const indexDir = await buildPackageIndex(join(here, "packages"), cache, tools);
    index = await servePackageIndex(indexDir, PORTS.packageIndex);
    const indexKey = indexDir.slice(indexDir.lastIndexOf("-") + 1);
    const locks = new Map<string, string>();
    for (const fixture of fixtures.filter((f) => f.poetryLock))
      locks.set(
        fixture.id,
        await poetryLock(fixture, {
          fixturesDir,
          cacheDir: cache,
          indexUrl,
          indexKey,
          tools: HARNESS_TOOLS,
        }),
      );
    const poetry = await debianPackageVersion(HARNESS_TOOLS, "python3-poetry");
    console.log(
      `fixture index ${indexUrl} ready; Debian python3-poetry ${poetry} (${seconds().toFixed(0)} s)`,
    );

    const workDir = join(cache, "contexts");
    const logDir = join(cache, "logs");
    rmSync(logDir, { recursive: true, force: true });
    mkdirSync(workDir, { recursive: true });
    const cells = fixtures.flatMap((fixture) =>
      fixture.answers.packageManager === "uv"
        ? []
        : Object.keys(STAND_INS).map((imageId) => ({ fixture, imageId })),
    );
    const rowsStarted = performance.now();
    // The rows share their layers while they run (fixture-row.ts). Of what they built, only the
    // steps that read nothing of a fixture outlive the rows, for the next run (layer-cache.ts).
    /** The rows done so far: what they built is removed even when the pool stops early. */
    const done: Row[] = [];
    let rows: Row[] | undefined;
    try {
      rows = await inPool(cells, PARALLEL_ROWS, async ({ fixture, imageId }) => {
        const row = await runRow(imageId, fixture, {
          fixturesDir,
          workDir,
          logDir,
          indexUrl,
          today,
          extraFiles: (f): Record<string, string> => {
            const lock = locks.get(f.id);
            return lock === undefined ? {} : { "poetry.lock": lock };
          },
        });
        console.log(
          `  ${rowPassed(row) ? "ok  " : "FAIL"} ${fixture.id} on ${imageId} (${row.buildSeconds.toFixed(0)} s build)`,
        );
        done.push(row);
        return row;
      });
    } finally {
      // When the rows did not finish, none of their layers is kept (and a failure here is printed
      // without hiding theirs).
      await keepLayers(
        done.flatMap((r) => r.layers),
        rows && done.flatMap((r) => r.contextFreeLayers),
      ).then(
        (layers) =>
          console.log(
            `removed ${layers.removed} of the rows' images and layers; kept ${layers.kept} layers of steps that read no fixture, for the next run`,
          ),
        (error: unknown) =>
          console.error(
            `could not remove the rows' images: ${error instanceof Error ? error.message : String(error)}`,
          ),
      );
    }
    const shellcheck = await shellcheckStep;
    console.log(
      `shellcheck done: ${shellcheck.scripts} distinct RUN bodies (${seconds().toFixed(0)} s)`,
    );
    const failed = rows.filter((r) => !rowPassed(r)).length;
    printReport({
      rows,
      fixtures,
      imageIds: Object.keys(STAND_INS),
      references: Object.fromEntries(Object.entries(STAND_INS).map(([id, r]) => [id, r.name])),
      notBuildable: NOT_BUILDABLE,
      toolNotBuildable: TOOL_NOT_BUILDABLE,
      poetryVersion: poetry,
      shellcheck,
      timings: {
        total: seconds(),
        rows: (performance.now() - rowsStarted) / 1000,
        apt: { hits: proxy.hits(), misses: proxy.misses() },
      },
      logDir,
    });
    return failed === 0 && shellcheck.ok ? 0 : 1;
  } finally {
    stopShellcheck.abort();
    await index?.close();
    await proxy.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`build harness: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
