/**
 * "Check a Dockerfile": the audit in the browser, loaded only when the view opens; findings linked
 * to their lines; "Use these answers"; the migration and its diff; the file in the permalink.
 */
import { expect, expectAccessible, openAdvisor, test } from "./fixtures.ts";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

const SLIM =
  'FROM python:3.9-slim\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . /app\nWORKDIR /app\nEXPOSE 5000\nCMD ["python", "app.py"]\n';

test("the check loads only when its view opens", async ({ page }) => {
  const loaded: string[] = [];
  page.on("request", (request) => loaded.push(request.url()));
  await openAdvisor(page);
  expect(loaded.filter((url) => url.includes("CheckView"))).toEqual([]);
  await page.getByRole("button", { name: "Check a Dockerfile" }).click();
  await expect(page.getByRole("heading", { name: "Check a Dockerfile" })).toBeVisible();
  expect(loaded.filter((url) => url.includes("CheckView")).length).toBe(1);
  await expect(page).toHaveURL(/\?view=check/);
});

test("the article's Dockerfile: findings by severity, each linked to its line", async ({
  page,
}) => {
  await page.goto("/?view=check");
  await page.getByRole("button", { name: "Try the article's Dockerfile" }).click();
  const findings = page.getByRole("region", { name: "Findings" }).getByRole("listitem");
  await expect(findings.first()).toHaveAttribute("data-severity", "warning");
  await expect(page.getByTestId("findings-summary")).toHaveText("0 blocking, 4 warnings, 4 notes");
  await expect(findings.first()).toContainText(
    "Ubuntu 20.04 LTS (focal) stopped getting free security updates",
  );
  const eol = page.locator("[data-code=distro-end-of-life]");
  await expect(eol).toContainText(
    "Ubuntu 20.04 LTS (focal) stopped getting free security updates on 2025-05-31",
  );
  await expect(eol.getByRole("link", { name: /endoflife/ })).toHaveAttribute("href", /^https:\/\//);
  await expect(page.locator("[data-code=apt-update-alone]")).toBeVisible();
  await expect(page.locator("[data-code=development-server]")).toBeVisible();
  await expect(page.locator("[data-code=no-healthcheck]")).toBeVisible();

  await page
    .locator("[data-code=apt-update-alone]")
    .getByRole("button", { name: "line 2" })
    .click();
  const line = page.locator("#dockerfile-line-2");
  await expect(line).toBeFocused();
  await expect(line).toHaveAttribute("aria-current", "true");
  await expect(line).toContainText("RUN apt-get update");
  await expectAccessible(page, "check: article's Dockerfile");

  const migration = page.getByRole("region", { name: /^Migrated to / });
  const reference = page.getByTestId("migration-reference");
  await expect(reference).not.toHaveText(/ubuntu:20\.04/);
  const migrated = (await reference.textContent()) ?? "";
  await expect(migration).toContainText("Your Dockerfile runs Python 3.8 (line 3)");
  await expect(page.getByRole("region", { name: "Dockerfile", exact: true })).toContainText(
    "EXPOSE 5000",
  );
  const diff = page.getByRole("region", { name: "Diff from your Dockerfile to the migrated one" });
  await expect(diff).toContainText("-FROM ubuntu:20.04");
  await expect(diff).toContainText(`+FROM ${migrated} AS runtime`);
});

test("Use these answers fills the questionnaire and marks what it set", async ({ page }) => {
  // axe over the whole advisor page takes a while on a busy machine.
  test.slow();
  await page.goto("/?view=check");
  await page.getByRole("textbox", { name: "Dockerfile" }).fill(SLIM);
  const inferred = page.getByRole("region", { name: "What your Dockerfile says about the app" });
  await expect(inferred).toContainText("Python 3.9 (end of life 2025-10-31), not on offer; 3.11");
  await page.getByRole("button", { name: "Use these answers" }).click();
  await expect(page.getByTestId("best-reference")).toBeVisible();
  await expect(page.getByRole("radio", { name: /^3\.11/ })).toBeChecked();
  await expect(page.getByLabel(/^Port/)).toHaveValue("5000");
  await expect(page.getByLabel(/^Start command/)).toHaveValue("python app.py");
  await expect(page.getByText("· from your Dockerfile")).toHaveCount(5);
  await expectAccessible(page, "answers from a Dockerfile");
  await page.getByRole("button", { name: "Reset", exact: true }).click();
  await expect(page.getByText("· from your Dockerfile")).toHaveCount(0);
});

test("the file travels in the permalink, compressed, and comes back", async ({ page, context }) => {
  await page.goto("/?view=check");
  await page.getByRole("textbox", { name: "Dockerfile" }).fill(SLIM);
  await expect(page.locator("[data-code=python-end-of-life]")).toBeVisible();
  await page.getByRole("button", { name: "Copy link" }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\?view=check#v=1&.*dockerfile=/);
  expect(link).not.toContain("FROM");
  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByRole("textbox", { name: "Dockerfile" })).toHaveValue(SLIM);
  await expect(other.locator("[data-code=python-end-of-life]")).toBeVisible();
  await other.close();

  await page.goto("/?view=check#v=1&dockerfile=not-lz-string%E0%A4");
  await expect(page.getByTestId("dockerfile-link-notice")).toBeVisible();
});

test("a file too long for a link says so; hostile text stays text", async ({ page }) => {
  await page.goto("/?view=check");
  let seed = 7;
  const noise = Array.from({ length: 12_000 }, () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return String.fromCharCode(33 + (seed % 90));
  }).join("");
  const hostile = `FROM python:3.13-slim-trixie\nRUN echo "<script>alert(1)</script>" # ${noise}\nCMD <img src=x onerror=alert(1)>\n`;
  await page.getByRole("textbox", { name: "Dockerfile" }).fill(hostile);
  await expect(
    page.getByText("Too long to carry in a link: shared links will leave the Dockerfile out."),
  ).toBeVisible();
  await expect(page.locator("#dockerfile-line-3")).toContainText("<img src=x onerror=alert(1)>");
  // The page's own inline boot script is there (by hash in the CSP); none holds the hostile text.
  expect(await page.locator("script", { hasText: "alert(1)" }).count()).toBe(0);
  expect(await page.locator("main img").count()).toBe(0);
  expect(new URL(page.url()).hash).not.toContain("dockerfile=");
});

