import { expect, expectAccessible, openAdvisor, test } from "./fixtures.ts";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

test("pasting requirements shows the package table and changes the advice; the link keeps them", async ({
  page,
  context,
}) => {
  await openAdvisor(page, "v=1&python=3.12");
  const field = page.getByLabel("Requirements (optional)");
  await field.fill(
    "flask==2.3.3\nrequests==2.31.0\nnumpy==1.24.3\npandas==2.0.3\n<script>alert(1)</script>\n",
  );
  await expect(page.getByTestId("requirement-numpy")).toContainText("no build");
  await expect(page.locator("[data-severity=blocking]").first()).toContainText(
    "numpy==1.24.3 has no wheel for Python 3.12",
  );
  await expect(page.getByText("Use numpy>=1.26 or Python 3.11.")).toBeVisible();
  await expect(page.getByText(/CVE-2024-35195/)).toBeVisible();
  // The hostile line is reported as text, not rendered.
  await expect(page.getByRole("heading", { name: "Lines that could not be read" })).toBeVisible();
  await expect(page.getByText(/Line 5: .*does not start with a package name/)).toBeVisible();
  // No script without a source in the page's body (the one in <head> is the build's boot script).
  expect(await page.locator("body script:not([src])").count()).toBe(0);
  await expectAccessible(page, "requirements table");

  await field.fill("psycopg2==2.9.10\n");
  await expect(page.getByTestId("requirement-psycopg2")).toContainText("builds from source");
  await expect(page.getByRole("region", { name: "Dockerfile" }).first()).toContainText("libpq5");

  await page.getByRole("button", { name: "Copy link" }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain("req=");
  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByLabel("Requirements (optional)")).toHaveValue("psycopg2==2.9.10\n");
  await expect(other.getByTestId("requirement-psycopg2")).toBeVisible();
});
