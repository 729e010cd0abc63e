/**
 * Any network: the prerendered page is useful before any script runs, a link never shows the
 * default verdict as its own, and a chunk that does not arrive leaves a way forward. Scripts are
 * held back with routes (or slowed with DevTools' Slow 3G profile), so what is checked is the
 * order of events, never how fast this machine is.
 */
import type { Page, Route } from "@playwright/test";
import { expect, expectAccessible, openAdvisor, test, waitForLiveResult } from "./fixtures.ts";

/** Holds every request for a script of the app until `release` is called. */
async function holdScripts(page: Page): Promise<() => void> {
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route("**/assets/*.js", async (route: Route) => {
    await gate;
    await route.continue();
  });
  return release;
}

/** DevTools' Slow 3G profile: 2 s latency, 400 kbit/s down and up. */
async function slow3g(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 2000,
    downloadThroughput: 50_000,
    uploadThroughput: 50_000,
  });
}

/** The verdict's label while it is the prerendered one, for the default answers. */
const defaultVerdict = (page: Page) =>
  page.getByTestId("verdict-label").filter({ hasText: /for the default answers$/ });

// Held scripts and a throttled line make these tests longer than most.
test.describe.configure({ timeout: 60_000 });

test("before any script runs: the questionnaire works and the verdict says it is the default's", async ({
  page,
}) => {
  const release = await holdScripts(page);
  await page.goto("/", { waitUntil: "commit" });
  await expect(page.getByRole("heading", { name: "About your app" })).toBeVisible();
  await expect(defaultVerdict(page)).toHaveText("Recommended base image for the default answers");
  await expect(page.getByTestId("best-reference")).toHaveText("python:3.13-slim-trixie");
  await expectAccessible(page, "prerendered, no script yet");

  // Answers given before the scripts arrive count once they do.
  await page.getByText("Minimal", { exact: true }).click();
  await page.getByLabel("Port", { exact: true }).fill("5000");
  await expect(page.getByRole("radio", { name: /^Minimal/ })).toBeChecked();
  release();
  await waitForLiveResult(page);
  await expect(defaultVerdict(page)).toHaveCount(0);
  await expect(page.getByRole("radio", { name: /^Minimal/ })).toBeChecked();
  await expect(page.getByTestId("best-reference")).not.toHaveText("python:3.13-slim-trixie");
  await expect(page.getByRole("region", { name: "Dockerfile" }).first()).toContainText(
    "EXPOSE 5000",
  );
  // The page hydrated what was prerendered: no mismatch, nothing re-rendered from scratch (the
  // fixture fails the test on any console error, which is how React reports a mismatch).
});

test("hydrates with the build date, then shows today's advice", async ({ page }) => {
  // Half a year after the build: the data-age note of the prerendered page is out of date.
  await page.clock.setFixedTime(new Date("2027-06-01T12:00:00Z"));
  const release = await holdScripts(page);
  await page.goto("/", { waitUntil: "commit" });
  const age = page.getByText(/Data read \d{4}-\d{2}-\d{2} \(its oldest source\)/);
  await expect(age).toBeVisible();
  await expect(age).not.toContainText("186 days ago");
  release();
  await waitForLiveResult(page);
  // Hydrated as prerendered (the fixture fails the test on React's mismatch error), then
  // recomputed for today: 2026-11-27 to 2027-06-01.
  await expect(age).toContainText("186 days ago");
  await expect(defaultVerdict(page)).toBeVisible();
});

test("on Slow 3G the questionnaire and the default verdict paint before the engine arrives", async ({
  page,
}) => {
  await slow3g(page);
  await page.goto("/", { waitUntil: "commit" });
  await expect(page.getByRole("heading", { name: "About your app" })).toBeVisible({
    timeout: 20_000,
  });
  await expect(defaultVerdict(page)).toBeVisible();
  const engineArrived = await page.evaluate(() =>
    performance.getEntriesByType("resource").some((r) => r.name.includes("/assets/views-")),
  );
  expect(engineArrived).toBe(false);
  await page.getByText("Minimal", { exact: true }).click();
  await expect(page.getByRole("radio", { name: /^Minimal/ })).toBeChecked();
  await expect(async () => {
    await waitForLiveResult(page);
    await expect(page.getByTestId("best-reference")).not.toHaveText("python:3.13-slim-trixie");
  }).toPass({ timeout: 40_000 });
});

test("a link shows that it is loading, never the default verdict as its own", async ({ page }) => {
  const release = await holdScripts(page);
  await page.goto("/#v=1&python=3.12&size=minimal", { waitUntil: "commit" });
  await expect(
    page.getByText("Opening this link: its answers and its result appear"),
  ).toBeVisible();
  await expect(defaultVerdict(page)).toBeHidden();
  await expect(page.getByTestId("best-reference")).toBeHidden();
  await expectAccessible(page, "link, no script yet");
  release();
  await waitForLiveResult(page);
  await expect(page.getByText("Opening this link")).toBeHidden();
  await expect(page.getByTestId("best-reference")).toHaveText(/3\.12/);
  await expect(defaultVerdict(page)).toHaveCount(0);
});

test.describe("when the page's own script does not load", () => {
  test.use({ expectedErrors: /Failed to load resource/ });

  test("the prerendered page says so and offers Reload", async ({ page }) => {
    await page.route("**/assets/main-*.js", (route) => route.abort("blockedbyclient"));
    await page.goto("/", { waitUntil: "commit" });
    const note = page.getByRole("alert");
    await expect(note).toContainText("The page's script could not be loaded");
    await expect(page.getByRole("heading", { name: "About your app" })).toBeVisible();
    await expectAccessible(page, "main script blocked");
    await page.unroute("**/assets/main-*.js");
    await note.getByRole("button", { name: "Reload" }).click();
    await waitForLiveResult(page);
  });
});

test("everything the first view needs loads in one round trip after the HTML, after the first paint", async ({
  page,
}) => {
  const requested: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/assets/")) requested.push(new URL(request.url()).pathname);
  });
  // The first frame, as the page sees it: this runs before the boot script, so its callback runs
  // first in that frame. (The first-paint entry is stamped when the frame is presented, which on
  // a busy machine can come after the boot script's next task has already started the scripts.)
  await page.addInitScript(() => {
    requestAnimationFrame(() => {
      (window as unknown as { firstFrame: number }).firstFrame = performance.now();
    });
  });
  await openAdvisor(page);
  // Every script and stylesheet the page fetched was named in the HTML itself (preloaded), so
  // none waited for another to arrive first.
  const html = await (await page.request.get("/")).text();
  for (const path of requested) expect(html, path).toContain(path);
  expect(requested.some((p) => p.includes("/assets/views-"))).toBe(true);
  // The boot script starts them once the first frame is rendered, never before (boot-script.ts).
  const { firstFrame, firstScript } = await page.evaluate(() => ({
    firstFrame: (window as unknown as { firstFrame: number }).firstFrame,
    firstScript: Math.min(
      ...performance
        .getEntriesByType("resource")
        .filter((r) => r.name.includes("/assets/"))
        .map((r) => r.startTime),
    ),
  }));
  expect(firstScript).toBeGreaterThanOrEqual(firstFrame);
});
