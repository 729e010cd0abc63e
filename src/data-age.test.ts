import { describe, expect, it } from "vitest";
import { defaultAnswers } from "./answers.ts";
import type { Matrix, Source } from "./data/schema.ts";
import { dataAgeWarning, dataReadDate } from "./data-age.ts";
import { defaultMatrix } from "./default-matrix.ts";
import { recommend } from "./recommend.ts";

/** The default matrix with every source read on `read`, and one image's sources on `imageRead`. */
function matrixRead(read: string, imageRead = read, status?: "end-of-life"): Matrix {
  const dated = (sources: Source[], day = read) => sources.map((s) => ({ ...s, read: day }));
  return {
    ...defaultMatrix,
    images: defaultMatrix.images.map((image, i) => ({
      ...image,
      ...(i === 0 && status ? { status } : {}),
      sources: dated(image.sources, i === 0 ? imageRead : read),
    })),
    distroSources: dated(defaultMatrix.distroSources),
    pythonSources: dated(defaultMatrix.pythonSources),
    toolSources: dated(defaultMatrix.toolSources),
    packages: defaultMatrix.packages.map((p) => ({ ...p, sources: dated(p.sources) })),
  };
}

describe("data age", () => {
  it("is the oldest read date among the facts in use, so no stale fact hides behind a fresh one", () => {
    expect(dataReadDate(matrixRead("2027-01-10", "2026-12-01"))).toBe("2026-12-01");
    expect(dataReadDate(matrixRead("2027-01-10", "2027-01-20"))).toBe("2027-01-10");
  });

  it("leaves end-of-life images out: they record history, which does not go stale", () => {
    expect(dataReadDate(matrixRead("2027-01-10", "2025-06-01", "end-of-life"))).toBe("2027-01-10");
  });

  it("is a note up to 90 days, then a warning with what to do", () => {
    const matrix = matrixRead("2026-11-27");
    expect(dataAgeWarning(matrix, "2026-11-27")).toEqual({
      code: "data-age",
      severity: "info",
      message: "Data read 2026-11-27 (its oldest source), today.",
    });
    expect(dataAgeWarning(matrix, "2026-11-28").message).toContain(", 1 day ago.");
    expect(dataAgeWarning(matrix, "2027-02-25")).toMatchObject({ severity: "info" });
    const old = dataAgeWarning(matrix, "2027-02-26");
    expect(old.severity).toBe("warning");
    expect(old.message).toContain("Data read 2026-11-27 (its oldest source), 91 days ago.");
    expect(old.fix).toContain("npm run refresh");
    expect(dataAgeWarning(matrix, "2026-11-01").message).toContain(
      "after today's date (2026-11-01)",
    );
  });

  it("comes with every recommendation, for the matrix it was given", () => {
    const matrix = matrixRead("2026-11-27");
    const result = recommend(defaultAnswers, { today: "2027-06-01", matrix });
    const ages = result.warnings.filter((w) => w.code === "data-age");
    expect(ages).toEqual([dataAgeWarning(matrix, "2027-06-01")]);
    // Most severe first: past 90 days it stands with the warnings, ahead of every note.
    const rank = { blocking: 0, warning: 1, info: 2 };
    const ranks = result.warnings.map((w) => rank[w.severity]);
    expect(ranks).toEqual([...ranks].sort());
    expect(ages[0]?.severity).toBe("warning");
  });
});
