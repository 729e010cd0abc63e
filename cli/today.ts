/**
 * The date the advice is given for. The engine never reads the clock; the command line does, in UTC,
 * unless --today fixes it so a CI run gives the same answer on every day it is repeated.
 */
import { isIsoDate } from "../src/dates.ts";
import { UsageError } from "./usage-error.ts";

/**
 * `option` when given (it must be a real YYYY-MM-DD date), else today's date in UTC.
 *
 * @throws UsageError for a --today that is not a calendar date.
 */
export function resolveToday(command: string, option: unknown, now: Date): string {
  if (option === undefined) return now.toISOString().slice(0, 10);
  if (typeof option === "string" && isIsoDate(option)) return option;
  throw new UsageError(
    `${command}: --today "${String(option)}" is not a date written YYYY-MM-DD (for example 2026-12-01)`,
  );
}
