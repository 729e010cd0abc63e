/**
 * Shared e2e fixtures: every test fails on a console error, an uncaught exception, or a request
 * that leaves the app's origin; `expectAccessible` runs axe with the WCAG 2.1 A/AA rules.
 */
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

export const test = base.extend<{ guard: undefined }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = [];
      const origin = new URL(baseURL ?? "http://127.0.0.1").origin;
      page.on("console", (message) => {
        if (message.type() === "error") problems.push(`console error: ${message.text()}`);
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

export async function expectAccessible(page: Page, state: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const violations = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(violations, `axe violations in state "${state}"`).toEqual([]);
}

/** Waits until the engine chunk has loaded and the result is on the page. */
export async function openAdvisor(page: Page, fragment = ""): Promise<void> {
  await page.goto(`/${fragment ? `#${fragment}` : ""}`);
  await expect(page.getByTestId("best-reference")).toBeVisible();
}

export async function dockerfileText(page: Page): Promise<string> {
  return (
    (await page.getByRole("region", { name: "Dockerfile" }).first().textContent()) ?? ""
  ).trim();
}
