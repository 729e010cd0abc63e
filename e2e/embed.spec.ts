import { test as base, expect, type FrameLocator, type Page } from "@playwright/test";
import { Ajv2020 } from "ajv/dist/2020.js";
import { PORTS } from "../playwright.config.ts";
import { expectAccessible } from "./fixtures.ts";

// The host page loads embed.js from the app origin named in ?app= (the port moves with E2E_PORT_BASE).
const HOST = `http://127.0.0.1:${PORTS.host}/?app=${PORTS.app}`;
const APP_ORIGIN = `http://127.0.0.1:${PORTS.app}`;

/** Console errors and uncaught exceptions fail the test; requests may go to the app and the host only. */
const test = base.extend<{ guard: undefined }>({
  guard: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on(
        "console",
        (m) => m.type() === "error" && problems.push(`console error: ${m.text()}`),
      );
      page.on("pageerror", (e) => problems.push(`uncaught: ${e.message}`));
      page.on("request", (r) => {
        const origin = new URL(r.url()).origin;
        if (
          ![
            APP_ORIGIN,
            `http://127.0.0.1:${PORTS.host}`,
            `http://127.0.0.1:${PORTS.subPath}`,
          ].includes(origin) &&
          !r.url().startsWith("blob:")
        )
          problems.push(`request left: ${r.url()}`);
      });
      await use(undefined);
      expect(problems).toEqual([]);
    },
    { auto: true },
  ],
});

const IDS = ["matrix-a", "matrix-b", "matrix-c", "result-a", "result-b"] as const;

async function frameHeight(page: Page, id: string): Promise<number> {
  return page.locator(`#${id} iframe`).evaluate((f) => f.getBoundingClientRect().height);
}

async function contentHeight(frame: FrameLocator): Promise<number> {
  return frame.locator("html").evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
}

test("two embeds of each view on one page size themselves to their content", async ({ page }) => {
  await page.goto(HOST);
  await expect(page.locator("iframe")).toHaveCount(IDS.length);
  for (const id of IDS) {
    const frame = page.frameLocator(`#${id} iframe`);
    await expect(
      frame.locator(id.startsWith("matrix") ? "table" : "[data-testid=best-reference]"),
    ).toBeVisible();
    await expect
      .poll(async () => Math.abs((await frameHeight(page, id)) - (await contentHeight(frame))))
      .toBeLessThanOrEqual(1);
  }
  const matrix = page.frameLocator("#matrix-a iframe");
  await expect(matrix.locator("[data-testid^=matrix-row-]")).toHaveCount(21);
  await expect(page.frameLocator("#result-a iframe").getByTestId("best-reference")).toContainText(
    "3.12",
  );
  await expect(
    page.frameLocator("#result-b iframe").getByRole("region", { name: "Dockerfile" }),
  ).toContainText("USER");
  // Both views say how old their data is (the engine's data-age warning).
  const dataAge = /Data read \d{4}-\d{2}-\d{2} \(its oldest source\)/;
  await expect(matrix.getByText(dataAge)).toBeVisible();
  await expect(page.frameLocator("#result-a iframe").getByText(dataAge)).toBeVisible();
  // Filtering shrinks the matrix, and its frame follows.
  const before = await frameHeight(page, "matrix-a");
  await matrix.getByLabel("Hide end of life").check();
  await expect.poll(() => frameHeight(page, "matrix-a")).toBeLessThan(before);
  expect(await page.evaluate(() => window.location.href)).toBe(HOST);
});

test("a message from another origin or another frame is ignored", async ({ page }) => {
  await page.goto(HOST);
  for (const id of IDS) {
    await page.locator(`#${id}`).scrollIntoViewIfNeeded();
    await expect(
      page
        .frameLocator(`#${id} iframe`)
        .locator(id.startsWith("matrix") ? "table" : "[data-testid=best-reference]"),
    ).toBeVisible();
  }
  const heights = Object.fromEntries(
    await Promise.all(IDS.map(async (id) => [id, await frameHeight(page, id)] as const)),
  );
  // The host page itself (another origin than the frames) claims a height.
  await page.evaluate(() =>
    window.postMessage({ type: "base-image-advisor:height", height: 7 }, "*"),
  );
  // One frame claims a height: only that frame may change.
  const resultFrame = page.frames().find((f) => f.url().includes("view=result"));
  await resultFrame?.evaluate(() =>
    window.parent.postMessage({ type: "base-image-advisor:height", height: 1234 }, "*"),
  );
  const changed = IDS.find((id) => id.startsWith("result"));
  await expect
    .poll(async () => {
      const now = await Promise.all(IDS.map((id) => frameHeight(page, id)));
      return now.filter((h) => h === 1234).length;
    })
    .toBe(1);
  for (const id of IDS) {
    const now = await frameHeight(page, id);
    if (now !== 1234) expect(now, id).toBe(heights[id]);
  }
  expect(changed).toBeDefined();
  for (const id of IDS) expect(await frameHeight(page, id)).not.toBe(7);
});

