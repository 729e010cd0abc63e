/**
 * The answer first: the verdict where the eye lands on every width, reasons that name images,
 * warnings below it, the keyboard path (skip link, visible focus everywhere), and the small things.
 */
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";
import LZString from "lz-string";
import { imageIdIn as idIn } from "../src/test-support/image-ids.ts";
import { dockerfileText, expect, expectAccessible, openAdvisor, test } from "./fixtures.ts";

/** The article's app on Python 3.12, as a link: two blocking warnings, a warning and two notes (an advisory and the data's age). */
const ARTICLE_LINK = `v=1&python=3.12&port=5000&health=/health&cmd=python+app.py&req=${LZString.compressToEncodedURIComponent(
  "flask==2.3.3\nrequests==2.31.0\nnumpy==1.24.3\npandas==2.0.3\n",
)}`;

async function bottomOf(page: Page, testId: string): Promise<number> {
  const box = await page.getByTestId(testId).boundingBox();
  return box ? box.y + box.height : Number.POSITIVE_INFINITY;
}

test.describe("the verdict at 1280x800", () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  test("image name and reference sit in the top 600 px, above five warnings", async ({ page }) => {
    await openAdvisor(page, ARTICLE_LINK);
    // Blocking problems come first, in their own panel with the Dockerfile line each fails at;
    // the other warnings follow.
    await expect(page.locator("[data-severity]")).toHaveCount(5);
    await expect(
      page.getByRole("region", { name: "Warnings" }).locator("[data-severity]"),
    ).toHaveCount(3);
    expect(await bottomOf(page, "best-name")).toBeLessThanOrEqual(600);
    expect(await bottomOf(page, "best-reference")).toBeLessThanOrEqual(600);
    await expect(page.getByTestId("best-reference")).toHaveText("python:3.12-slim-trixie");
    // The verdict comes before the warnings, which come ordered: blocking, warning, note.
    const verdictBottom = await bottomOf(page, "verdict");
    const firstWarning = await page.locator("[data-severity]").first().boundingBox();
    expect(firstWarning?.y ?? 0).toBeGreaterThan(verdictBottom);
    const severities = await page
      .locator("[data-severity]")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-severity")));
    expect(severities).toEqual(["blocking", "blocking", "warning", "info", "info"]);
    await expectAccessible(page, "verdict with five warnings, desktop");
  });

  test("warnings fold: a blocking one starts open with its fix, the others open on demand", async ({
    page,
  }) => {
    await openAdvisor(page, ARTICLE_LINK);
    const blocking = page.locator("[data-severity=blocking]").first();
    await expect(blocking.getByText("Use numpy>=1.26 or Python 3.11.")).toBeVisible();
    const note = page.locator("[data-severity=info]").first();
    const fix = note.getByText(/run pip-audit/);
    await expect(fix).toBeHidden();
    await note.locator("summary").click();
    await expect(fix).toBeVisible();
  });
});

