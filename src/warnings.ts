import type { Answers } from "./answers.ts";

/** Something the user should know; blocking ones mean the result is not what was asked for. */
export type Warning = {
  code: string;
  severity: "blocking" | "warning" | "info";
  message: string;
  fix?: string;
  field?: keyof Answers;
};

const SEVERITY_ORDER: Record<Warning["severity"], number> = { blocking: 0, warning: 1, info: 2 };

/** Most severe first; within a severity the order they were raised in (Array.prototype.sort is stable). */
export function sortWarnings(warnings: Warning[]): Warning[] {
  return [...warnings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
