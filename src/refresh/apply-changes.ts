/**
 * `--write`: the report's update and add rows applied to data/ (value, source, read date), the
 * data version bumped and a CHANGELOG entry added, then the whole result validated as the build
 * would validate it. Pure: file texts in, changed file texts out; nothing is written when the
 * result would not validate.
 */
import { validateData } from "../data/validate.ts";
import type { Change } from "./compare.ts";
import { addPythonRelease, pruneSources, writeFact } from "./data-facts.ts";
import { formatDataJson } from "./data-json.ts";

const META = "data/meta.json";
const CHANGELOG = "data/CHANGELOG.md";

/**
 * The data version after `current` on `today`: today's date (2026.12.01), or the next
 * `.N` of the current version when that is today's or, with a clock behind, later.
 */
export function nextDataVersion(current: string, today: string): string {
  const dated = today.replaceAll("-", ".");
  const [y = "", m = "", d = "", n] = current.split(".");
  const base = `${y}.${m}.${d}`;
  if (dated > base) return dated;
  return `${base}.${n === undefined ? 2 : Number(n) + 1}`;
}

function describe(change: Change): string {
  const value = Array.isArray(change.value) ? change.value.join(", ") : String(change.value);
  const source = change.source.title.replace(/, read by npm run refresh$/, "");
  return `\`${change.file}\` ${change.field}: ${value} (${source}, read ${change.source.read})`;
}

/** The CHANGELOG with a new entry on top (entries are newest first). */
function withEntry(changelog: string, version: string, changes: Change[]): string {
  const lines = changes.map(describe).sort();
  const entry = [
    `## ${version}`,
    "",
    `- Refreshed from upstream by \`npm run refresh\`: ${changes.length} fact${changes.length === 1 ? "" : "s"} changed.`,
    ...lines.map((line) => `  - ${line}`),
    "",
  ].join("\n");
  const first = changelog.indexOf("\n## ");
  if (first < 0) return `${changelog.trimEnd()}\n\n${entry}`;
  return `${changelog.slice(0, first + 1)}${entry}\n${changelog.slice(first + 1)}`;
}

/** The files a write changes and the new data version, or why nothing may be written. */
export type WriteResult =
  | { ok: true; files: Map<string, string>; dataVersion: string }
  | { ok: false; errors: string[] };

/**
 * Applies `changes` to `files` (data/ path to text). Returns the files that change, or the
 * validator's errors when the result would not be valid data.
 */
export function applyChanges(
  files: ReadonlyMap<string, string>,
  changes: Change[],
  today: string,
): WriteResult {
  if (changes.length === 0) return { ok: true, files: new Map(), dataVersion: "" };
  const dataFiles = new Map<string, unknown>();
  const dataFile = (file: string) => {
    if (!dataFiles.has(file)) {
      const text = files.get(file);
      if (text === undefined) throw new Error(`${file}: not in data/`);
      dataFiles.set(file, JSON.parse(text));
    }
    return dataFiles.get(file);
  };
  for (const change of changes) {
    const target = dataFile(change.file);
    const fact = {
      value: change.value,
      source: change.source,
      ...(change.note ? { note: change.note } : {}),
    };
    if (change.kind === "python-release") addPythonRelease(target, String(change.pointer[1]), fact);
    else writeFact(target, change.pointer, fact);
  }
  for (const target of dataFiles.values()) pruneSources(target);

  const meta = JSON.parse(files.get(META) ?? "{}") as { dataVersion: string };
  const dataVersion = nextDataVersion(meta.dataVersion, today);
  const changed = new Map<string, string>();
  for (const [file, target] of dataFiles) changed.set(file, formatDataJson(target));
  changed.set(META, formatDataJson({ ...meta, dataVersion }));
  changed.set(
    CHANGELOG,
    withEntry(files.get(CHANGELOG) ?? "# Data changelog\n", dataVersion, changes),
  );

  const result = validateData(new Map([...files, ...changed]));
  if (!result.matrix) return { ok: false, errors: result.errors };
  return { ok: true, files: changed, dataVersion };
}
