import { expect, expectAccessible, openAdvisor, test } from "./fixtures.ts";

test("from a result, the matrix highlights the recommended row; it sorts and filters", async ({
  page,
}) => {
  await openAdvisor(page);
  await page.getByRole("button", { name: "See in the matrix" }).click();
  await expect(page).toHaveURL(/\?view=matrix&highlight=python-slim(#|$)/);
  const row = page.getByTestId("matrix-row-python-slim");
  await expect(row).toHaveAttribute("aria-current", "true");
  await expect(page.locator("[data-testid^=matrix-row-]")).toHaveCount(21);
  await expectAccessible(page, "matrix view");

  await page.getByLabel("Hide end of life").check();
  await expect(page.locator("[data-testid^=matrix-row-]")).toHaveCount(18);
  await page.getByLabel("No login needed").check();
  await expect(page.locator("[data-testid^=matrix-row-dhi]")).toHaveCount(0);

  await page.getByRole("button", { name: "Base size" }).click();
  const first = page.locator("tbody tr").first();
  await expect(first).toContainText("python:{python}-alpine3.24");
  await expect(page.getByRole("columnheader", { name: "Base size" })).toHaveAttribute(
    "aria-sort",
    "ascending",
  );

  await page.goBack();
  await expect(page.getByTestId("best-reference")).toBeVisible();
});

test("both built pages carry the Content-Security-Policy meta tag", async ({ page }) => {
  for (const url of ["/", "/embed.html?view=matrix"]) {
    await page.goto(url);
    const csp = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute("content");
    // Scripts and styles from this origin, and inline only what the build hashed (index.html's
    // stylesheet and boot script).
    expect(csp).toMatch(
      /^default-src 'self'; script-src 'self'( 'sha256-[\w+/=]+')*; style-src 'self'( 'sha256-[\w+/=]+')*;/,
    );
    expect(csp).not.toMatch(/unsafe|\*/);
  }
});

test("the Embed dialog gives ready-to-copy snippets and closes with Escape", async ({ page }) => {
  await openAdvisor(page, "v=1&python=3.12");
  await page.getByRole("button", { name: "Embed" }).click();
  const dialog = page.getByRole("dialog", { name: "Embed in your docs" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("region", { name: "Loader (sized automatically)" })).toContainText(
    'data-answers="v=1&amp;data=',
  );
  await expect(dialog.getByRole("region", { name: "Loader (sized automatically)" })).toContainText(
    "/embed.js",
  );
  await expect(dialog.getByRole("region", { name: "This result as an iframe" })).toContainText(
    "embed.html?view=result#v=1&data=",
  );
  await expectAccessible(page, "embed dialog");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
});
