import type { Answers } from "./answers.ts";

/** One click that changes the answers so the problem goes away; the page offers undo. */
export type Fix = { label: string; answers: Partial<Answers> };

/**
 * Something the user should know. `severity: "blocking"` means exactly: the files as generated
 * would not build or would not start. Anything else is a "warning" (the files work, but something
 * is worse than asked or worth changing) or an "info".
 */
export type Warning = {
  code: string;
  severity: "blocking" | "warning" | "info";
  message: string;
  fix?: string;
  field?: keyof Answers;
  /** Changes to the answers that remove the problem, computed from data/; absent when there are none. */
  fixes?: Fix[];
};

const SEVERITY_ORDER: Record<Warning["severity"], number> = { blocking: 0, warning: 1, info: 2 };

/** Most severe first; within a severity the order they were raised in (Array.prototype.sort is stable). */
export function sortWarnings(warnings: Warning[]): Warning[] {
  return [...warnings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
