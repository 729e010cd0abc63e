import type { Ranked } from "../../src/index.ts";
import { criterionLabel } from "../facts.ts";

/**
 * Bar widths by score, as classes: a style attribute would be refused by the page's CSP in the
 * prerendered HTML (styles come from the stylesheet only).
 */
const WIDTH = ["w-0", "w-1/5", "w-2/5", "w-3/5", "w-4/5", "w-full"] as const;

/** Each criterion's 1-5 score as a bar, with the weight it counted for. */
export function CriteriaBars({ row }: { row: Ranked }) {
  return (
    <dl className="grid grid-cols-[auto_1fr_auto] items-center gap-x-3 gap-y-1.5 text-sm">
      {Object.entries(row.criteria).map(([id, { score, weight }]) => (
        <div key={id} className="contents">
          <dt>{criterionLabel(id)}</dt>
          <dd
            className="h-2 overflow-hidden rounded bg-slate-200 dark:bg-slate-700"
            aria-hidden="true"
          >
            <div
              className={`h-full rounded bg-teal-600 dark:bg-teal-400 ${WIDTH[Math.min(5, Math.max(0, Math.round(score)))]}`}
            />
          </dd>
          <dd className="text-right text-xs muted tabular-nums">
            {score}/5 · weight {weight}
          </dd>
        </div>
      ))}
    </dl>
  );
}
