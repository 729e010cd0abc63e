/**
 * npm run refresh: compares the facts in data/ with upstream and reports what drifted.
 *
 *   npm run refresh -- --from DIR [--as-of SOURCE=YYYY-MM-DD ...] [--json] [--write] [--today D]
 *   npm run refresh -- --live [--json] [--write] [--today D]
 *
 * Exit 0: nothing drifted. 1: something drifted (with --write, it was applied). 2: an error (bad
 * arguments, malformed upstream or data, a failed fetch, a write that would not validate).
 *
 * The parsing, the comparison and the write are pure modules in src/refresh/, where the engine's
 * future command line can reuse them; this file only reads and writes files, fetches and prints.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { validateData } from "../src/data/validate.ts";
import { isIsoDate } from "../src/dates.ts";
import { applyChanges } from "../src/refresh/apply-changes.ts";
import { compareData, type Needs, upstreamNeeds } from "../src/refresh/compare.ts";
import { type Fetch, fetchLive, LiveFetchError } from "../src/refresh/live.ts";
import {
  buildReport,
  drifted,
  formatReport,
  formatReportJson,
  formatSummary,
} from "../src/refresh/report.ts";
import { readManifest } from "../src/refresh/snapshot-manifest.ts";
import { readUpstream, type Snapshot, SOURCE_IDS, type SourceId } from "../src/refresh/upstream.ts";
import { UpstreamFormatError } from "../src/refresh/upstream-error.ts";
import { ROOT, readDataFiles } from "./data-files.ts";

export type Io = {
  /** The checkout whose data/ is read (and written with --write). */
  root: string;
  fetch: Fetch;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Today's date for --live reads and --write's data version when --today is not given. */
  clock: () => string;
};

const USAGE = `Usage: npm run refresh -- (--from DIR | --live) [options]
  --from DIR                 read upstream snapshots from DIR (endoflife.date/, official-images/,
                             docker-library-python/, dhi-catalog/, pypi/)
  --as-of SOURCE=YYYY-MM-DD  the day SOURCE's snapshot was taken (else DIR/README.md's table)
  --live                     fetch upstream now (endoflife.date, GitHub, PyPI)
  --json                     print the report as JSON
  --write                    apply updates and additions to data/, bump the data version
  --today YYYY-MM-DD         the date for live reads and the data version (default: the clock)`;

class UsageError extends Error {}

type Options = {
  from?: string;
  asOf: Partial<Record<SourceId, string>>;
  live: boolean;
  json: boolean;
  write: boolean;
  today?: string;
};

function parseArgs(argv: string[]): Options {
  const options: Options = { asOf: {}, live: false, json: false, write: false };
  const value = (i: number, flag: string) => {
    const next = argv[i + 1];
    if (next === undefined || next.startsWith("--")) throw new UsageError(`${flag} needs a value`);
    return next;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--from") options.from = value(i++, arg);
    else if (arg === "--live") options.live = true;
    else if (arg === "--json") options.json = true;
    else if (arg === "--write") options.write = true;
    else if (arg === "--today") {
      const today = value(i++, arg);
      if (!isIsoDate(today))
        throw new UsageError(`--today: expected a date YYYY-MM-DD, got ${today}`);
      options.today = today;
    } else if (arg === "--as-of") {
      const [source, date = ""] = value(i++, arg).split("=");
      const id = SOURCE_IDS.find((s) => s === source);
      if (!id)
        throw new UsageError(
          `--as-of: unknown source ${source}; expected one of ${SOURCE_IDS.join(", ")}`,
        );
      if (!isIsoDate(date))
        throw new UsageError(`--as-of ${source}: expected a date YYYY-MM-DD, got ${date}`);
      options.asOf[id] = date;
    } else throw new UsageError(`unknown argument ${arg}`);
  }
  if (options.live === (options.from !== undefined))
    throw new UsageError("give either --from DIR or --live");
  if (options.live && Object.keys(options.asOf).length > 0)
    throw new UsageError("--as-of applies to --from only");
  return options;
}

function walk(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });
}