test("the loader passes the matrix's sort and filter; the frame opens that way", async ({
  page,
}) => {
  await page.goto(HOST);
  await page.locator("#matrix-c").scrollIntoViewIfNeeded();
  const frame = page.frameLocator("#matrix-c iframe");
  await expect(frame.getByLabel("Only glibc")).toBeChecked();
  await expect(frame.getByRole("columnheader", { name: "Base size" })).toHaveAttribute(
    "aria-sort",
    "ascending",
  );
  await expect(frame.locator("[data-testid^=matrix-row-dhi-python-alpine]")).toHaveCount(0);
  await expect(frame.locator("[data-testid^=matrix-row-]").first()).toHaveAttribute(
    "data-testid",
    "matrix-row-ubuntu-20.04",
  );
});

test("in a 720 px docs frame the matrix fits without scrolling sideways", async ({ page }) => {
  // Three page loads and two axe runs over the whole matrix: up to a quarter of the default
  // timeout with one core busy.
  test.slow();
  // A plain 720 px iframe on the docs host (another origin), as a wiki page would hold it.
  await page.goto(HOST);
  await page.evaluate((src) => {
    const frame = document.createElement("iframe");
    frame.id = "docs-720";
    frame.src = src;
    frame.width = "720";
    frame.height = "900";
    frame.title = "Base image matrix";
    document.body.prepend(frame);
  }, `${APP_ORIGIN}/embed.html?view=matrix`);
  const frame = page.frameLocator("#docs-720");
  await expect(frame.locator("[data-testid^=matrix-row-]")).toHaveCount(21);
  const overflow = await frame.locator("html").evaluate((html) => {
    const region = document.querySelector("[aria-label='Matrix table']") as HTMLElement;
    return {
      page: html.scrollWidth - html.clientWidth,
      table: region.scrollWidth - region.clientWidth,
    };
  });
  expect(overflow).toEqual({ page: 0, table: 0 });
  // The frame's page on its own, at the frame's width, light and dark.
  await page.setViewportSize({ width: 720, height: 900 });
  for (const theme of ["light", "dark"]) {
    await page.goto(`${APP_ORIGIN}/embed.html?view=matrix&theme=${theme}`);
    await expect(page.locator("[data-testid^=matrix-row-]")).toHaveCount(21);
    await expectAccessible(page, `matrix embed, 720 px, ${theme}`);
  }
});

test("an embedded result says which answers it is for, shows its notes, and says when the matrix changed", async ({
  page,
}) => {
  await page.goto(
    `${APP_ORIGIN}/embed.html?view=result#v=1&data=2020.01.01&best=ubuntu-20.04&python=3.12&kind=worker&cmd=python+-m+jobs&login=0`,
  );
  await expect(page.getByTestId("embed-answers")).toContainText(
    "For: Python 3.12 · compiled packages with wheels · debugging now and then",
  );
  await expect(page.getByTestId("embed-answers")).toContainText(
    "background worker · no registry login",
  );
  await expect(page.getByTestId("link-notice")).toContainText(
    "The matrix changed since this link was made (data 2020.01.01, now",
  );
  await expect(page.getByTestId("link-notice")).toContainText(
    "it recommended Ubuntu 20.04 LTS (focal) with its own Python 3.8, and now recommends",
  );
  await expectAccessible(page, "embedded result with a changed-matrix notice");
  await page.goto(
    `${APP_ORIGIN}/embed.html?view=result#v=1&security=strict&size=minimal&debug=occasional`,
  );
  // Info notes are shown in the embed too (here: how to look inside a shell-less image).
  await expect(page.locator("[data-severity=info]").first()).toBeVisible();
});

test("the embed pages accept a theme", async ({ page }) => {
  await page.goto(`${APP_ORIGIN}/embed.html?view=matrix&theme=dark`);
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).not.toBe("rgb(248, 250, 252)");
});

test("exports download and parse: CSV rows are the candidates, JSON matches the schema", async ({
  page,
  request,
}) => {
  await page.goto(`${APP_ORIGIN}/?view=matrix`);
  const csvDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download CSV" }).click();
  const csv = await (await csvDownload).createReadStream().then(async (s) => {
    const chunks: Buffer[] = [];
    for await (const c of s) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  });
  const lines = csv.trim().split("\r\n");
  expect(lines.length - 1).toBe(21);
  const jsonDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download JSON" }).click();
  const path = await (await jsonDownload).path();
  const { readFileSync } = await import("node:fs");
  const json = JSON.parse(readFileSync(path, "utf8"));
  const schema = await (await request.get(`${APP_ORIGIN}/matrix.schema.json`)).json();
  const validate = new Ajv2020({ strict: false }).compile(schema);
  expect(validate(json)).toBe(true);
  for (const file of ["matrix.md", "matrix.csv", "matrix.json"])
    expect((await request.get(`${APP_ORIGIN}/${file}`)).ok()).toBe(true);
});

test("a sub-path build serves, and its permalinks and embeds work there", async ({
  page,
  context,
}) => {
  const base = `http://127.0.0.1:${PORTS.subPath}/advisor/`;
  await page.goto(`${base}#v=1&python=3.12`);
  await expect(page.getByTestId("best-reference")).toContainText("3.12");
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.getByRole("button", { name: "Copy link" }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link.startsWith(`${base}#v=1&`)).toBe(true);
  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByTestId("best-reference")).toContainText("3.12");
  await other.goto(`${base}embed.html?view=result#v=1&python=3.14`);
  await expect(other.getByTestId("best-reference")).toContainText("3.14");
  expect((await page.request.get(`${base}embed.js`)).ok()).toBe(true);
});
