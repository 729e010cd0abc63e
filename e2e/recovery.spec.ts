/**
 * What the page shows instead of going blank: Retry when the engine chunk does not arrive, and
 * Reset answers when a state in the link breaks the result.
 */
import { expect, expectAccessible, test, waitForLiveResult } from "./fixtures.ts";

// A failed load and a retry take longer than most tests on a busy machine.
test.describe.configure({ timeout: 60_000 });

test.describe("when the engine chunk does not load", () => {
  test.use({
    expectedErrors:
      /Failed to load resource|engine chunk could not be loaded|dynamically imported module/,
  });

  test("the result column says so and Retry loads it", async ({ page }) => {
    await page.route("**/assets/views-*.js", (route) => route.abort("blockedbyclient"));
    await page.goto("/#v=1&python=3.12");
    const panel = page.getByRole("alert", { name: "Could not load the recommendation" });
    await expect(panel).toBeVisible();
    await expect(page.getByRole("heading", { name: "About your app" })).toBeVisible();
    await expectAccessible(page, "engine chunk blocked");
    await page.unroute("**/assets/views-*.js");
    await panel.getByRole("button", { name: "Retry" }).click();
    await waitForLiveResult(page);
    await expect(page.getByTestId("best-reference")).toHaveText(/3\.12/);
    await expect(panel).toHaveCount(0);
  });

  test("the matrix view and the embed say so too", async ({ page }) => {
    await page.route("**/assets/views-*.js", (route) => route.abort("blockedbyclient"));
    await page.goto("/?view=matrix");
    await expect(page.getByRole("alert", { name: "Could not load the matrix" })).toBeVisible();
    await page.goto("/embed.html?view=result#v=1&python=3.12");
    const panel = page.getByRole("alert", { name: "Could not load the recommendation" });
    await expect(panel).toBeVisible();
    await page.unroute("**/assets/views-*.js");
    await panel.getByRole("button", { name: "Retry" }).click();
    await expect(page.getByTestId("best-reference")).toHaveText(/3\.12/);
  });
});

test.describe("a link whose state breaks the result", () => {
  // A stand-in for any bug a link's answers could reach: the engine throws on one requirements
  // text (the engine splits it into lines first).
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      const split = String.prototype.split;
      String.prototype.split = function (this: string, ...args: Parameters<typeof split>) {
        if (String(this).includes("poison-pill")) throw new Error("poisoned for the test");
        return split.apply(this, args);
      } as typeof split;
    });
  });
  test.use({ expectedErrors: /poisoned for the test/ });

  test("Reset answers clears the hash and the page works again", async ({ page }) => {
    const { encodeAnswers, defaultAnswers } = await import("../src/index.ts");
    const poisoned = encodeAnswers({ ...defaultAnswers, requirements: "poison-pill==1\n" });
    await page.goto(`/#${poisoned}`);
    const panel = page.getByRole("alert", { name: "Could not show the recommendation" });
    await expect(panel).toContainText("poisoned for the test");
    await expect(page.getByRole("heading", { name: "About your app" })).toBeVisible();
    await expectAccessible(page, "poisoned link");
    await panel.getByRole("button", { name: "Reset answers" }).click();
    await waitForLiveResult(page);
    expect(await page.evaluate(() => window.location.hash)).toBe("");
    await expect(page.getByLabel("Requirements (optional)")).toHaveValue("");
    await expect(page.getByTestId("best-reference")).toHaveText("python:3.13-slim-trixie");
  });
});
