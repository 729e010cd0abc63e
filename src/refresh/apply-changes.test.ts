import { describe, expect, it } from "vitest";
import { readDataFiles } from "../../scripts/data-files.ts";
import { applyChanges, nextDataVersion } from "./apply-changes.ts";
import type { Change } from "./compare.ts";

const source = {
  id: "official-images-python-2027-01-11",
  title: "docker-library/official-images library/python, read by npm run refresh",
  url: "https://github.com/docker-library/official-images/blob/master/library/python",
  read: "2027-01-11",
};
const change = (value: unknown): Change => ({
  file: "data/images/python-slim.json",
  field: "python.versions",
  pointer: ["python", "versions"],
  kind: "fact",
  value,
  source,
});

describe("the data version after a write", () => {
  it("is today's date, or the next .N of a version that is already today's (or later)", () => {
    expect(nextDataVersion("2026.11.27", "2027-01-20")).toBe("2027.01.20");
    expect(nextDataVersion("2026.11.27", "2026-11-27")).toBe("2026.11.27.2");
    expect(nextDataVersion("2026.11.27.2", "2026-11-27")).toBe("2026.11.27.3");
    expect(nextDataVersion("2026.11.27", "2026-11-01")).toBe("2026.11.27.2");
  });
});

describe("applyChanges", () => {
  const files = readDataFiles();
  files.set("data/CHANGELOG.md", "# Data changelog\n\nIntro.\n\n## 2026.11.27\n\n- First.\n");

  it("writes nothing when the result would not validate, and says why", () => {
    const result = applyChanges(files, [change(["3.13", "3.99"])], "2027-01-20");
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors).toContain(
        "data/images/python-slim.json: python.versions.value.1: Python 3.99 is not in data/python-releases.json",
      );
  });

  it("cites the new source, drops sources nothing cites any more, and logs the change", () => {
    const result = applyChanges(files, [change(["3.13", "3.14"])], "2027-01-20");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const image = JSON.parse(result.files.get("data/images/python-slim.json") ?? "");
    expect(image.python.versions).toEqual({ value: ["3.13", "3.14"], source: source.id });
    expect(image.sources.map((s: { id: string }) => s.id)).toContain(source.id);
    const cited = JSON.stringify(image).match(/"source":"[^"]+"/g) ?? [];
    for (const s of image.sources) expect(cited).toContain(`"source":"${s.id}"`);
    expect(result.files.get("data/CHANGELOG.md")).toBe(
      "# Data changelog\n\nIntro.\n\n## 2027.01.20\n\n- Refreshed from upstream by `npm run refresh`: 1 fact changed.\n  - `data/images/python-slim.json` python.versions: 3.13, 3.14 (docker-library/official-images library/python, read 2027-01-11)\n\n## 2026.11.27\n\n- First.\n",
    );
  });

  it("changes nothing when there is nothing to change", () => {
    expect(applyChanges(files, [], "2027-01-20")).toEqual({
      ok: true,
      files: new Map(),
      dataVersion: "",
    });
  });
});
