/**
 * The audit as people read it in a terminal or a CI log: one line per finding in the
 * file:line:column form editors and CI annotations link, its fix underneath, then a count per file.
 */
import type { AuditSeverity, Finding } from "../src/index.ts";
import type { Style } from "./terminal.ts";

/** One checked file as given on the command line, with its findings (most severe first). */
export type FileFindings = { path: string; findings: Finding[] };

const LABEL: Record<AuditSeverity, string> = {
  blocking: "blocking",
  warning: "warning",
  info: "info",
};

function colour(style: Style, severity: AuditSeverity, text: string): string {
  if (severity === "blocking") return style.bold(style.red(text));
  if (severity === "warning") return style.yellow(text);
  return style.cyan(text);
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** Counts as "1 blocking, 2 warnings, 3 info", or "no findings". */
export function describeCounts(findings: Finding[]): string {
  const count = (s: AuditSeverity) => findings.filter((f) => f.severity === s).length;
  const parts = [
    count("blocking") > 0 ? `${count("blocking")} blocking` : "",
    count("warning") > 0 ? plural(count("warning"), "warning") : "",
    count("info") > 0 ? `${count("info")} info` : "",
  ].filter(Boolean);
  return parts.length === 0 ? "no findings" : parts.join(", ");
}

/** The report for every file, ending with a newline. */
export function textReport(files: FileFindings[], style: Style): string {
  const lines: string[] = [];
  for (const file of files) {
    for (const f of file.findings) {
      const where = `${file.path}:${f.line}${f.column !== undefined ? `:${f.column}` : ""}`;
      const alias = f.dockerCheck ? ` (Docker: ${f.dockerCheck.name})` : "";
      lines.push(
        `${style.bold(where)} ${colour(style, f.severity, LABEL[f.severity])} ${style.dim(f.code)}${style.dim(alias)}`,
      );
      lines.push(`  ${f.message}`);
      lines.push(`  ${style.dim("fix:")} ${f.fix}`);
      for (const source of f.sources ?? [])
        lines.push(
          `  ${style.dim(`source: ${source.title}, ${source.url} (read ${source.read})`)}`,
        );
    }
    lines.push(`${style.bold(file.path)}: ${describeCounts(file.findings)}`);
    lines.push("");
  }
  return `${lines.join("\n")}`;
}
