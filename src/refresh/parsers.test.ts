import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isDefinitionFile, parseDefinition } from "./dhi-catalog.ts";
import { parseVersionsJson } from "./docker-python-versions.ts";
import { parseProductApi, parseProductPage } from "./endoflife-date.ts";
import { parseLibraryFile } from "./official-images.ts";
import { parseSimpleProject } from "./pypi-simple.ts";
import { readManifest } from "./snapshot-manifest.ts";
import { UpstreamFormatError } from "./upstream-error.ts";

const fixture = (path: string) =>
  readFileSync(new URL(`./fixtures/${path}`, import.meta.url), "utf8");

/** The error a parser throws for a malformed fixture, which must name the file. */
function failure(parse: (file: string, text: string) => unknown, path: string): string {
  const file = `fixtures/${path}`;
  try {
    parse(file, fixture(path));
  } catch (error) {
    expect(error).toBeInstanceOf(UpstreamFormatError);
    expect((error as UpstreamFormatError).file).toBe(file);
    expect((error as Error).message.startsWith(`${file}: `)).toBe(true);
    return (error as Error).message;
  }
  throw new Error(`${path} parsed without an error`);
}

describe("endoflife.date", () => {
  it("reads release cycles from a product page's front matter, dates and flags apart", () => {
    const debian = parseProductPage(
      "endoflife.date/products/debian.md",
      fixture("upstream/endoflife.date/products/debian.md"),
    );
    expect(debian.product).toBe("debian");
    expect(debian.cycles.find((c) => c.cycle === "13")).toEqual({
      cycle: "13",
      releaseDate: "2025-08-09",
      eol: "2028-08-09",
      eoes: "2030-06-30",
    });
    expect(debian.cycles.find((c) => c.cycle === "14")?.eol).toBe(false);
  });

  it("keeps a cycle's name as written: 3.10 is not the number 3.1", () => {
    const python = parseProductPage(
      "python.md",
      fixture("upstream/endoflife.date/products/python.md"),
    );
    expect(python.cycles.map((c) => c.cycle)).toContain("3.10");
    const unquoted = "---\nreleases:\n  - releaseCycle: 3.10\n    eol: 2026-10-31\n---\n";
    expect(parseProductPage("p.md", unquoted).cycles).toEqual([
      { cycle: "3.10", eol: "2026-10-31" },
    ]);
  });

  it("reads the API v1 form to the same cycles, with the date it was generated", () => {
    const ubuntu = parseProductApi(
      "ubuntu.json",
      fixture("upstream/endoflife.date/api/v1/products/ubuntu.json"),
    );
    expect(ubuntu.generated).toBe("2027-01-09");
    expect(ubuntu.cycles.find((c) => c.cycle === "24.04")).toEqual({
      cycle: "24.04",
      releaseDate: "2024-04-25",
      eol: "2029-05-31",
      eoes: "2036-05-31",
    });
    expect(ubuntu.cycles.find((c) => c.cycle === "20.04")?.eol).toBe("2025-05-31");
  });

  it("rejects malformed pages and answers with the file and the field", () => {
    expect(failure(parseProductPage, "malformed/unclosed-front-matter.md")).toContain(
      "no closing line ---",
    );
    expect(failure(parseProductPage, "malformed/bad-eol.md")).toContain(
      'releases.0.eol: expected a date YYYY-MM-DD, got "soon"',
    );
    expect(failure(parseProductPage, "malformed/duplicate-key.md")).toMatch(
      /not valid YAML: line 5: .*unique/,
    );
    expect(failure(parseProductApi, "malformed/api-bad-date.json")).toContain(
      "result.releases.0.eolFrom",
    );
  });
});

describe("official-images library files", () => {
  const entries = parseLibraryFile(
    "library/python",
    fixture("upstream/official-images/library/python"),
  );

  it("reads each entry's tags (shared tags too) and architectures", () => {
    const slim = entries.find((e) => e.tags.includes("3.15-slim-trixie"));
    expect(slim?.tags).toContain("slim");
    expect(slim?.architectures).toEqual([
      "amd64",
      "arm32v5",
      "arm32v7",
      "arm64v8",
      "i386",
      "ppc64le",
      "riscv64",
      "s390x",
    ]);
  });

  it("gives an entry without Architectures the file's default", () => {
    const debian = parseLibraryFile(
      "library/debian",
      fixture("upstream/official-images/library/debian"),
    );
    expect(debian.find((e) => e.tags.includes("trixie-slim"))?.architectures).toEqual([
      "amd64",
      "arm64v8",
    ]);
  });

  it("rejects a line that is not a field, and an entry without tags, with the line number", () => {
    expect(failure(parseLibraryFile, "malformed/library-bad-line")).toContain(
      'line 5: expected "Key: value", got "this line has no colon"',
    );
    expect(failure(parseLibraryFile, "malformed/library-no-tags")).toContain(
      "line 3: an entry without Tags",
    );
  });
});

