import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// Playwright cannot download its own browsers here: use Debian's builds when they are installed,
// and Playwright's bundled browsers anywhere else.
//
// The functional tests run in Debian's chromium-headless-shell: the same Chromium release and
// Blink as the chromium package, built as the headless shell that Playwright itself runs headless
// tests in (its bundled "chromium-headless-shell"). It leaves out the desktop browser around the
// page, and that is most of a test's cost on this machine: measured here in one run, a new context
// with a page load took 0.85 s of CPU in the shell and 2.27 s in the full browser.
// The latency figure stands for what a user's browser does, so it is measured in the full browser.
const firstInstalled = (...paths: string[]) => paths.find((path) => existsSync(path));
const testBrowser = firstInstalled("/usr/bin/chromium-headless-shell", "/usr/bin/chromium");
const userBrowser = firstInstalled("/usr/bin/chromium");
const launchArgs = [
  // Without these, Chromium keeps trying to reach Google's services, which this network refuses.
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
const launchOptions = (executablePath: string | undefined) => ({
  ...(executablePath ? { executablePath } : {}),
  args: launchArgs,
});

/**
 * The built app (dist/), the same build under a sub-path, and a host page on another origin.
 * E2E_PORT_BASE moves all three, so two checkouts can run their e2e tests at the same time.
 */
const PORT_BASE = Number(process.env.E2E_PORT_BASE ?? 4173);
export const PORTS = { app: PORT_BASE, subPath: PORT_BASE + 1, host: PORT_BASE + 2 } as const;
const serve = (dir: string, port: number, prefix = "/") =>
  `npx tsx scripts/serve-static.ts ${dir} ${port} ${prefix}`;
// A stale server would test an old build; CI sets CI=true.
const reuseExistingServer = !process.env.CI;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  // Twice Playwright's defaults: the gate must pass on a 2-core machine that is 2-3x slower than
  // a laptop and has a core taken by other work, where the heaviest flows (axe on the matrix,
  // many re-renders) take several seconds. The reporter prints each test's share of it.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // The list, then each test's elapsed time against its timeout.
  reporter: [["list"], ["./scripts/playwright-timeout-margins.ts"]],
  use: {
    baseURL: `http://127.0.0.1:${PORTS.app}`,
    trace: "off",
  },
  projects: [
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"], launchOptions: launchOptions(testBrowser) },
      grepInvert: /@latency/,
    },
    // The latency test, alone once the others are done (parallel tests on two cores would time
    // each other), under the same servers: one start-up of them and the sub-path build, not two.
    {
      name: "latency",
      use: {
        ...devices["Desktop Chrome"],
        // Playwright's own full browser where Debian's is not installed (its default is the shell).
        ...(userBrowser ? {} : { channel: "chromium" }),
        launchOptions: launchOptions(userBrowser),
      },
      grep: /@latency/,
      dependencies: ["chromium"],
    },
  ],
  webServer: [
    {
      command: serve("dist", PORTS.app),
      url: `http://127.0.0.1:${PORTS.app}/`,
      reuseExistingServer,
      timeout: 30_000,
    },
    {
      command: `BASE_PATH=/advisor/ npx vite build --outDir dist-sub --emptyOutDir --logLevel warn && ${serve("dist-sub", PORTS.subPath, "/advisor/")}`,
      url: `http://127.0.0.1:${PORTS.subPath}/advisor/`,
      reuseExistingServer,
      timeout: 90_000,
    },
    {
      command: serve("e2e/host", PORTS.host),
      url: `http://127.0.0.1:${PORTS.host}/`,
      reuseExistingServer,
      timeout: 30_000,
    },
  ],
});
