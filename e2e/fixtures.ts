/**
 * Shared e2e fixtures: every test fails on a console error, an uncaught exception, or a request
 * that leaves the app's origin; `expectAccessible` runs axe with the WCAG 2.1 A/AA rules. A test
 * that breaks the page on purpose names the console errors it expects (`expectedErrors`).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { test as base, expect, type Page } from "@playwright/test";
import type axe from "axe-core";
import type { Result } from "axe-core";

const require = createRequire(import.meta.url);

export const test = base.extend<{ guard: undefined; expectedErrors: RegExp | undefined }>({
  expectedErrors: [undefined, { option: true }],
  guard: [
    async ({ page, baseURL, expectedErrors }, use) => {
      const problems: string[] = [];
      const origin = new URL(baseURL ?? "http://127.0.0.1").origin;
      page.on("console", (message) => {
        const text = message.text();
        if (message.type() === "error" && !expectedErrors?.test(text))
          problems.push(`console error: ${text}`);
      });
      page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
      page.on("request", (request) => {
        const url = request.url();
        if (!url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:"))
          problems.push(`request left the origin: ${url}`);
      });
      await use(undefined);
      expect(problems).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

function expectNoViolations(violations: Result[], state: string): void {
  const found = violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(found, `axe violations in state "${state}"`).toEqual([]);
}

/** axe-core's own build, read once per worker and evaluated in each page that is checked. */
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/**
 * axe in the page itself, on its one document. This is about half the cost of @axe-core/playwright,
 * whose run across frames opens a second page to merge the results, and it works on a page whose
 * scripts are held back (that run waits for the load event). A page that holds frames is refused:
 * open the frame's own page and check that.
 */
export async function expectAccessible(page: Page, state: string): Promise<void> {
  expect(page.frames(), `"${state}": check each frame's page on its own`).toHaveLength(1);
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    async (tags) =>
      (
        await (window as unknown as { axe: typeof axe }).axe.run(document, {
          runOnly: { type: "tag", values: tags },
          // Passes are not read: skip building their node details.
          resultTypes: ["violations"],
        })
      ).violations,
    WCAG,
  );
  expectNoViolations(violations, state);
}

/**
 * Waits until the result is React's: the prerendered HTML shows it at once, but its buttons work
 * only once the engine chunk has loaded and the result has hydrated.
 */
export async function waitForLiveResult(page: Page): Promise<void> {
  await expect(page.getByTestId("best-reference")).toBeVisible({ timeout: 20_000 });
  await page.waitForFunction(() => {
    const element = document.querySelector("[data-testid=best-reference]");
    return element !== null && Object.keys(element).some((k) => k.startsWith("__reactFiber$"));
  });
}

/** Opens the advisor (with a fragment: a link) and waits until its result is live. */
export async function openAdvisor(page: Page, fragment = ""): Promise<void> {
  await page.goto(`/${fragment ? `#${fragment}` : ""}`);
  await waitForLiveResult(page);
}

export async function dockerfileText(page: Page): Promise<string> {
  return (
    (await page.getByRole("region", { name: "Dockerfile" }).first().textContent()) ?? ""
  ).trim();
}
