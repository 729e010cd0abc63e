import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diffLines, splitLines, unifiedDiff } from "./unified-diff.ts";

/** Length of the longest common subsequence, by dynamic programming (small inputs only). */
function lcs(a: string[], b: string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number;
      row[j] = x === b[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1] as number);
      diagonal = above;
    }
  }
  return row[b.length] as number;
}

/** Applies a unified diff to `before`, checking each context and removed line as patch does. */
function applyUnified(before: string[], diff: string): string[] {
  const out: string[] = [];
  let at = 0;
  for (const line of diff.split("\n").slice(2)) {
    const hunk = /^@@ -(\d+),(\d+) \+\d+,\d+ @@$/.exec(line);
    if (hunk) {
      const start = Number(hunk[2]) === 0 ? Number(hunk[1]) : Number(hunk[1]) - 1;
      while (at < start) out.push(before[at++] as string);
    } else if (line.startsWith(" ") || line.startsWith("-")) {
      expect(before[at]).toBe(line.slice(1));
      if (line.startsWith(" ")) out.push(line.slice(1));
      at++;
    } else if (line.startsWith("+")) out.push(line.slice(1));
  }
  while (at < before.length) out.push(before[at++] as string);
  return out;
}

const lines = fc.array(fc.constantFrom("FROM a", "RUN x", "RUN y", "", "CMD z", "USER 1"), {
  maxLength: 30,
});

describe("diffLines", () => {
  it("is a shortest edit script: it keeps a longest common subsequence", () => {
    fc.assert(
      fc.property(lines, lines, (a, b) => {
        const script = diffLines(a, b);
        const kept = script.filter((l) => l.kind === " ").map((l) => l.text);
        expect(script.filter((l) => l.kind !== "+").map((l) => l.text)).toEqual(a);
        expect(script.filter((l) => l.kind !== "-").map((l) => l.text)).toEqual(b);
        expect(kept.length).toBe(lcs(a, b));
      }),
      { numRuns: 500, seed: 7 },
    );
  });

  it("falls back to replacing everything past its edit budget, still correct", () => {
    const a = Array.from({ length: 1200 }, (_, i) => `a${i}`);
    const b = Array.from({ length: 1200 }, (_, i) => `b${i}`);
    const script = diffLines(a, b);
    expect(script.filter((l) => l.kind === "-")).toHaveLength(1200);
    expect(script.filter((l) => l.kind === "+")).toHaveLength(1200);
  });
});

describe("unifiedDiff", () => {
  it("prints hunks that patch the old file into the new one", () => {
    fc.assert(
      fc.property(lines, lines, fc.integer({ min: 0, max: 4 }), (a, b, context) => {
        const diff = unifiedDiff(
          a.map((l) => `${l}\n`).join(""),
          b.map((l) => `${l}\n`).join(""),
          { before: "a", after: "b" },
          context,
        );
        expect(diff === "" ? a : applyUnified(a, diff)).toEqual(b);
      }),
      { numRuns: 500, seed: 8 },
    );
  });

  it("reads like diff -u", () => {
    expect(
      unifiedDiff("FROM a\nRUN x\nCMD y\n", "FROM b\nRUN x\nCMD y\nUSER 1\n", {
        before: "old",
        after: "new",
      }),
    ).toBe("--- old\n+++ new\n@@ -1,3 +1,4 @@\n-FROM a\n+FROM b\n RUN x\n CMD y\n+USER 1\n");
    expect(unifiedDiff("same\n", "same", { before: "a", after: "b" })).toBe("");
    expect(splitLines("a\r\nb\rc\n")).toEqual(["a", "b", "c"]);
  });
});
