import type { Warning } from "../../src/index.ts";
import { FixButtons } from "./FixButtons.tsx";

const STYLE: Record<Warning["severity"], { box: string; label: string }> = {
  blocking: {
    box: "border-red-300 bg-red-50 dark:border-red-800 dark:bg-red-950/60",
    label: "Blocking",
  },
  warning: {
    box: "border-amber-300 bg-amber-50 dark:border-amber-800 dark:bg-amber-950/50",
    label: "Warning",
  },
  info: { box: "border-sky-200 bg-sky-50 dark:border-sky-900 dark:bg-sky-950/50", label: "Note" },
};

/**
 * The engine's warnings, most severe first (the engine orders them), one line each. What to do
 * about one opens on demand; blocking ones start open, since the files need that fix.
 */
export function Warnings({
  warnings,
  fixable = true,
}: {
  warnings: Warning[];
  /** False where the answers cannot change (an embed): the one-click fixes are not offered. */
  fixable?: boolean;
}) {
  if (warnings.length === 0) return null;
  return (
    <section aria-label="Warnings" className="space-y-2">
      {warnings.map((w) => {
        const box = `rounded-lg border text-sm ${STYLE[w.severity].box}`;
        const label = <strong className="mr-1">{STYLE[w.severity].label}:</strong>;
        const key = `${w.code}:${w.message}`;
        const fixes = fixable && w.fixes ? w.fixes : [];
        if (!w.fix && fixes.length === 0)
          return (
            <p key={key} className={`${box} px-3 py-2`} data-severity={w.severity}>
              {label}
              {w.message}
            </p>
          );
        return (
          <details
            key={key}
            open={w.severity === "blocking"}
            className={box}
            data-severity={w.severity}
          >
            <summary className="cursor-pointer rounded-lg px-3 py-2">
              {label}
              {w.message}
            </summary>
            <div className="px-3 pb-3">
              {w.fix && <p>{w.fix}</p>}
              {fixes.length > 0 && <FixButtons fixes={fixes} />}
            </div>
          </details>
        );
      })}
    </section>
  );
}