test.describe("the verdict at 360x740", () => {
  test.use({ viewport: { width: 360, height: 740 } });
  test("a permalink opens on the verdict: name and reference on the first screen with five warnings", async ({
    page,
  }) => {
    await openAdvisor(page, ARTICLE_LINK);
    await expect(page.locator("[data-severity]")).toHaveCount(5);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await bottomOf(page, "best-name")).toBeLessThanOrEqual(740);
    expect(await bottomOf(page, "best-reference")).toBeLessThanOrEqual(740);
    // Before the questions, not 5,000 px below them.
    const questions = await page.getByRole("form", { name: "Questionnaire" }).boundingBox();
    expect(await bottomOf(page, "verdict")).toBeLessThan(questions?.y ?? 0);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await expectAccessible(page, "verdict with five warnings, 360 px");
  });

  test("while the questions are answered, a bar keeps the current verdict in sight", async ({
    page,
  }) => {
    await openAdvisor(page);
    const dock = page.getByRole("region", { name: "Current recommendation" });
    await expect(dock).toBeHidden();
    await page.getByRole("group", { name: "Size priority" }).scrollIntoViewIfNeeded();
    await expect(dock).toBeVisible();
    await expect(dock).toContainText("python:3.13-slim-trixie");
    await page.getByRole("group", { name: "Debugging in production" }).getByText("Never").click();
    await page.getByRole("group", { name: "Size priority" }).getByText("Minimal").click();
    await page.getByRole("group", { name: "Security priority" }).getByText("Strict").click();
    await expect(dock).not.toContainText("python:3.13-slim-trixie");
    await dock.getByRole("button", { name: "See why" }).click();
    await expect(page.getByTestId("verdict")).toBeInViewport();
    await expect(dock).toBeHidden();
  });

  test("file tabs sit two by two, none alone on a row", async ({ page }) => {
    await openAdvisor(page);
    const tabs = page.getByRole("tablist", { name: "Generated files: files" }).getByRole("tab");
    await expect(tabs).toHaveCount(4);
    // The files section is laid out only near the viewport (content-visibility: auto), as a reader
    // reaches it: measure it there.
    await tabs.first().scrollIntoViewIfNeeded();
    const tops = await tabs.evaluateAll((els) =>
      els.map((e) => Math.round(e.getBoundingClientRect().top)),
    );
    const rows = new Map<number, number>();
    for (const top of tops) rows.set(top, (rows.get(top) ?? 0) + 1);
    expect([...rows.values()]).toEqual([2, 2]);
  });
});

test("the reasons name images, never ids: verdict, why it won, alternatives, exclusions", async ({
  page,
}) => {
  await openAdvisor(page, ARTICLE_LINK);
  const runnerUp = "Docker Hardened Image Python, Debian 13";
  await expect(page.getByTestId("verdict")).toContainText(`Runner-up: ${runnerUp}`);
  const why = page.getByRole("region", { name: "Why it won" });
  await expect(why.getByRole("listitem").first()).toContainText(`for ${runnerUp}:`);
  await expect(page.getByTestId("verdict-reasons")).toContainText("a shell and apt to debug with");
  const texts = await Promise.all(
    [
      page.getByTestId("verdict"),
      why,
      page.getByRole("region", { name: "Alternatives, and why they lost" }),
      page.getByRole("region", { name: /^Excluded/ }),
      page.getByRole("region", { name: "What would change the winner" }),
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a person reads; textContent runs words of adjacent elements together.
    ].map((region) => region.innerText()),
  );
  for (const text of texts) expect(idIn(text), text.slice(0, 200)).toBeUndefined();
  // Exclusions are grouped: a shared reason once, and the Python each verdict is about.
  const excluded = page.getByRole("region", { name: /^Excluded/ });
  await expect(excluded.getByText("Does not offer Python 3.12", { exact: false })).toHaveCount(1);
  await expect(excluded).toContainText(
    "Ubuntu 26.04 LTS (resolute) with its own Python 3.14: offers 3.14",
  );
  await expect(excluded).not.toContainText("numpy==1.24.3");
  await expect(excluded.getByText("end of life", { exact: true })).toHaveCount(0);
});

/**
 * Tabs through every stop of the page once, from the skip link back round, and lists the stops
 * that show no outline (a visually hidden input counts its label's).
 */
async function stopsWithoutOutline(
  page: Page,
  skipLabel: string,
): Promise<{ stops: number; problems: string[] }> {
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: skipLabel })).toBeFocused();
  const problems: string[] = [];
  let stops = 1;
  // One read per stop, after each Tab: whether focus has come round to the skip link again, and
  // whether the focused element shows an outline.
  const read = (label: string | null) =>
    page.evaluate((skip) => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return { done: true, ok: true, what: "" };
      if (skip !== null && el.textContent === skip) return { done: true, ok: true, what: "" };
      const box = el.getBoundingClientRect();
      const shown = box.width <= 1 || box.height <= 1 ? (el.closest("label") ?? el) : el;
      const style = getComputedStyle(shown);
      const ok = style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) >= 1;
      const what = `${el.tagName.toLowerCase()} "${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 40)}"`;
      return { done: false, ok, what };
    }, label);
  // The skip link itself: its outline too.
  const first = await read(null);
  if (!first.ok) problems.push(first.what);
  for (; stops < 400; stops++) {
    await page.keyboard.press("Tab");
    const seen = await read(skipLabel);
    if (seen.done) break;
    if (!seen.ok) problems.push(seen.what);
  }
  return { stops, problems };
}

