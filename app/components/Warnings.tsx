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

/** The engine's warnings, most severe first (the engine orders them). */
export function Warnings({
  warnings,
  fixable = true,
}: {
  warnings: Warning[];
  /** False where the answers cannot change (an embed): the fixes are not offered. */
  fixable?: boolean;
}) {
  if (warnings.length === 0) return null;
  return (
    <section aria-label="Warnings" className="space-y-2">
      {warnings.map((w) => (
        <div
          key={`${w.code}:${w.message}`}
          className={`rounded-lg border p-3 text-sm ${STYLE[w.severity].box}`}
          data-severity={w.severity}
        >
          <p>
            <strong className="mr-1">{STYLE[w.severity].label}:</strong>
            {w.message}
          </p>
          {w.fix && <p className="mt-1">{w.fix}</p>}
          {fixable && w.fixes && <FixButtons fixes={w.fixes} />}
        </div>
      ))}
    </section>
  );
}