test("a dropped binary file gets a clear finding, and the page keeps working", async ({ page }) => {
  await page.goto("/?view=check");
  // The prerendered advisor has a file input of its own (the requirements): wait for the check
  // view and take its input.
  const yours = page.getByRole("region", { name: "Your Dockerfile" });
  await expect(yours).toBeVisible();
  await yours.locator("input[type=file]").setInputFiles({
    name: "screenshot.png",
    mimeType: "image/png",
    buffer: Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]),
  });
  await expect(page.locator("[data-code=binary-file]")).toContainText("This is not a text file");
  await expect(page.getByTestId("findings-summary")).toHaveText("1 blocking, 0 warnings, 0 notes");
  await page.getByRole("button", { name: "Clear" }).click();
  await expect(page.getByText("The findings, the answers your file reveals")).toBeVisible();
});

test("hidden characters show as code points, and the check passes axe in both themes", async ({
  page,
}) => {
  // Two axe runs over a long page take a while on a busy machine.
  test.slow();
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/?view=check");
  const trojan =
    'FROM python:3.13-slim-trixie\nENV MODE=\u202Eevil\u202C\nUSER 10001\nCMD ["python", "-m", "report"]\n';
  await page.getByRole("textbox", { name: "Dockerfile" }).fill(trojan);
  await expect(page.locator("[data-code=hidden-characters]")).toContainText(
    "U+202E RIGHT-TO-LEFT OVERRIDE",
  );
  // The override would make "evil" display as "live"; the marks keep the order Docker reads.
  await expect(page.locator("#dockerfile-line-2")).toContainText("ENV MODE=U+202EevilU+202C");
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await expectAccessible(page, `a file with hidden characters, ${colorScheme}, 360 px`);
  }
});
