/**
 * How close each test came to its timeout, for the Vitest and Playwright reporters
 * (vitest-timeout-margins.ts, playwright-timeout-margins.ts). The margin is what matters on a slow
 * or busy machine: the gate's rule is that, with one core busy, no test uses more than a quarter
 * of its timeout. Printed and recorded for `npm run report`, never asserted: timings are not tests.
 */
import { recordFigures } from "./figures.ts";

/** The share of its timeout a test may use with one core busy. */
export const MARGIN = 0.25;
const SLOWEST_SHOWN = 3;
const OWN_SHOWN = 10;

export type Timing = { name: string; ms: number; timeout: number };

function seconds(ms: number): string {
  return ms < 10_000 ? (ms / 1000).toFixed(2) : (ms / 1000).toFixed(1);
}

function line(t: Timing): string {
  const share = t.ms / t.timeout;
  const percent = `${Math.round(share * 100)}%`.padStart(4);
  const over = share > MARGIN ? "  (over a quarter of its timeout)" : "";
  return `  ${percent}  ${seconds(t.ms).padStart(6)} s of ${seconds(t.timeout)} s  ${t.name}${over}`;
}

/**
 * Prints the tests with their own timeout (the bulk tests), the largest shares among the rest,
 * and the slowest test; with a `group`, records the slowest and the largest share as its figures.
 */
export function reportMargins(
  group: string | undefined,
  timings: Timing[],
  defaultTimeout: number,
): void {
  const measured = timings.filter((t) => t.timeout > 0);
  if (measured.length === 0) return;
  const byShare = [...measured].sort((a, b) => b.ms / b.timeout - a.ms / a.timeout);
  const own = byShare.filter((t) => t.timeout !== defaultTimeout);
  console.log("\nTests with their own timeout (share of the timeout used, elapsed):");
  for (const t of own.slice(0, OWN_SHOWN)) console.log(line(t));
  const rest = own.slice(OWN_SHOWN);
  if (rest[0])
    console.log(
      `  ... and ${rest.length} more, none over ${Math.ceil((100 * rest[0].ms) / rest[0].timeout)}%`,
    );
  console.log(
    `Largest shares among the tests on the default ${seconds(defaultTimeout)} s timeout:`,
  );
  for (const t of byShare.filter((t) => t.timeout === defaultTimeout).slice(0, SLOWEST_SHOWN))
    console.log(line(t));
  const slowest = measured.reduce((a, b) => (b.ms > a.ms ? b : a));
  console.log(`Slowest test:\n${line(slowest)}`);
  const figure = (t: Timing) => ({
    value: `${seconds(t.ms)} s of ${seconds(t.timeout)} s (${Math.round((100 * t.ms) / t.timeout)}%): ${t.name}`,
    target: `<= ${MARGIN * 100}% of its timeout with one core busy`,
    status: t.ms / t.timeout > MARGIN ? ("fail" as const) : ("pass" as const),
  });
  if (group === undefined) return;
  recordFigures(group, {
    "Slowest test": figure(slowest),
    "Largest share of a timeout": figure(byShare[0] as Timing),
  });
}
