/**
 * Each kind of broken data file fails the validator the build calls, with a message that starts
 * with the file and the field.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, readDataFiles } from "../../scripts/data-files.ts";
import { validateData } from "./validate.ts";

const real = readDataFiles();
const ALPINE = "data/images/python-alpine.json";

type Json = Record<string, unknown>;
/** The real data with one file changed. */
function withFile(path: string, change: (json: Json) => unknown): Map<string, string> {
  const files = new Map(real);
  files.set(path, JSON.stringify(change(JSON.parse(real.get(path) as string) as Json)));
  return files;
}
function errorsOf(files: Map<string, string>): string[] {
  const result = validateData(files);
  expect(result.matrix).toBeNull();
  return result.errors;
}

// Each data mutation validates the whole matrix again: an explicit timeout for the set.
describe("validateData", { timeout: 30_000 }, () => {
  it("accepts the real data", () => {
    const result = validateData(real);
    expect(result.errors).toEqual([]);
    expect(result.matrix?.images.length).toBeGreaterThanOrEqual(21);
  });

  it.each<[string, string, (j: Json) => unknown, string]>([
    [
      "a rating out of range",
      ALPINE,
      (j) => ({ ...j, ratings: { ...(j.ratings as Json), size: { score: 7, rationale: "x" } } }),
      `${ALPINE}: ratings.size.score: expected 1-5, got 7`,
    ],
    [
      "a value of the wrong type",
      ALPINE,
      (j) => ({ ...j, libc: { value: 3, source: "x" } }),
      `${ALPINE}: libc.value:`,
    ],
    ["an unknown key", ALPINE, (j) => ({ ...j, colour: "blue" }), `${ALPINE}: colour: unknown key`],
    [
      "a missing field",
      ALPINE,
      ({ summary: _, ...rest }) => rest,
      `${ALPINE}: summary: missing (expected string)`,
    ],
    [
      "a dangling distro reference",
      ALPINE,
      (j) => ({ ...j, distro: "alpine-9.99" }),
      `${ALPINE}: distro: "alpine-9.99" is not an id in data/distros.json`,
    ],
    [
      "a date in the wrong format",
      ALPINE,
      (j) => ({
        ...j,
        sources: (j.sources as Json[]).map((s, i) => (i === 0 ? { ...s, read: "27/11/2026" } : s)),
      }),
      `${ALPINE}: sources.0.read: expected a date YYYY-MM-DD, got "27/11/2026"`,
    ],
    [
      "a date that does not exist",
      ALPINE,
      (j) => ({
        ...j,
        sources: (j.sources as Json[]).map((s, i) => (i === 0 ? { ...s, read: "2026-02-30" } : s)),
      }),
      `${ALPINE}: sources.0.read: expected a real calendar date`,
    ],
    [
      "a source that is not https",
      ALPINE,
      (j) => ({
        ...j,
        sources: (j.sources as Json[]).map((s, i) =>
          i === 0 ? { ...s, url: "http://example.com" } : s,
        ),
      }),
      `${ALPINE}: sources.0.url:`,
    ],
    [
      "a known fact without a source",
      ALPINE,
      (j) => ({ ...j, libc: { value: "musl" } }),
      `${ALPINE}: libc.source: a known value needs a source`,
    ],
    [
      "an unknown fact without a note",
      ALPINE,
      (j) => ({ ...j, libc: { value: "unknown" } }),
      `${ALPINE}: libc.note: an unknown value needs a note`,
    ],
    [
      "a citation of a missing source",
      ALPINE,
      (j) => ({ ...j, libc: { value: "musl", source: "nowhere" } }),
      `${ALPINE}: libc.source: "nowhere" is not an id in this file's sources`,
    ],
    [
      "a source nobody cites",
      ALPINE,
      (j) => ({
        ...j,
        sources: [
          ...(j.sources as Json[]),
          { id: "spare", title: "t", url: "https://example.com", read: "2026-11-27" },
        ],
      }),
      `"spare" is never cited`,
    ],
    [
      "a criterion without a rating",
      ALPINE,
      (j) => {
        const { security: _, ...ratings } = j.ratings as Json;
        return { ...j, ratings };
      },
      `${ALPINE}: ratings.security: missing`,
    ],
    [
      "a rating for an unknown criterion",
      ALPINE,
      (j) => ({ ...j, ratings: { ...(j.ratings as Json), speed: { score: 3, rationale: "x" } } }),
      `${ALPINE}: ratings.speed: not a criterion in data/criteria.json`,
    ],
    [
      "a Python version the data does not list",
      ALPINE,
      (j) => ({
        ...j,
        python: {
          ...(j.python as Json),
          versions: { value: ["3.99"], source: "official-images-python" },
        },
      }),
      `${ALPINE}: python.versions.value.0: Python 3.99 is not in data/python-releases.json`,
    ],
    [
      "an id that is not the file name",
      ALPINE,
      (j) => ({ ...j, id: "alpine" }),
      `${ALPINE}: id: expected "python-alpine" (the file name), got "alpine"`,
    ],
    [
      "two runtime variants",
      ALPINE,
      (j) => ({
        ...j,
        variants: [...(j.variants as Json[]), { ...(j.variants as Json[])[0], id: "second" }],
      }),
      `${ALPINE}: variants: expected exactly one variant with purpose "runtime", got 2`,
    ],
    [
      "a duplicate distro id",
      "data/distros.json",
      (j) => ({ ...j, distros: [...(j.distros as Json[]), (j.distros as Json[])[0]] }),
      `data/distros.json: distros: duplicate id "debian-12"`,
    ],
    [
      "a malformed data version",
      "data/meta.json",
      () => ({ dataVersion: "v2" }),
      "data/meta.json: dataVersion: expected a version such as 2026.11.27",
    ],
  ])("rejects %s", (_kind, file, change, expected) => {
    expect(errorsOf(withFile(file, change)).join("\n")).toContain(expected);
  });

  it("rejects a file that is not JSON, and a data file it does not know", () => {
    const files = new Map(real);
    files.set(ALPINE, "{ not json");
    files.set("data/extra.json", "{}");
    const errors = errorsOf(files).join("\n");
    expect(errors).toContain(`${ALPINE}: not valid JSON`);
    expect(errors).toContain("data/extra.json: not a data file the matrix knows");
  });

  it("rejects a duplicate image id", () => {
    const files = new Map(real);
    files.set("data/images/python-alpine-copy.json", real.get(ALPINE) as string);
    const errors = errorsOf(files).join("\n");
    expect(errors).toContain(
      `${ALPINE}: id: "python-alpine" is already used by data/images/python-alpine-copy.json`,
    );
  });
});

describe("npm run build", () => {
  it("fails on broken data, naming the file and the field", { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), "bia-build-"));
    try {
      for (const entry of [
        "package.json",
        "vite.config.ts",
        "tsconfig.json",
        "index.html",
        "app",
        "src",
        "data",
        "public",
        "scripts",
      ]) {
        cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
      }
      symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"));
      const file = join(dir, ALPINE);
      const json = JSON.parse(readFileSync(file, "utf8")) as {
        ratings: { size: { score: number } };
      };
      json.ratings.size.score = 7;
      writeFileSync(file, JSON.stringify(json));
      let output = "";
      try {
        execFileSync("npm", ["run", "build"], { cwd: dir, encoding: "utf8", stdio: "pipe" });
      } catch (error) {
        output = String((error as { stderr: string }).stderr);
      }
      expect(output).toContain(`${ALPINE}: ratings.size.score: expected 1-5, got 7`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