/** The snapshot files the checks need, from a folder laid out as src/refresh/upstream.ts says. */
function readFolder(
  dir: string,
  needs: Needs,
  asOf: Options["asOf"],
): { snapshot: Snapshot; unused: string[] } {
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new UsageError(`--from ${dir}: not a folder`);
  const files = new Map<string, string>();
  const add = (path: string) => {
    const full = join(dir, path);
    if (existsSync(full)) files.set(path, readFileSync(full, "utf8"));
  };
  for (const product of needs.products) {
    add(`endoflife.date/products/${product}.md`);
    if (!files.has(`endoflife.date/products/${product}.md`))
      add(`endoflife.date/api/v1/products/${product}.json`);
  }
  for (const repository of needs.libraries) add(`official-images/library/${repository}`);
  if (needs.libraries.includes("python")) add("docker-library-python/versions.json");
  for (const image of needs.hardened) {
    const folder = join(dir, "dhi-catalog/image", image.slice(image.indexOf("/") + 1));
    for (const path of walk(folder).sort()) if (path.endsWith(".yaml")) add(relative(dir, path));
  }
  for (const name of needs.packages) add(`pypi/${name}.json`);
  const manifestPath = join(dir, "README.md");
  const manifest = existsSync(manifestPath)
    ? readManifest(manifestPath, readFileSync(manifestPath, "utf8"))
    : {};
  const reads: Snapshot["reads"] = {};
  for (const id of SOURCE_IDS) {
    const date = asOf[id];
    const fromManifest = manifest[id];
    if (date)
      reads[id] = {
        date,
        live: false,
        ...(fromManifest?.date === date && fromManifest.commit
          ? { commit: fromManifest.commit }
          : {}),
      };
    else if (fromManifest) reads[id] = fromManifest;
  }
  // Only sources with files were read: a date for a folder that is absent means nothing.
  for (const id of SOURCE_IDS)
    if (![...files.keys()].some((p) => p.startsWith(`${id}/`))) delete reads[id];
  const unused = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !SOURCE_IDS.some((id) => id === e.name))
    .map((e) => `${e.name}/`)
    .sort();
  return { snapshot: { files, reads }, unused };
}

/** Runs the command; returns the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  try {
    const options = parseArgs(argv);
    const dataFiles = readDataFiles(io.root);
    const validation = validateData(dataFiles);
    if (!validation.matrix) {
      io.stderr(`refresh: data/ is not valid:\n${validation.errors.join("\n")}\n`);
      return 2;
    }
    const documents = new Map(
      [...dataFiles].map(([path, text]) => [path, JSON.parse(text) as unknown]),
    );
    const needs = upstreamNeeds(documents);
    const today = options.today ?? (options.live || options.write ? io.clock() : undefined);
    let snapshot: Snapshot;
    let unused: string[] = [];
    if (options.from !== undefined)
      ({ snapshot, unused } = readFolder(options.from, needs, options.asOf));
    else snapshot = await fetchLive(needs, io.fetch, today as string);
    const upstream = readUpstream(snapshot);
    upstream.ignored.push(...unused);
    const comparison = compareData(documents, upstream);
    const report = buildReport(comparison, upstream);
    io.stdout(options.json ? formatReportJson(report) : formatReport(report));
    if (options.write) {
      const changelogPath = join(io.root, "data/CHANGELOG.md");
      const withChangelog = new Map(dataFiles).set(
        "data/CHANGELOG.md",
        readFileSync(changelogPath, "utf8"),
      );
      const result = applyChanges(withChangelog, comparison.changes, today as string);
      if (!result.ok) {
        io.stderr(
          `refresh: the changes would leave data/ invalid; nothing written:\n${result.errors.join("\n")}\n`,
        );
        return 2;
      }
      for (const [path, text] of result.files) writeFileSync(join(io.root, path), text);
      io.stderr(
        result.files.size === 0
          ? "refresh --write: nothing to change.\n"
          : `refresh --write: ${comparison.changes.length} facts changed in ${result.files.size - 2} files; data version ${result.dataVersion}. Run \`npm run data\` to regenerate src/generated/.\n`,
      );
    }
    if (options.json) io.stderr(`${formatSummary(report)}\n`);
    return drifted(report) ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`refresh: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    if (error instanceof UpstreamFormatError || error instanceof LiveFetchError) {
      io.stderr(`refresh: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const io: Io = {
    root: ROOT,
    fetch: (url, init) => fetch(url, init),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    clock: () => new Date().toISOString().slice(0, 10),
  };
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 2;
    },
  );
}
