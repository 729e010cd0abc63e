/**
 * How old the advice's data is, as a warning of its own ("data-age") that recommend() always adds,
 * so the page, the embeds and a command line all show it.
 *
 * "Data read" is the OLDEST read date among the sources of the facts still in use: every image
 * that is not end of life, the distros, the Python releases, the tool pins and the packages. Not
 * the newest, because one fact re-read yesterday says nothing about the others; not the data
 * version's date, because a version can be bumped for one change while the rest of the facts age.
 * The oldest is the one date that is true of every fact: all of them were read on or after it.
 * End-of-life images are history (which tag was removed when) and do not go stale, so they are
 * left out; otherwise they would hold the warning on forever.
 */
import type { Matrix, Source } from "./data/schema.ts";
import { daysBetween, isIsoDate } from "./dates.ts";
import type { Warning } from "./warnings.ts";

/** Past this many days the note becomes a warning (issue 13: "older than 90 days"). */
export const DATA_AGE_LIMIT_DAYS = 90;

// The matrix does not change under a running app: compute its date once per matrix object.
const readDates = new WeakMap<Matrix, string | undefined>();
const warnings = new WeakMap<Matrix, Map<string, Warning>>();

/** The oldest read date among the sources of the facts in use (see above); undefined without any. */
export function dataReadDate(matrix: Matrix): string | undefined {
  if (readDates.has(matrix)) return readDates.get(matrix);
  const sources: Source[] = [
    ...matrix.images.filter((i) => i.status !== "end-of-life").flatMap((i) => i.sources),
    ...matrix.distroSources,
    ...matrix.pythonSources,
    ...matrix.toolSources,
    ...matrix.packages.flatMap((p) => p.sources),
  ];
  let oldest: string | undefined;
  for (const { read } of sources) if (oldest === undefined || read < oldest) oldest = read;
  readDates.set(matrix, oldest);
  return oldest;
}

function ago(days: number): string {
  if (days === 0) return "today";
  return `${days} day${days === 1 ? "" : "s"} ago`;
}

/**
 * The data-age warning for advice asked for on `today`: a note while the data is at most
 * DATA_AGE_LIMIT_DAYS old, a warning after that.
 *
 * @throws TypeError when `today` is not a YYYY-MM-DD date.
 */
export function dataAgeWarning(matrix: Matrix, today: string): Warning {
  if (!isIsoDate(today))
    throw new TypeError(`today: expected a date YYYY-MM-DD, got ${JSON.stringify(today)}`);
  // recommend() asks once per call with the same matrix and day: build the text once per day.
  const byDay = warnings.get(matrix) ?? new Map<string, Warning>();
  warnings.set(matrix, byDay);
  const warning = byDay.get(today) ?? buildWarning(matrix, today);
  byDay.set(today, warning);
  return { ...warning };
}

function buildWarning(matrix: Matrix, today: string): Warning {
  const read = dataReadDate(matrix);
  if (read === undefined)
    return {
      code: "data-age",
      severity: "warning",
      message: "The data cites no sources, so when it was read is unknown.",
    };
  const days = daysBetween(read, today);
  const when = days < 0 ? `after today's date (${today})` : ago(days);
  const message = `Data read ${read} (its oldest source), ${when}.`;
  if (days <= DATA_AGE_LIMIT_DAYS) return { code: "data-age", severity: "info", message };
  return {
    code: "data-age",
    severity: "warning",
    message: `${message} Images, Python releases and packages may have changed since.`,
    fix: "Check the facts this advice rests on against their sources (each one is linked in the matrix), or ask whoever maintains this copy to refresh its data (npm run refresh).",
  };
}
