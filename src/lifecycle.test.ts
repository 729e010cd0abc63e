import { describe, expect, it } from "vitest";
import { defaultAnswers } from "./answers.ts";
import { matrixJsonSchema } from "./data/json-schema.ts";
import type { ImageEntry, Matrix } from "./data/schema.ts";
import { defaultMatrix } from "./default-matrix.ts";
import { matrixRows, matrixToCsv } from "./exports.ts";
import { candidateEnds, describeEnd, earliestEnd } from "./lifecycle.ts";
import { generateFiles, recommend } from "./recommend.ts";

const TODAY = "2026-12-01";

/** The default matrix with one image changed, so each rule can be seen on its own. */
function withImage(id: string, change: (image: ImageEntry) => void): Matrix {
  const matrix = structuredClone(defaultMatrix);
  const image = matrix.images.find((i) => i.id === id) as ImageEntry;
  change(image);
  return matrix;
}

/** python-slim with its own end given as a rule with an estimate. */
const estimated = (date: string) =>
  withImage("python-slim", (image) => {
    image.lifecycle = {
      image: {
        value: {
          rule: "the publisher stops building this variant when the next release ships",
          estimate: { date, basis: "the release cadence" },
        },
        source: image.sources[0]?.id as string,
      },
    };
  });

describe("support ends", () => {
  it("ranks by the earliest dated end and prefers a published date over an estimate on the same day", () => {
    const base = { owner: "x", unknown: false, file: "image" as const };
    const ends = [
      { ...base, kind: "distro" as const, date: "2028-06-30", estimated: false },
      { ...base, kind: "image" as const, date: "2027-06-01", estimated: true, basis: "b" },
      { ...base, kind: "python" as const, date: "2027-06-01", estimated: false },
      { ...base, kind: "image" as const, date: undefined, estimated: false, rule: "r" },
    ];
    expect(earliestEnd(ends)?.kind).toBe("python");
    expect(earliestEnd(ends.slice(0, 2))?.kind).toBe("image");
    expect(describeEnd(ends[1] as (typeof ends)[number])).toBe("around 2027-06-01 (estimate: b)");
    expect(describeEnd(ends[3] as (typeof ends)[number])).toBe("no date yet: r");
  });

  it("keeps the image's, the distro's and the Python's ends apart", () => {
    const slim = defaultMatrix.images.find((i) => i.id === "python-slim") as ImageEntry;
    expect(candidateEnds(defaultMatrix, slim, "3.12").map((e) => e.kind)).toEqual(
      expect.arrayContaining(["distro", "python"]),
    );
    // A distro's own Python is covered by the distro's end, not upstream's.
    const ubuntu = defaultMatrix.images.find((i) => i.id === "ubuntu-24.04") as ImageEntry;
    expect(candidateEnds(defaultMatrix, ubuntu, "3.12").map((e) => e.kind)).not.toContain("python");
  });

  it("warns within a year on an estimated image end and labels it as an estimate", () => {
    const matrix = estimated("2027-06-01");
    const alone = { ...matrix, images: matrix.images.filter((i) => i.id === "python-slim") };
    const result = recommend(
      { ...defaultAnswers, pythonVersion: "3.13" },
      { today: TODAY, matrix: alone },
    );
    expect(result.best.id).toBe("python-slim");
    expect(result.best.criteria.maintenance?.score).toBeLessThanOrEqual(2);
    const warning = result.warnings.find((w) => w.code === "image-ends-soon");
    expect(warning?.message).toMatch(/around 2027-06-01.*an estimate: the release cadence/);
    const files = generateFiles(
      "python-slim",
      { ...defaultAnswers, pythonVersion: "3.13" },
      { today: TODAY, matrix: estimated("2027-06-01") },
    );
    expect(files?.Dockerfile).toMatch(/# Security fixes until around 2027-06-01, an estimate/);
  });

  it("excludes a candidate whose estimated end has passed, saying it was an estimate", () => {
    const result = recommend(
      { ...defaultAnswers, pythonVersion: "3.13" },
      { today: TODAY, matrix: estimated("2026-11-01") },
    );
    const slim = result.ranked.find((r) => r.id === "python-slim");
    expect(slim?.excluded?.join(" ")).toMatch(/around 2026-11-01 \(an estimate/);
  });

  it("labels an estimate in the matrix row, the CSV and the JSON Schema", () => {
    const matrix = estimated("2027-06-01");
    const row = matrixRows(matrix).find((r) => r.id === "python-slim");
    expect(row?.securityUpdatesUntil).toBe("2027-06-01 (estimate)");
    expect(row?.securityUpdatesBasis).toMatch(/estimate: the release cadence/);
    expect(matrixToCsv(matrix)).toMatch(/2027-06-01 \(estimate\)/);
    expect(matrixJsonSchema()).toMatch(/not a published date: show it labelled as an estimate/);
  });
});
