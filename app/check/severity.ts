import type { AuditSeverity } from "../../src/audit/rules.ts";

/** The same colours and words as the advisor's warnings. */
export const SEVERITY: Record<AuditSeverity, { box: string; label: string; mark: string }> = {
  blocking: {
    box: "border-red-300 bg-red-50 dark:border-red-800 dark:bg-red-950/60",
    label: "Blocking",
    mark: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200",
  },
  warning: {
    box: "border-amber-300 bg-amber-50 dark:border-amber-800 dark:bg-amber-950/50",
    label: "Warning",
    mark: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
  },
  info: {
    box: "border-sky-200 bg-sky-50 dark:border-sky-900 dark:bg-sky-950/50",
    label: "Note",
    mark: "bg-slate-200 text-slate-800 dark:bg-slate-800 dark:text-slate-200",
  },
};
