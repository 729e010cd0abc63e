/**
 * Calendar arithmetic on YYYY-MM-DD strings. The engine never reads the clock: callers pass `today`.
 * ISO dates compare correctly as strings, so only "add days" needs Date, and only in UTC.
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}

/** `date` plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  parsed.setUTCDate(parsed.getUTCDate() + days);
  return parsed.toISOString().slice(0, 10);
}

/**
 * The horizon for "ends within 12 months": an end date on or before today + 365 days counts.
 * (Core issue: "Within 12 months" means end date <= today + 365 days.)
 */
export function soonHorizon(today: string): string {
  return addDays(today, 365);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const day = 24 * 60 * 60 * 1000;
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / day);
}
