/**
 * A snapshot folder may describe itself in a README.md table, one row per source folder with the
 * upstream commit and its date:
 *
 *   | folder | upstream repository | commit | commit date | what |
 *   | official-images/library/ | docker-library/official-images | 37079fb... | 2026-08-21 | ... |
 *
 * Those dates are what `--as-of` would otherwise have to give, and the commits make the report's
 * links point at the files as they were read. Columns are found by their headings; rows for
 * folders that are not sources of the refresh are ignored.
 */
import { isIsoDate } from "../dates.ts";
import { SOURCE_IDS, type SourceId, type SourceRead } from "./upstream.ts";
import { UpstreamFormatError } from "./upstream-error.ts";

function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, "")
    .split("|")
    .map((cell) => cell.trim().replace(/^`|`$/g, ""));
}

/** The reads the manifest gives; empty when the text has no such table. */
export function readManifest(file: string, text: string): Partial<Record<SourceId, SourceRead>> {
  const lines = text.split(/\r?\n/);
  const header = lines.findIndex((line) => {
    const headings = cells(line).map((c) => c.toLowerCase());
    return (
      line.trim().startsWith("|") && headings.includes("folder") && headings.includes("commit date")
    );
  });
  if (header < 0) return {};
  const headings = cells(lines[header] ?? "").map((c) => c.toLowerCase());
  const folder = headings.indexOf("folder");
  const date = headings.indexOf("commit date");
  const commit = headings.indexOf("commit");
  const reads: Partial<Record<SourceId, SourceRead>> = {};
  for (let i = header + 2; i < lines.length && lines[i]?.trim().startsWith("|"); i++) {
    const row = cells(lines[i] ?? "");
    const source = SOURCE_IDS.find((id) => id === row[folder]?.split("/")[0]);
    if (!source) continue;
    const day = row[date] ?? "";
    if (!isIsoDate(day))
      throw new UpstreamFormatError(
        file,
        `line ${i + 1}: commit date for ${source}: expected YYYY-MM-DD, got ${JSON.stringify(day)}`,
      );
    const hash = commit >= 0 ? row[commit] : undefined;
    reads[source] = {
      date: day,
      live: false,
      ...(hash && /^[0-9a-f]{7,40}$/.test(hash) ? { commit: hash } : {}),
    };
  }
  return reads;
}
