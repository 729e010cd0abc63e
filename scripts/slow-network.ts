/**
 * The page on DevTools' Slow 3G profile (2 s latency, 400 kbit/s down and up; no CPU slowdown), in
 * Debian's chromium, served with gzip from dist/. Printed, never asserted (the machine is noisy):
 *   - when the questionnaire is visible and its controls usable (they are plain HTML: they work
 *     before any script runs, and what was answered counts once the scripts arrive);
 *   - when the default verdict is painted, when the page is React's, and when the recommendation
 *     the engine computed is shown: for the default answers, and for a permalink;
 *   - every request, and in which round trip after the HTML it was made.
 * Screenshots at 1 s and 4 s go to reports/slow-3g/ (1280x800 light; 360x740 dark).
 * Targets: questionnaire usable <= 4 s, recommendation <= 8 s.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Page } from "@playwright/test";
import { ROOT } from "./data-files.ts";
import { type Figure, recordFigures } from "./figures.ts";

const TARGET = { questionnaire: 4, recommendation: 8 };
/** Between the starts of the three loads (see below). */
const STAGGER_MS = 3000;
const SHOTS = join(ROOT, "reports/slow-3g");
const SLOW_3G = {
  offline: false,
  latency: 2000,
  downloadThroughput: 50_000,
  uploadThroughput: 50_000,
};

