import type { ReactNode } from "react";
import type { Ranked } from "../../src/index.ts";
import { imageById } from "../facts.ts";

/**
 * Whether the result can be used as it stands. A blocked result shows what blocks it where the
 * score would be, so a score never reads as a verdict on files that need a fix first.
 */
export type VerdictStatus = { kind: "ready" } | { kind: "blocked"; headline: string };

/** "glibc, so …; a shell and apt to debug with." from the facts that decided the ranking. */
function because(best: Ranked): string {
  const facts = (best.decidedBy ?? []).map((d) => d.fact);
  const text = facts.length > 0 ? facts.join("; ") : (best.reasons[0] ?? "");
  return `${text.replace(/\.$/, "")}.`;
}

/**
 * The one-line answer: the image, its reference, the reasons that decided it and its score (or
 * what blocks it), with the actions that use it. `label` says whose answers it is for.
 */
export function Verdict({
  best,
  runnerUp,
  status,
  label = "Recommended base image",
  actions,
}: {
  best: Ranked;
  runnerUp: Ranked | undefined;
  status: VerdictStatus;
  label?: string;
  actions?: ReactNode;
}) {
  const name = imageById(best.id)?.name ?? best.id;
  return (
    <section
      aria-labelledby="verdict-heading"
      className={`card space-y-2 ${status.kind === "ready" ? "border-teal-600 dark:border-teal-500" : "border-red-400 dark:border-red-700"}`}
      data-testid="verdict"
    >
      <div className="flex flex-wrap items-start justify-between gap-x-3 gap-y-2">
        <div className="min-w-[min(100%,18rem)] flex-1">
          <p className="text-xs font-bold tracking-wide text-teal-800 uppercase dark:text-teal-300">
            {label}
          </p>
          <h2 id="verdict-heading" className="text-xl font-semibold">
            <span data-testid="best-name">{name}</span>{" "}
            <span
              className="block font-mono text-sm font-normal wrap-anywhere"
              data-testid="best-reference"
            >
              {best.reference}
            </span>
          </h2>
        </div>
        {status.kind === "ready" ? (
          <p className="shrink-0 rounded-lg bg-teal-700 px-3 py-1 text-white tabular-nums">
            <span className="sr-only">Score </span>
            <span className="text-2xl font-bold">{best.score}</span>
            <span className="text-sm">/100</span>
          </p>
        ) : (
          <p
            className="max-w-[11rem] shrink-0 rounded-lg bg-red-700 px-3 py-1.5 text-sm font-semibold text-white"
            data-testid="verdict-blocked"
          >
            {status.headline}
          </p>
        )}
      </div>
      <p className="text-sm" data-testid="verdict-reasons">
        <strong>Why:</strong> {because(best)}
      </p>
      {runnerUp && (
        <p className="text-xs muted">
          Runner-up: {imageById(runnerUp.id)?.name ?? runnerUp.id}, {runnerUp.score}/100
          {status.kind === "blocked" ? ` (this one scores ${best.score}/100 once fixed)` : ""}.
        </p>
      )}
      {actions && <div className="flex flex-wrap gap-2">{actions}</div>}
    </section>
  );
}
