/** The harness's report: the table of images x fixtures, what was not built and why, the substitution. */

import { type Row, rowPassed } from "./fixture-row.ts";
import type { Fixture } from "./fixtures.ts";
import type { ShellcheckResult } from "./shellcheck-runs.ts";

export type Report = {
  rows: Row[];
  fixtures: Fixture[];
  imageIds: string[];
  references: Record<string, string>;
  notBuildable: Record<string, string>;
  toolNotBuildable: Record<string, string>;
  poetryVersion: string;
  shellcheck: ShellcheckResult;
  timings: { total: number; rows: number; apt: { hits: number; misses: number } };
  logDir: string;
};

const mark = (ok: boolean) => (ok ? "yes" : "NO");

/** "built / started / checked, build time" for one cell. */
export function cell(row: Row | undefined): string {
  if (!row) return "not run";
  const started = row.built ? mark(row.started) : "-";
  return `${mark(row.built)} / ${started} / ${row.started ? mark(rowPassed(row)) : "-"} (${row.buildSeconds.toFixed(0)} s)`;
}

export function reportMarkdown(report: Report): string {
  const { rows, fixtures, imageIds, references } = report;
  const header = ["fixture", ...imageIds.map((id) => `${id} (${references[id]})`)];
  const lines = [
    "Built / started / checked (build time):",
    "",
    `| ${header.join(" | ")} |`,
    `| ${header.map(() => "---").join(" | ")} |`,
    ...fixtures.map(
      (f) =>
        `| ${f.id} | ${imageIds.map((id) => cell(rows.find((r) => r.fixture === f.id && r.imageId === id))).join(" | ")} |`,
    ),
  ];
  const failures = rows.filter((r) => !rowPassed(r));
  if (failures.length > 0) {
    lines.push("", "Failures:");
    for (const row of failures) {
      const why = [
        ...(row.failure ? [row.failure.split("\n").join(" / ")] : []),
        ...row.checks.filter((c) => !c.ok && !c.advisory).map((c) => `${c.name}: ${c.detail}`),
      ];
      lines.push(`- ${row.fixture} on ${row.imageId}: ${why.join("; ")}`);
    }
  }
  const advisories = rows.flatMap((r) =>
    r.checks
      .filter((c) => !c.ok && c.advisory)
      .map((c) => `- ${r.fixture} on ${r.imageId}: ${c.name}: ${c.detail}`),
  );
  if (advisories.length > 0) lines.push("", "Reported, not required:", ...advisories);
  lines.push(
    "",
    `Substitution (the only change to a generated file): the line that pip-installs Poetry installs Debian's python3-poetry ${report.poetryVersion} instead (PyPI is not reachable); every poetry command runs unchanged.`,
    "",
    "Not built here:",
    ...Object.entries(report.notBuildable).map(([id, why]) => `- ${id}: ${why}`),
    ...Object.entries(report.toolNotBuildable).map(
      ([tool, why]) => `- packaging with ${tool}, on any image: ${why}`,
    ),
    "",
    `shellcheck -s sh -S warning: ${report.shellcheck.scripts} distinct RUN bodies from ${report.shellcheck.dockerfiles} distinct Dockerfiles, ${report.shellcheck.ok ? "0 findings" : "findings:"}`,
  );
  if (!report.shellcheck.ok) lines.push("```", report.shellcheck.findings, "```");
  const { total, rows: rowSeconds, apt } = report.timings;
  lines.push(
    "",
    `Total ${total.toFixed(0)} s (rows ${rowSeconds.toFixed(0)} s); apt proxy ${apt.hits} cache hits, ${apt.misses} upstream fetches. Logs: ${report.logDir}`,
  );
  return lines.join("\n");
}

export function printReport(report: Report): void {
  console.log(`\n${reportMarkdown(report)}`);
  const failed = report.rows.filter((r) => !rowPassed(r)).length;
  console.log(`\n${report.rows.length - failed} passed, ${failed} failed`);
}