describe("docker-library/python versions.json", () => {
  it("reads each minor's version and variants; a -rc directory is a pre-release", () => {
    const directories = parseVersionsJson(
      "versions.json",
      fixture("upstream/docker-library-python/versions.json"),
    );
    expect(directories.map((d) => [d.minor, d.version, d.prerelease])).toEqual([
      ["3.12", "3.12.15", false],
      ["3.13", "3.13.16", false],
      ["3.16", "3.16.0b2", true],
    ]);
    expect(directories[1]?.variants).toContain("slim-bookworm");
  });

  it("rejects a directory without variants and a truncated file", () => {
    expect(failure(parseVersionsJson, "malformed/versions-no-variants.json")).toContain(
      "3.13.variants: missing",
    );
    expect(failure(parseVersionsJson, "malformed/versions-truncated.json")).toContain(
      "not valid JSON",
    );
  });
});

describe("hardened image catalog", () => {
  it("reads tags, platforms, end of life and the user a definition runs as", () => {
    const runtime = parseDefinition(
      "image/python/debian-13/3.13.yaml",
      fixture("upstream/dhi-catalog/image/python/debian-13/3.13.yaml"),
    );
    expect(runtime).toMatchObject({
      image: "dhi.io/python",
      tags: ["3.13", "3.13-debian13"],
      platforms: ["linux/amd64", "linux/arm64"],
      endOfLife: "2031-10-31",
      user: 65532,
    });
    const dev = parseDefinition(
      "dev.yaml",
      fixture("upstream/dhi-catalog/image/python/debian-13/3.13-dev.yaml"),
    );
    expect(dev.user).toBe(0);
  });

  it("leaves the user unknown when run-as names an account the file does not define", () => {
    const odd = parseDefinition(
      "a.yaml",
      fixture("upstream/dhi-catalog/image/python/alpine-3.24/3.13.yaml"),
    );
    expect(odd.user).toBeUndefined();
  });

  it("does not read info.yaml as a definition", () => {
    expect(isDefinitionFile("image/python/info.yaml")).toBe(false);
    expect(isDefinitionFile("image/python/debian-13/3.13.yaml")).toBe(true);
  });

  it("rejects a definition whose platforms is not a list, and YAML that does not parse", () => {
    expect(failure(parseDefinition, "malformed/definition-platforms-not-a-list.yaml")).toContain(
      "platforms: expected array",
    );
    expect(failure(parseDefinition, "malformed/definition-bad-yaml.yaml")).toContain(
      "not valid YAML",
    );
  });
});

describe("PyPI Simple API (JSON)", () => {
  it("reads file names, requires-python and yanked files", () => {
    const project = parseSimpleProject("pypi/cryptography.json", fixture("pypi/cryptography.json"));
    expect(project.name).toBe("cryptography");
    const yanked = project.files.find((f) => f.filename.includes("51.0.1"));
    expect(yanked).toMatchObject({ yanked: true, requiresPython: ">=3.10" });
  });

  it("rejects an API version it does not know and a file without a name", () => {
    expect(failure(parseSimpleProject, "malformed/simple-api-v2.json")).toContain(
      'meta.api-version: expected API version 1.x, got "2.0"',
    );
    expect(failure(parseSimpleProject, "malformed/simple-file-without-name.json")).toContain(
      "files.0.filename: missing",
    );
  });
});

describe("snapshot manifest", () => {
  it("reads each source's commit and date from the README table", () => {
    const reads = readManifest("README.md", fixture("upstream/README.md"));
    expect(reads["official-images"]).toEqual({
      date: "2027-01-11",
      live: false,
      commit: "2222222222222222222222222222222222222222",
    });
    expect(Object.keys(reads).sort()).toEqual([
      "dhi-catalog",
      "docker-library-python",
      "endoflife.date",
      "official-images",
    ]);
  });

  it("rejects a row whose date is not a date, and is empty without a table", () => {
    const bad =
      "| folder | commit | commit date |\n|---|---|---|\n| pypi/ | abc1234 | last week |\n";
    expect(() => readManifest("README.md", bad)).toThrow(
      'README.md: line 3: commit date for pypi: expected YYYY-MM-DD, got "last week"',
    );
    expect(readManifest("README.md", "# Just a heading\n")).toEqual({});
  });
});
