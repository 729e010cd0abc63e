/**
 * Lighthouse (mobile preset) on the built app, served with gzip as any real host serves it, in
 * Debian's chromium when it is installed. Three runs, each in a fresh browser: every run is
 * printed, and the gate judges the median of each category, so one run disturbed by another
 * process on a shared machine neither fails nor passes the gate alone. Exits 1 when a median is
 * below 95 (the target is 100; LCP's target of 1.0 s is printed, not asserted).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { ROOT } from "./data-files.ts";
import { recordFigures } from "./figures.ts";

// LIGHTHOUSE_PORT lets two checkouts audit at the same time.
const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 4190);
const MIN_SCORE = 95;
const RUNS = 3;
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

type Run = {
  scores: Record<(typeof CATEGORIES)[number], number>;
  lcp: number;
  cls: number;
  tbt: number;
  /** The audits that cost points, as "id (display value)". */
  lost: string[];
  /** What moved, when anything did: each shift's element and score (CLS scores 1 up to 0.1). */
  shifts: string[];
};

async function serve(): Promise<ChildProcess> {
  const server = spawn(
    process.execPath,
    [
      join(ROOT, "node_modules/tsx/dist/cli.mjs"),
      join(ROOT, "scripts/serve-static.ts"),
      join(ROOT, "dist"),
      String(PORT),
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  await new Promise<void>((resolve, reject) => {
    server.stdout?.once("data", () => resolve());
    server.once("exit", (code) => reject(new Error(`static server exited with ${code}`)));
  });
  return server;
}

type ShiftItem = { score: number; node?: { selector?: string; snippet?: string } };

async function audit(): Promise<Run> {
  const chromePath = existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
  // As root, Chromium needs --no-sandbox; --headless=new matches how real users' Chrome renders.
  const chrome = await chromeLauncher.launch({
    ...(chromePath ? { chromePath } : {}),
    chromeFlags: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  try {
    const result = await lighthouse(`http://127.0.0.1:${PORT}/`, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: [...CATEGORIES],
      // Work that no category's score reads, measured at 11 of 46 s for the three runs: the
      // full-page screenshot (for the HTML report's viewer, which this script does not write);
      // the back/forward-cache check, which navigates away and back after the trace; and the
      // diagnostics built on JS and CSS coverage, which is recorded during the load. Lighthouse
      // weighs each of these audits 0 in the performance category.
      disableFullPageScreenshot: true,
      skipAudits: [
        "bf-cache",
        "unused-css-rules",
        "unused-javascript",
        "duplicated-javascript",
        "legacy-javascript",
        "script-treemap-data",
      ],
    });
    if (!result) throw new Error("Lighthouse returned no result");
    const { categories, audits } = result.lhr;
    const lost: string[] = [];
    const scores = {} as Run["scores"];
    for (const id of CATEGORIES) {
      scores[id] = Math.round((categories[id]?.score ?? 0) * 100);
      for (const ref of categories[id]?.auditRefs ?? []) {
        const a = audits[ref.id];
        if (a && a.score !== null && a.score < 1 && ref.weight > 0)
          lost.push(`${a.id} (${a.displayValue ?? a.score})`);
      }
    }
    const value = (id: string) => audits[id]?.numericValue ?? Number.NaN;
    const shiftItems = (audits["layout-shifts"]?.details as { items?: ShiftItem[] } | undefined)
      ?.items;
    const shifts = (shiftItems ?? []).map(
      (item) =>
        `${item.node?.selector ?? item.node?.snippet ?? "an element"} (${item.score.toFixed(3)})`,
    );
    return {
      scores,
      lcp: value("largest-contentful-paint"),
      cls: value("cumulative-layout-shift"),
      tbt: value("total-blocking-time"),
      lost,
      shifts,
    };
  } finally {
    await chrome.kill();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

const server = await serve();
const runs: Run[] = [];
try {
  console.log(`Lighthouse, mobile preset, served with gzip, ${RUNS} runs:`);
  for (let i = 1; i <= RUNS; i++) {
    const run = await audit();
    runs.push(run);
    const scores = CATEGORIES.map((id) => `${id} ${run.scores[id]}`).join(", ");
    console.log(
      `  run ${i}: ${scores}; TBT ${Math.round(run.tbt)} ms, LCP ${(run.lcp / 1000).toFixed(2)} s, CLS ${run.cls.toFixed(3)}`,
    );
    if (run.lost.length > 0) console.log(`    points lost to: ${run.lost.join(", ")}`);
    if (run.shifts.length > 0) console.log(`    layout shifts: ${run.shifts.join(", ")}`);
  }
} finally {
  server.kill();
}

let failed = false;
const figures: Record<string, { value: string; target: string; status: "pass" | "fail" | "info" }> =
  {};
console.log(`Median of ${RUNS} runs (the gate: each at least ${MIN_SCORE}):`);
for (const id of CATEGORIES) {
  const each = runs.map((r) => r.scores[id]);
  const score = median(each);
  const ok = score >= MIN_SCORE;
  if (!ok) failed = true;
  console.log(
    `  ${id.padEnd(16)} ${String(score).padStart(3)}  (runs: ${each.join(", ")})${ok ? "" : `  below ${MIN_SCORE}`}`,
  );
  figures[`Lighthouse ${id} (median; runs)`] = {
    value: `${score} (${each.join(", ")})`,
    target: `100 (gate: median >= ${MIN_SCORE})`,
    status: ok ? "pass" : "fail",
  };
}
const range = (values: number[], format: (v: number) => string) =>
  `${format(median(values))} (${values.map(format).join(", ")})`;
const lcp = range(
  runs.map((r) => r.lcp),
  (v) => `${(v / 1000).toFixed(2)} s`,
);
const tbt = range(
  runs.map((r) => r.tbt),
  (v) => `${Math.round(v)} ms`,
);
const cls = range(
  runs.map((r) => r.cls),
  (v) => v.toFixed(3),
);
console.log(`  LCP              ${lcp} (target <= 1.0 s)`);
console.log(`  TBT              ${tbt}`);
console.log(`  CLS              ${cls}`);
// Printed and reported (MISSED in the report when over), not asserted: see the header.
figures["Lighthouse LCP (median; runs)"] = {
  value: lcp,
  target: "<= 1.0 s",
  status: median(runs.map((r) => r.lcp)) <= 1000 ? "pass" : "fail",
};
figures["Lighthouse TBT (median; runs)"] = { value: tbt, target: "<= 200 ms", status: "info" };
figures["Lighthouse CLS (median; runs)"] = { value: cls, target: "0", status: "info" };
recordFigures("lighthouse", figures);
process.exit(failed ? 1 : 0);
