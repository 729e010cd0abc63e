/**
 * The recommendation as people read it in a terminal: the image first, why it won, the runner-up,
 * what to watch out for, then (when a Dockerfile was migrated) the diff from the user's file.
 */
import type { Recommendation, Warning } from "../src/index.ts";
import type { Style } from "./terminal.ts";

function severityLabel(style: Style, severity: Warning["severity"]): string {
  if (severity === "blocking") return style.bold(style.red("blocking"));
  if (severity === "warning") return style.yellow("warning");
  return style.cyan("info");
}

/** The warnings, most severe first, each with its fix; "" when there are none. */
export function warningsText(warnings: Warning[], style: Style): string {
  return warnings
    .map((w) => {
      const fix = w.fix ? `\n    ${style.dim("fix:")} ${w.fix}` : "";
      return `  ${severityLabel(style, w.severity)} ${style.dim(w.code)}\n    ${w.message}${fix}\n`;
    })
    .join("");
}

/** The verdict: the best image, its reasons, the runner-up and the count of excluded candidates. */
export function verdictText(recommendation: Recommendation, today: string, style: Style): string {
  const { best, ranked } = recommendation;
  const lines = [
    `${style.bold("Recommended:")} ${style.green(best.reference)} ${style.dim(`(${best.id}, score ${best.score}/100, Python ${best.pythonVersion}, ${best.libc})`)}`,
    ...best.reasons.map((reason) => `  - ${reason}`),
  ];
  const runnerUp = ranked.find((r) => r.id === recommendation.runnerUp);
  if (runnerUp)
    lines.push(
      `${style.bold("Runner-up:")} ${runnerUp.reference} ${style.dim(`(${runnerUp.id}, score ${runnerUp.score}/100)`)}`,
    );
  const excluded = ranked.filter((r) => r.excluded !== undefined).length;
  if (excluded > 0)
    lines.push(
      style.dim(
        `${excluded} of ${ranked.length} candidates excluded by the answers (--json lists why).`,
      ),
    );
  lines.push(style.dim(`Data ${recommendation.dataVersion}, advice for ${today}.`));
  return `${lines.join("\n")}\n`;
}
