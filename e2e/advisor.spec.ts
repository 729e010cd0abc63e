import { dockerfileText, expect, expectAccessible, openAdvisor, test } from "./fixtures.ts";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

test("from the default answers to a copied Dockerfile", async ({ page }) => {
  await openAdvisor(page);
  await expect(page.getByTestId("best-reference")).toHaveText("python:3.13-slim-trixie");
  await expect(page.getByRole("heading", { name: "Why it won" })).toBeVisible();
  await expect(page.getByText(/Data read \d{4}-\d{2}-\d{2} \(its oldest source\)/)).toBeVisible();
  await expectAccessible(page, "default answers");

  await page.getByRole("button", { name: "Copy Dockerfile" }).click();
  await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^# syntax=docker\/dockerfile:1\n/);
  expect(copied).toContain("FROM python:3.13-slim-trixie AS runtime");
  expect(copied).toContain('CMD ["gunicorn", "app:app", "--bind", "0.0.0.0:8000"]');

  await page.getByRole("tab", { name: "compose.yaml" }).click();
  await expect(page.getByRole("region", { name: "compose.yaml" })).toContainText("init: true");
});

test("the result follows the answers", async ({ page }) => {
  await openAdvisor(page);
  await page.getByText("Shell and package manager", { exact: true }).click();
  await page.getByText("Strict", { exact: true }).click();
  await expect(page.getByTestId("best-reference")).not.toHaveText(/distroless|chainguard|dhi\.io/);
  await page.getByText("Never", { exact: true }).click();
  await page.getByText("Minimal", { exact: true }).click();
  await expect(page.getByTestId("best-reference")).toHaveText(/dhi\.io|distroless|chainguard/);
  await expect(page.getByRole("heading", { name: "What would change the winner" })).toBeVisible();
  await expectAccessible(page, "strict and minimal");
});

