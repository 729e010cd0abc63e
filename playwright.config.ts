import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// Playwright cannot download its own browsers here: use Debian's chromium when it is installed,
// and Playwright's bundled browser anywhere else.
const DEBIAN_CHROMIUM = "/usr/bin/chromium";
const executablePath = existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined;
const PORT = 4173;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "off",
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      // Without these, Chromium keeps trying to reach Google's services, which this network refuses.
      args: [
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}`,
    // A stale preview server would test an old build; CI sets CI=true.
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