/** The static server on any free port; resolves with its URL. */
function serve(): Promise<{ server: ChildProcess; url: string }> {
  const server = spawn(
    process.execPath,
    [
      join(ROOT, "node_modules/tsx/dist/cli.mjs"),
      join(ROOT, "scripts/serve-static.ts"),
      join(ROOT, "dist"),
      "0",
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  return new Promise((resolve, reject) => {
    server.stdout?.once("data", (line) => {
      const url = /http:\/\/\S+/.exec(String(line))?.[0];
      if (url) resolve({ server, url });
      else reject(new Error(`static server said: ${line}`));
    });
    server.once("exit", (code) => reject(new Error(`static server exited with ${code}`)));
  });
}

/**
 * Records, from the document's start, the first frame at which each milestone holds (in ms since
 * navigation start). Runs in the page before its own scripts (an init script: no CSP applies).
 * Plain JavaScript in a string: a compiled function would carry the compiler's helpers with it.
 */
const WATCH_MILESTONES = `(() => {
  const seen = (window.milestones = {});
  const visible = (selector) => {
    const element = document.querySelector(selector);
    return element instanceof HTMLElement && element.offsetParent !== null;
  };
  const live = (selector) => {
    const element = document.querySelector(selector);
    return element !== null && Object.keys(element).some((k) => k.startsWith("__reactFiber$"));
  };
  const checks = {
    "questionnaire visible and usable": () =>
      visible("form[aria-label=Questionnaire] input[type=radio]:checked + span"),
    "default verdict painted": () =>
      visible("[data-testid=verdict-label]") &&
      document.querySelector("[data-testid=verdict-label]").textContent.endsWith("for the default answers"),
    "page is React's": () => live("form[aria-label=Questionnaire]"),
    "recommendation computed and shown": () =>
      visible("[data-testid=best-reference]") && live("[data-testid=best-reference]"),
  };
  const tick = () => {
    for (const [name, check] of Object.entries(checks))
      if (seen[name] === undefined && check()) seen[name] = performance.now();
    if (Object.keys(seen).length < Object.keys(checks).length) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

type Run = {
  milestones: Record<string, number>;
  requests: { path: string; start: number; end: number; wave: number }[];
  /** When each screenshot was taken, printed with the run's figures. */
  shotNotes: string[];
};

async function measure(
  page: Page,
  url: string,
  shots: { prefix: string } | undefined,
): Promise<Run> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", SLOW_3G);
  await page.addInitScript(WATCH_MILESTONES);
  const started = Date.now();
  const shotNotes: string[] = [];
  const navigation = page.goto(url, { waitUntil: "commit", timeout: 60_000 });
  if (shots) {
    mkdirSync(SHOTS, { recursive: true });
    for (const second of [1, 4]) {
      await page.waitForTimeout(Math.max(0, second * 1000 - (Date.now() - started)));
      // Straight from DevTools: Playwright's screenshot would wait for the new page to paint.
      const { data } = await cdp.send("Page.captureScreenshot", { format: "png" });
      const taken = (Date.now() - started) / 1000;
      writeFileSync(join(SHOTS, `${shots.prefix}-${second}s.png`), Buffer.from(data, "base64"));
      shotNotes.push(`  (screenshot "${second} s" taken at ${taken.toFixed(2)} s)`);
    }
  }
  await navigation;
  await page.waitForFunction(
    () =>
      (window as unknown as { milestones: Record<string, number> }).milestones[
        "recommendation computed and shown"
      ] !== undefined,
    null,
    { timeout: 60_000, polling: 250 },
  );
  const { milestones, entries } = await page.evaluate(() => ({
    milestones: (window as unknown as { milestones: Record<string, number> }).milestones,
    entries: [
      ...performance.getEntriesByType("navigation"),
      ...performance.getEntriesByType("resource"),
    ].map((e) => ({
      path: new URL(e.name).pathname,
      start: e.startTime,
      end: (e as PerformanceResourceTiming).responseEnd,
    })),
  }));
  // Round trips: the HTML is 0; a request made after another finished is one more than it.
  const waves: Run["requests"] = [];
  for (const entry of [...entries].sort((a, b) => a.start - b.start)) {
    const before = waves.filter((w) => w.end <= entry.start + 1);
    waves.push({
      ...entry,
      wave: waves.length === 0 ? 0 : 1 + Math.max(0, ...before.map((w) => w.wave)),
    });
  }
  return { milestones, requests: waves, shotNotes };
}

const { server, url } = await serve();
const executablePath = existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}) });
const figures: Record<string, Figure> = {};
const seconds = (ms: number | undefined) =>
  ms === undefined ? "never" : `${(ms / 1000).toFixed(2)} s`;
try {
  const scenarios = [
    {
      name: "default answers",
      path: "",
      viewport: { width: 1280, height: 800 },
      scheme: "light",
      shots: "default-1280-light",
    },
    {
      name: "default answers, phone",
      path: "",
      viewport: { width: 360, height: 740 },
      scheme: "dark",
      shots: "default-360-dark",
    },
    {
      name: "a permalink",
      path: "#v=1&python=3.12&size=minimal",
      viewport: { width: 1280, height: 800 },
      scheme: "light",
      shots: "link-1280-light",
    },
  ] as const;
  // The three loads overlap, each in its own context with its own emulated line: they spend
  // their 8 s waiting on the network, so running them one after another only added up the waits.
  // Each starts 3 s after the one before: a page's scripts arrive together at the end and then
  // compile and hydrate, which on a busy core takes over a second, so they must not meet.
  const runs = await Promise.all(
    scenarios.map(async (scenario, i) => {
      await new Promise((resolve) => setTimeout(resolve, i * STAGGER_MS));
      const context = await browser.newContext({
        viewport: scenario.viewport,
        colorScheme: scenario.scheme,
      });
      const page = await context.newPage();
      const run = await measure(page, `${url}${scenario.path}`, { prefix: scenario.shots });
      await context.close();
      return run;
    }),
  );
  for (const [i, scenario] of scenarios.entries()) {
    const run = runs[i] as Run;
    for (const note of run.shotNotes) console.log(note);
    console.log(
      `Slow 3G, ${scenario.name} (${scenario.viewport.width}x${scenario.viewport.height}):`,
    );
    for (const [name, ms] of Object.entries(run.milestones).sort((a, b) => a[1] - b[1]))
      console.log(`  ${name.padEnd(36)} ${seconds(ms).padStart(8)}`);
    console.log("  requests (round trip after the HTML: start -> end):");
    for (const r of run.requests)
      console.log(
        `    ${String(r.wave).padStart(2)}  ${r.path.padEnd(44)} ${seconds(r.start).padStart(8)} -> ${seconds(r.end)}`,
      );
    const rounds = Math.max(
      ...run.requests.filter((r) => !r.path.endsWith(".svg")).map((r) => r.wave),
    );
    const usable = run.milestones["questionnaire visible and usable"];
    const shown = run.milestones["recommendation computed and shown"];
    // A link's questionnaire waits for the scripts on purpose: it must show the link's answers,
    // not the defaults the HTML was prerendered with.
    figures[`Slow 3G, ${scenario.name}: questionnaire usable`] = scenario.path
      ? {
          value: seconds(usable),
          target: "with the link's answers, once scripts run",
          status: "info",
        }
      : {
          value: seconds(usable),
          target: `<= ${TARGET.questionnaire} s`,
          status: usable !== undefined && usable <= TARGET.questionnaire * 1000 ? "pass" : "fail",
        };
    figures[`Slow 3G, ${scenario.name}: recommendation shown`] = {
      value: seconds(shown),
      target: `<= ${TARGET.recommendation} s`,
      status: shown !== undefined && shown <= TARGET.recommendation * 1000 ? "pass" : "fail",
    };
    figures[`Slow 3G, ${scenario.name}: round trips after the HTML`] = {
      value: String(rounds),
      target: "<= 2",
      status: rounds <= 2 ? "pass" : "fail",
    };
  }
  console.log(`Screenshots at 1 s and 4 s: ${SHOTS}`);
  recordFigures("slow-network", figures);
} finally {
  await browser.close();
  server.kill();
}
