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
  const first = page.locator("[data-testid^=matrix-row-]").first();
  // References are filled in for the Python asked (3.13 by default), never the raw template.
  await expect(first).toContainText("python:3.13-alpine3.24");
  await expect(page.getByRole("table")).not.toContainText("{python}");
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
    expect(csp).toMatch(/^default-src 'self'; script-src 'self';/);
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
  // The text names what the loader reads: data-theme on the element, theme= in an iframe's address.
  await expect(dialog).toContainText('data-theme="light" or data-theme="dark" on a loader element');
  await expect(dialog.getByRole("region", { name: "Loader (sized automatically)" })).toContainText(
    'data-theme="light"',
  );
  await expectAccessible(page, "embed dialog");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
});

test.describe("at 1280x800", () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test("See in the matrix scrolls to the highlighted row and opens its details", async ({
    page,
  }) => {
    await openAdvisor(page);
    await page.getByRole("button", { name: "See in the matrix" }).click();
    const row = page.getByTestId("matrix-row-python-slim");
    await expect(row).toHaveAttribute("aria-current", "true");
    await expect(row).toBeInViewport();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    const toggle = row.getByRole("button");
    await expect(toggle).toBeFocused();
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    await expect(page.getByText("bash and apt are there when you exec in.")).toBeVisible();
  });

  test("the matrix fits 1280 px without scrolling sideways, in compact coloured rows", async ({
    page,
  }) => {
    await page.goto("/?view=matrix");
    const table = page.getByRole("region", { name: "Matrix table" });
    await expect(table.locator("[data-testid^=matrix-row-]")).toHaveCount(21);
    const widths = await table.evaluate((el) => ({
      region: el.scrollWidth - el.clientWidth,
      page: document.documentElement.scrollWidth - window.innerWidth,
    }));
    expect(widths).toEqual({ region: 0, page: 0 });
    const heights = await table
      .locator("[data-testid^=matrix-row-]")
      .evaluateAll((rows) => rows.map((r) => r.getBoundingClientRect().height));
    expect(Math.max(...heights)).toBeLessThan(80);
    // Score cells are coloured by score: a 5 and a 1 differ.
    const colours = await table.evaluate((el) => {
      const cell = (n: string) =>
        [...el.querySelectorAll("td")].find((td) => td.textContent?.startsWith(n));
      return [cell("5"), cell("1")].map((td) => (td ? getComputedStyle(td).backgroundColor : ""));
    });
    expect(colours[0]).not.toBe(colours[1]);
    expect(colours[0]).not.toMatch(/rgba\(0, 0, 0, 0\)/);
    await expectAccessible(page, "compact matrix");
  });
});

test("sorting by a criterion shows ▼ while it sorts 5 down to 1, and the arrow follows", async ({
  page,
}) => {
  await page.goto("/?view=matrix");
  const header = page.getByRole("columnheader", { name: "Security" });
  await header.getByRole("button").click();
  await expect(header).toHaveAttribute("aria-sort", "descending");
  await expect(header).toContainText("▼");
  const scores = () =>
    page
      .locator("[data-testid^=matrix-row-]")
      .evaluateAll((rows) =>
        rows.map((r) => Number(r.querySelectorAll("td")[1]?.textContent?.[0])),
      );
  const down = await scores();
  expect(down).toEqual([...down].sort((a, b) => b - a));
  await header.getByRole("button").click();
  await expect(header).toHaveAttribute("aria-sort", "ascending");
  await expect(header).toContainText("▲");
  const up = await scores();
  expect(up).toEqual([...up].sort((a, b) => a - b));
});

test("filters and sort live in the URL: a reload, a shared link and the embed snippet keep them", async ({
  page,
  context,
}) => {
  await page.goto("/?view=matrix");
  await page.getByLabel("Hide end of life").check();
  await page.getByLabel("Only glibc").check();
  await page.getByRole("button", { name: "Base size" }).click();
  await page.getByRole("button", { name: "Base size" }).click();
  await expect(page).toHaveURL(/sort=size&order=desc&filter=supported,glibc/);
  const rows = await page.locator("[data-testid^=matrix-row-]").count();

  const other = await context.newPage();
  await other.goto(page.url());
  await expect(other.getByLabel("Hide end of life")).toBeChecked();
  await expect(other.getByLabel("Only glibc")).toBeChecked();
  await expect(other.getByRole("columnheader", { name: "Base size" })).toHaveAttribute(
    "aria-sort",
    "descending",
  );
  await expect(other.locator("[data-testid^=matrix-row-]")).toHaveCount(rows);
  await expect(other.getByTestId("link-notice")).toHaveCount(0);

  await page.getByRole("button", { name: "Embed this view" }).click();
  const dialog = page.getByRole("dialog", { name: "Embed in your docs" });
  await expect(dialog.getByRole("region", { name: "Loader (sized automatically)" })).toContainText(
    'data-sort="size" data-order="desc" data-filter="supported,glibc"',
  );
  await expect(dialog.getByRole("region", { name: "The matrix as an iframe" })).toContainText(
    "embed.html?view=matrix#sort=size&order=desc&filter=supported,glibc",
  );
  await expectAccessible(page, "matrix embed dialog");
});