test("the skip link is the first tab stop, and every focusable element shows an outline", async ({
  page,
}) => {
  await openAdvisor(page, ARTICLE_LINK);
  const advisor = await stopsWithoutOutline(page, "Skip to the recommendation");
  expect(advisor.problems).toEqual([]);
  expect(advisor.stops).toBeGreaterThan(40);
});

test("the matrix view: skip link first, every stop outlined, and the check names a button without one", async ({
  page,
}) => {
  await page.goto("/?view=matrix");
  await expect(page.locator("[data-testid^=matrix-row-]").first()).toBeVisible();
  const matrix = await stopsWithoutOutline(page, "Skip to the matrix");
  expect(matrix.problems).toEqual([]);
  expect(matrix.stops).toBeGreaterThan(20);
  // The check can fail: with the buttons' outline taken away, it names them.
  await page.reload();
  await expect(page.locator("[data-testid^=matrix-row-]").first()).toBeVisible();
  // Through the CSS object model: the page's CSP (rightly) refuses an added style element.
  await page.evaluate(() => {
    for (const button of document.querySelectorAll<HTMLElement>(".btn"))
      button.style.setProperty("outline", "none", "important");
  });
  const broken = await stopsWithoutOutline(page, "Skip to the matrix");
  expect(broken.problems).toContain('button "Download CSV"');
});

test("Copy link keeps its width when it says Copied, so its neighbours stay put", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openAdvisor(page);
  const copy = page.getByRole("button", { name: "Copy link" });
  const embed = page.getByRole("button", { name: "Embed", exact: true });
  const before = [await copy.boundingBox(), await embed.boundingBox()];
  await copy.click();
  await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();
  const after = [
    await page.getByRole("button", { name: "Copied" }).boundingBox(),
    await embed.boundingBox(),
  ];
  expect(after[0]?.width).toBe(before[0]?.width);
  expect(after[1]?.x).toBe(before[1]?.x);
});

test("Python version chips keep their dates on one line", async ({ page }) => {
  await openAdvisor(page);
  const helps = page.getByRole("group", { name: "Python version" }).locator("label span.text-xs");
  await expect(helps).toHaveCount(6);
  const heights = await helps.evaluateAll((els) =>
    els.map((e) => ({
      text: e.textContent,
      lines: e.getClientRects().length,
      height: e.getBoundingClientRect().height,
    })),
  );
  const lineHeight = Math.min(...heights.map((h) => h.height));
  for (const h of heights) expect(h.height, h.text ?? "").toBeLessThan(lineHeight * 1.5);
});

test("Download all gives one zip with every file, README.Docker.md among them", async ({
  page,
}) => {
  await openAdvisor(page);
  const shown = await dockerfileText(page);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download all (.zip)" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("python-3.13-slim-trixie-files.zip");
  const entries = unzipSync(new Uint8Array(readFileSync(await file.path())));
  expect(Object.keys(entries).sort()).toEqual([
    ".dockerignore",
    "Dockerfile",
    "README.Docker.md",
    "compose.yaml",
  ]);
  expect(strFromU8(entries.Dockerfile as Uint8Array).trim()).toBe(shown);
  expect(strFromU8(entries["README.Docker.md"] as Uint8Array)).toContain("docker build -t app .");
  await page.getByRole("tab", { name: "README.Docker.md" }).click();
  await expect(page.getByRole("region", { name: "README.Docker.md" })).toContainText(
    "python:3.13-slim-trixie",
  );
});
