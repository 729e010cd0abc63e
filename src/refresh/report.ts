/**
 * The refresh report, as text for a person and as JSON for tools. Deterministic: rows are sorted,
 * no clock is read, and the same data and snapshot give the same bytes.
 */
import type { Action, Comparison, Row } from "./compare.ts";
import { SOURCE_IDS, type SourceRead, type Upstream } from "./upstream.ts";

const ACTIONS: Action[] = ["update", "add", "unknown", "keep-newer"];

const HEADINGS: Record<Action, string> = {
  update: "update: upstream changed after the data was read",
  add: "add: the data has no value and upstream has one",
  unknown: "unknown: upstream does not state what the data says (check by hand)",
  "keep-newer": "keep-newer: the data was read after this snapshot, so it is kept",
};

/** How many facts were compared, agreed, and fell under each action. */
export type Summary = { checked: number; same: number } & Record<Action, number>;

/** The report: the summary, how each source was read, the files not used and the rows. */
export type Report = {
  summary: Summary;
  sources: Partial<Record<(typeof SOURCE_IDS)[number], SourceRead>>;
  ignored: string[];
  rows: Row[];
};

/** The report of a comparison. */
export function buildReport(comparison: Comparison, upstream: Upstream): Report {
  const summary = { checked: comparison.checked, same: comparison.same } as Summary;
  for (const action of ACTIONS)
    summary[action] = comparison.rows.filter((r) => r.action === action).length;
  const sources: Report["sources"] = {};
  for (const id of SOURCE_IDS) {
    const read = upstream.reads[id];
    if (read) sources[id] = read;
  }
  return { summary, sources, ignored: [...upstream.ignored].sort(), rows: comparison.rows };
}

/** True when the data drifted: some fact would be updated or added. */
export function drifted(report: Report): boolean {
  return report.summary.update + report.summary.add > 0;
}

function show(value: unknown): string {
  if (value === null) return "(none)";
  if (Array.isArray(value)) return value.length === 0 ? "(empty)" : value.map(String).join(", ");
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

/** One line per count, then the rows grouped by action. */
export function formatSummary(report: Report): string {
  const s = report.summary;
  return `${s.checked} facts checked: ${s.same} agree, ${s.update} update, ${s.add} add, ${s["keep-newer"]} keep-newer, ${s.unknown} unknown.`;
}

/** The report as text. */
export function formatReport(report: Report): string {
  const out: string[] = ["Sources:"];
  for (const id of SOURCE_IDS) {
    const read = report.sources[id];
    const how = read
      ? `${read.date}${read.commit ? `, commit ${read.commit.slice(0, 12)}` : ""}${read.live ? ", live" : ""}`
      : "not read";
    out.push(`  ${id.padEnd(22)} ${how}`);
  }
  if (report.ignored.length > 0)
    out.push(`Not used (no fact in data/ comes from them): ${report.ignored.join(", ")}`);
  out.push("", formatSummary(report));
  for (const action of ACTIONS) {
    const rows = report.rows.filter((r) => r.action === action);
    if (rows.length === 0) continue;
    out.push("", `${HEADINGS[action]} (${rows.length}):`);
    for (const row of rows) {
      out.push(`  ${row.file}  ${row.field}`);
      out.push(
        `    data      ${show(row.dataValue)}${row.dataRead ? ` (read ${row.dataRead})` : ""}`,
      );
      out.push(`    upstream  ${show(row.upstreamValue)} (${row.upstreamDate})  ${row.url}`);
      if (row.note) out.push(`    ${row.note}`);
    }
  }
  return `${out.join("\n")}\n`;
}

/** The report as JSON text (two-space indent, newline at the end). */
export function formatReportJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
