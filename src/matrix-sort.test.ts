import { describe, expect, it } from "vitest";
import { defaultMatrix } from "./default-matrix.ts";
import { matrixRows } from "./exports.ts";
import { viewMatrixRows } from "./matrix-sort.ts";
import { defaultMatrixView, sortsDescendingFirst } from "./matrix-view.ts";

const ROWS = matrixRows(defaultMatrix);
const view = (over: Partial<typeof defaultMatrixView>) => ({ ...defaultMatrixView, ...over });

describe("viewMatrixRows", () => {
  it("keeps every row, by name, in the default view", () => {
    const rows = viewMatrixRows(ROWS, defaultMatrixView);
    expect(rows).toHaveLength(ROWS.length);
    const names = rows.map((r) => r.name.toLowerCase());
    expect(names).toEqual([...names].sort());
  });

  it("keeps only what each filter names", () => {
    const rows = viewMatrixRows(ROWS, view({ filters: ["supported", "glibc", "shell", "public"] }));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(ROWS.length);
    for (const r of rows) {
      expect(r.status).toBe("supported");
      expect(r.libc).toBe("glibc");
      expect(r.shell).toBe("yes");
      expect(r.login).toBe("no");
    }
  });

  it("sorts scores 5 to 1 when descending, and sizes smallest first with unknown sizes last", () => {
    const bySecurity = viewMatrixRows(ROWS, view({ sort: "security", descending: true }));
    const scores = bySecurity.map((r) => r.scores.security?.score ?? 0);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const descending of [false, true]) {
      const bySize = viewMatrixRows(ROWS, view({ sort: "size", descending }));
      const firstUnknown = bySize.findIndex((r) => r.sizeMb === "unknown");
      expect(firstUnknown).toBeGreaterThan(0);
      expect(bySize.slice(firstUnknown).every((r) => r.sizeMb === "unknown")).toBe(true);
      const sizes = bySize.slice(0, firstUnknown).map((r) => Number.parseFloat(r.sizeMb));
      expect(sizes).toEqual([...sizes].sort((a, b) => (descending ? b - a : a - b)));
    }
  });

  it("starts each column best first", () => {
    expect(sortsDescendingFirst("name")).toBe(false);
    expect(sortsDescendingFirst("size")).toBe(false);
    expect(sortsDescendingFirst("eol")).toBe(true);
    expect(sortsDescendingFirst("security")).toBe(true);
  });
});
