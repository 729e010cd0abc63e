import { expect, expectAccessible, openAdvisor, test } from "./fixtures.ts";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

const ARTICLE_312 =
  "v=1&python=3.12&port=5000&health=/health&cmd=python+app.py&req=GYGwhgzg1gvDBMA6AzCgUAJwKYEcCuWEALhHEsgIyIAMaAdngLYAOAnnFfACzrNh0ATSGRrogA";

test("a result that won't build shows a verdict, not a score, and its fixes apply with undo", async ({
  page,
}) => {
  await openAdvisor(page, ARTICLE_312);
  await expect(page.getByTestId("verdict-blocked")).toHaveText("Won't build as pinned: 2 packages");
  await expect(
    page.getByRole("heading", { name: "Won't build as pinned: 2 packages" }),
  ).toBeVisible();
  const files = page.getByRole("region", { name: "Generated files" });
  await expect(files.getByText(/^Line \d+ fails/)).toContainText("numpy==1.24.3 has no wheel");
  await expect(page.locator("[data-failing]")).toHaveText(/pip install -r requirements\.txt/);
  await expect(files.getByRole("button", { name: "Copy anyway" })).toBeVisible();
  await expect(files.getByRole("button", { name: "Download anyway" })).toBeVisible();
  await expectAccessible(page, "blocked result");

  await page.getByRole("button", { name: "Use Python 3.11, where every pin installs" }).click();
  await expect(page.getByTestId("verdict-blocked")).toHaveCount(0);
  await expect(page.getByText(/^Applied:/)).toContainText("Use Python 3.11");
  await expect(page.getByRole("button", { name: "Copy Dockerfile" })).toBeVisible();
  // The best may change with the Python (an image that installs a versioned Python package
  // keeps its tag): the Dockerfile says which Python it runs.
  await expect(page.getByRole("region", { name: "Dockerfile" }).first()).toContainText("3.11");

  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByTestId("verdict-blocked")).toHaveText("Won't build as pinned: 2 packages");
  await expect(page.getByTestId("best-reference")).toHaveText(/3\.12/);

  await page.getByRole("button", { name: "Pin numpy==1.26.2 and pandas==2.1.1" }).click();
  await expect(page.getByLabel("Requirements (optional)")).toHaveValue(
    "flask==2.3.3\nrequests==2.31.0\nnumpy==1.26.2\npandas==2.1.1\n",
  );
  await expect(page.getByTestId("verdict-blocked")).toHaveCount(0);
});

test("the install-project decision shows next to its question", async ({ page }) => {
  await openAdvisor(page);
  const command = page.getByLabel("Start command", { exact: true });
  await command.fill("mytool serve");
  await expect(page.getByTestId("install-decision")).toContainText(
    "Automatic: installs the project.",
  );
  await expect(page.getByRole("region", { name: "Dockerfile" }).first()).toContainText(
    "pip install --no-deps .",
  );
  await command.fill("python app.py");
  await expect(page.getByTestId("install-decision")).toContainText("Automatic: dependencies only.");
  await expectAccessible(page, "install decision");
});

test("mirrors for other registries are checked before they reach a FROM", async ({ page }) => {
  await openAdvisor(page, "v=1&tool=uv");
  const field = page.getByLabel("Mirrors for other registries (optional)");
  await field.fill("ghcr.io registry.example.internal/ghcr/");
  await expect(page.getByText("line 1: expected host = mirror.")).toBeVisible();
  await field.fill("ghcr.io = registry.example.internal/ghcr/");
  await expect(page.getByRole("region", { name: "Dockerfile" }).first()).toContainText(
    "COPY --from=registry.example.internal/ghcr/astral-sh/uv",
  );
});
