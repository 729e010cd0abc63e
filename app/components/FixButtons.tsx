import type { Fix } from "../../src/index.ts";
import { useAdvisor } from "../store.ts";

/** The engine's fixes as buttons: each changes the answers in one click, and can be undone. */
export function FixButtons({ fixes }: { fixes: readonly Fix[] }) {
  const applyFix = useAdvisor((s) => s.applyFix);
  if (fixes.length === 0) return null;
  return (
    <div className="mt-2 flex flex-wrap gap-2">
      {fixes.map((fix) => (
        <button key={fix.label} type="button" className="btn" onClick={() => applyFix(fix)}>
          {fix.label}
        </button>
      ))}
    </div>
  );
}

/** What the last fix changed, with the button that puts the answers back. */
export function UndoFix() {
  const lastFix = useAdvisor((s) => s.lastFix);
  const undoFix = useAdvisor((s) => s.undoFix);
  return (
    <div aria-live="polite">
      {lastFix && (
        <p className="flex flex-wrap items-center gap-2 rounded-lg border border-teal-300 bg-teal-50 p-3 text-sm dark:border-teal-800 dark:bg-teal-950/50">
          <span>
            Applied: <strong>{lastFix.label}</strong>.
          </span>
          <button type="button" className="btn" onClick={undoFix}>
            Undo
          </button>
        </p>
      )}
    </div>
  );
}