test("the article's preset shows the development-server warning", async ({ page }) => {
  await openAdvisor(page);
  await page.getByRole("button", { name: "Load the article's example" }).click();
  // The README's walk-through: the article's pins on Python 3.12.
  await expect(page.getByRole("radio", { name: /3\.12/ })).toBeChecked();
  await expect(page.getByLabel("Start command", { exact: true })).toHaveValue("python app.py");
  await expect(page.getByLabel("Port", { exact: true })).toHaveValue("5000");
  await expect(
    page.getByText(/usually starts a framework's built-in development server/),
  ).toBeVisible();
  // The fix opens on demand under the warning.
  const warning = page.locator("[data-severity=warning]").first();
  await warning.locator("summary").click();
  await expect(warning.getByText(/gunicorn app:app/)).toBeVisible();
  await expectAccessible(page, "article preset");
});

test("an unsafe command blocks the files but keeps the ranking", async ({ page }) => {
  await openAdvisor(page);
  await page.getByLabel("Start command", { exact: true }).fill("gunicorn app:app && rm -rf /");
  await expect(page.locator("[data-severity=blocking]").first()).toContainText("&&");
  // The same warning, inline under the field.
  await expect(page.getByText(/The start command has && .* at position 18/).first()).toBeVisible();
  await expect(page.getByRole("heading", { name: /No files yet/ })).toBeVisible();
  await expect(page.getByTestId("verdict-blocked")).toHaveText(/No files yet/);
  await expect(page.getByTestId("best-reference")).toBeVisible();
  await expectAccessible(page, "unsafe command");
});

test("a bad port is refused at the field and the result keeps working", async ({ page }) => {
  await openAdvisor(page);
  await page.getByLabel("Port", { exact: true }).fill("99999");
  await expect(page.getByText("Enter a whole number from 1 to 65535.")).toBeVisible();
  await expect(page.getByTestId("best-reference")).toBeVisible();
  await page.getByLabel("Port", { exact: true }).fill("8080");
  await expect(page.getByRole("region", { name: "Dockerfile" }).first()).toContainText(
    "EXPOSE 8080",
  );
});

test("weight sliders re-rank live and reset", async ({ page }) => {
  await openAdvisor(page);
  const size = page.getByRole("slider", { name: "Size" });
  await size.focus();
  await page.keyboard.press("End");
  for (const name of ["Compatibility", "Security", "Debuggability", "Maintenance"]) {
    await page.getByRole("slider", { name }).focus();
    await page.keyboard.press("Home");
  }
  await expect(page.getByTestId("best-reference")).toHaveText(/alpine/);
  await page.getByRole("button", { name: "Reset weights" }).click();
  await expect(page.getByTestId("best-reference")).toHaveText("python:3.13-slim-trixie");
});

test("a permalink restores the same answers, best image and Dockerfile", async ({
  page,
  context,
}) => {
  await openAdvisor(page);
  await page.getByText("3.12", { exact: true }).click();
  await page.getByText("uv", { exact: true }).click();
  await page
    .getByLabel("Start command", { exact: true })
    .fill("uvicorn main:app --host 0.0.0.0 --port 8000");
  await page.getByRole("slider", { name: "Size" }).focus();
  await page.keyboard.press("End");
  const reference = (await page.getByTestId("best-reference").textContent()) ?? "";
  const dockerfile = await dockerfileText(page);
  await page.getByRole("button", { name: "Copy link" }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain("#v=1&");
  expect(link).toContain("python=3.12");

  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByTestId("best-reference")).toHaveText(reference);
  expect(await dockerfileText(other)).toBe(dockerfile);
  await expect(other.getByRole("radio", { name: /3\.12/ })).toBeChecked();
  await expect(other.getByRole("slider", { name: "Size" })).toHaveValue("5");
  await expect(other.getByTestId("link-notice")).toHaveCount(0);
});

test("a link with bad fields names them and the page works", async ({ page }) => {
  await openAdvisor(page, "v=1&python=2.7&port=99999&size=tiny&colour=blue&__proto__=x");
  const notice = page.getByTestId("link-notice");
  // The questions' labels, each with the value the link had, quoted.
  await expect(notice).toContainText(
    "fell back to the default: Python version (“2.7”), Port (“99999”), Size priority (“tiny”).",
  );
  await expect(notice).toContainText("ignored: “colour”, “__proto__”.");
  await expect(page.getByTestId("best-reference")).toHaveText("python:3.13-slim-trixie");
  await expectAccessible(page, "link notice");
  await notice.getByRole("button", { name: "Dismiss" }).click();
  await expect(notice).toHaveCount(0);
});

test("a link from a newer format is reported, not misread", async ({ page }) => {
  await openAdvisor(page, "v=9&python=3.12");
  await expect(page.getByTestId("link-notice")).toContainText("newer version of the tool");
  await expect(page.getByRole("radio", { name: /3\.13/ })).toBeChecked();
});

test("back and forward re-read the answers from the hash", async ({ page }) => {
  await openAdvisor(page, "v=1&python=3.12");
  await expect(page.getByRole("radio", { name: /3\.12/ })).toBeChecked();
  await page.goto("/#v=1&python=3.14");
  await expect(page.getByRole("radio", { name: /3\.14/ })).toBeChecked();
  await page.goBack();
  await expect(page.getByRole("radio", { name: /3\.12/ })).toBeChecked();
  await page.goForward();
  await expect(page.getByRole("radio", { name: /3\.14/ })).toBeChecked();
});

test("keyboard only: skip to the recommendation, answer, then copy the Dockerfile", async ({
  page,
}) => {
  await openAdvisor(page);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to the recommendation" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.locator("#recommendation")).toBeFocused();
  // From the recommendation, the files are two stops away.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Get the files ↓" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("#files")).toBeFocused();
  // In-page moves never write to the hash, which holds the answers.
  expect(page.url()).not.toMatch(/#(files|main|recommendation)/);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("tab", { name: "Dockerfile" })).toBeFocused();

  // The questions come after the verdict: the Python version radios move with the arrow keys.
  await page.getByRole("radio", { name: /3\.13/ }).focus();
  const outline = await page.evaluate(
    () => getComputedStyle(document.activeElement?.parentElement as Element).outlineStyle,
  );
  expect(outline).not.toBe("none");
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("radio", { name: /3\.14/ })).toBeChecked();
  await expect(page.getByTestId("best-reference")).toContainText("3.14");
  const copy = page.getByRole("button", { name: "Copy Dockerfile" });
  for (let i = 0; i < 120 && !(await copy.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press("Tab");
  await expect(copy).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();
});

test.describe("at 360 px wide", () => {
  test.use({ viewport: { width: 360, height: 740 } });
  test("nothing overflows sideways and the result is reachable", async ({ page }) => {
    await openAdvisor(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByTestId("best-reference").scrollIntoViewIfNeeded();
    await expect(page.getByTestId("best-reference")).toBeInViewport();
    await expectAccessible(page, "360 px");
  });
});

test.describe("in dark mode", () => {
  test.use({ colorScheme: "dark" });
  test("follows the system colour scheme, accessibly", async ({ page }) => {
    await openAdvisor(page);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).not.toBe("rgb(248, 250, 252)");
    await expectAccessible(page, "dark mode");
  });
});
