import { useEffect, useState } from "react";
import type { Ranked } from "../../src/index.ts";
import { focusSection } from "../focus-section.ts";
import type { VerdictStatus } from "./Verdict.tsx";

/**
 * On narrow screens the verdict sits above the questions, so it scrolls away while they are
 * answered: this bar keeps the current answer in sight (and tells screen readers when it changes)
 * until the verdict itself is back in view.
 */
export function VerdictDock({ best, status }: { best: Ranked; status: VerdictStatus }) {
  const [verdictInView, setVerdictInView] = useState(true);
  useEffect(() => {
    const verdict = document.getElementById("recommendation");
    if (!verdict) return;
    const observer = new IntersectionObserver(([entry]) =>
      setVerdictInView(entry?.isIntersecting ?? true),
    );
    observer.observe(verdict);
    return () => observer.disconnect();
  }, []);
  return (
    <section
      aria-label="Current recommendation"
      hidden={verdictInView}
      className="fixed inset-x-0 bottom-0 z-40 border-t border-slate-200 bg-white px-3 py-2 shadow-sm lg:hidden dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="flex items-center justify-between gap-2">
        <p className="min-w-0 text-sm" aria-live="polite">
          <span className="block truncate font-mono">{best.reference}</span>
          <span className="muted">
            {status.kind === "ready" ? `${best.score}/100` : status.headline}
          </span>
        </p>
        <button type="button" className="btn" onClick={() => focusSection("recommendation")}>
          See why
        </button>
      </div>
    </section>
  );
}
