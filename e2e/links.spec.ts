/**
 * What a link changed, said on the page: requirements cut short by a mail client, answers that
 * decide where images come from or what runs, and format versions the page cannot read.
 */
import { defaultAnswers, encodeAnswers } from "../src/index.ts";
import { expect, expectAccessible, openAdvisor, test } from "./fixtures.ts";

const REQUIREMENTS = "flask==2.3.3\nrequests==2.32.3\nnumpy==1.26.4\npandas==2.2.3\n";

test("a link whose requirements were cut short says so and keeps the rest", async ({ page }) => {
  const whole = encodeAnswers({
    ...defaultAnswers,
    pythonVersion: "3.12",
    size: "minimal",
    requirements: REQUIREMENTS,
  });
  // A mail client cut the link in the middle of the compressed requirements.
  await openAdvisor(page, whole.slice(0, whole.length - 12));
  const notice = page.getByRole("region", { name: "About this link" });
  await expect(notice).toContainText("The requirements in this link could not be read");
  await expect(page.getByRole("radio", { name: /^3\.12/ })).toBeChecked();
  await expect(page.getByRole("radio", { name: /^Minimal/ })).toBeChecked();
  const field = page.getByLabel("Requirements (optional)");
  await expect(field).toHaveValue("");
  await expect(
    page.getByText("The requirements in the link you opened could not be read"),
  ).toBeVisible();
  await expectAccessible(page, "link with cut requirements");

  // The whole link carries them, with no notice.
  await openAdvisor(page, whole);
  await expect(field).toHaveValue(REQUIREMENTS);
  await expect(page.getByTestId("link-notice")).toHaveCount(0);
});

test("a link that sets the mirror, the command and the login names them with their values", async ({
  page,
}) => {
  await openAdvisor(page, "v=1&mirror=evil.example/&cmd=python+-m+evil&login=0");
  const notice = page.getByRole("region", { name: "About this link" });
  await expect(notice).toContainText(
    "This link sets where images come from or what runs. Check these before you use the files:",
  );
  await expect(notice.getByRole("listitem")).toHaveText([
    "Registry mirror: evil.example/",
    "Start command: python -m evil",
    "Registry login is fine: no",
  ]);
  await expect(page.getByTestId("best-reference")).toHaveText(/^evil\.example\//);
  await expectAccessible(page, "link that sets the mirror and the command");
  await notice.getByRole("button", { name: "Dismiss" }).click();
  await expect(page.getByTestId("link-notice")).toHaveCount(0);
});

test("a link with an unreadable format version is not read as format 1", async ({ page }) => {
  await openAdvisor(page, "v=2.0&python=3.12&mirror=evil.example/");
  await expect(page.getByRole("region", { name: "About this link" })).toContainText(
    "This link's format version (“2.0”) is not one this tool writes",
  );
  await expect(page.getByTestId("best-reference")).toHaveText("python:3.13-slim-trixie");
});
