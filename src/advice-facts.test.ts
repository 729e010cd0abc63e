/**
 * The advice that changed with the data corrections of 2026-12-01: each test pins one corrected
 * fact where a user sees it (a warning, a verdict, a generated FROM, a matrix row).
 */
import { describe, expect, it } from "vitest";
import { type Answers, defaultAnswers } from "./answers.ts";
import { defaultMatrix } from "./default-matrix.ts";
import { matrixRows } from "./exports.ts";
import { generateFiles, recommend } from "./recommend.ts";
import { analyzeRequirements } from "./requirements/analyze.ts";

const TODAY = "2026-12-01";
const answers = (over: Partial<Answers> = {}): Answers => ({ ...defaultAnswers, ...over });
const OFFICIAL_310 = /(?:^|\s|library\/)python:3\.10-/m;
const row = (id: string) => matrixRows(defaultMatrix).find((r) => r.id === id);

describe("corrected facts in the advice", () => {
  it("never gives UBI 9's Python 3.12 RHEL 9's 2032 end", () => {
    const options = { today: TODAY };
    const files = generateFiles("ubi9-python", answers({ pythonVersion: "3.12" }), options);
    expect(files?.Dockerfile).toMatch(/# Security fixes until around 2027-04-30, an estimate/);
    expect(files?.Dockerfile).not.toContain("2032");
    expect(row("ubi9-python")?.securityUpdatesUntil).toBe("2027-04-30 (estimate)");
    const only = {
      ...defaultMatrix,
      images: defaultMatrix.images.filter((i) => i.id === "ubi9-python"),
    };
    const result = recommend(answers({ pythonVersion: "3.12", size: "relaxed" }), {
      today: TODAY,
      matrix: only,
    });
    const soon = result.warnings.find((w) => w.code === "python-ends-soon");
    expect(soon?.message).toMatch(
      /Python 3\.12 in this image stops getting security fixes around 2027-04-30/,
    );
    expect(result.warnings.map((w) => w.message).join(" ")).not.toContain("2032");
  });

  it("writes no python:3.10-* tag, before or after 3.10's end of life", () => {
    for (const today of ["2026-10-01", TODAY]) {
      for (const image of defaultMatrix.images) {
        const files = generateFiles(image.id, answers({ pythonVersion: "3.10" }), { today });
        // Docker's official image, pulled directly or as library/python: not the DHI python images.
        expect(files?.Dockerfile ?? "", `${image.id} on ${today}`).not.toMatch(OFFICIAL_310);
      }
      expect(recommend(answers({ pythonVersion: "3.10" }), { today }).best.reference).not.toMatch(
        OFFICIAL_310,
      );
    }
  });

  it("ends distroless by its own rule, three months after Debian 14, labelled as an estimate", () => {
    expect(row("distroless-python3-debian13")?.securityUpdatesUntil).toBe("2027-11-09 (estimate)");
    const files = generateFiles("distroless-python3-debian13", answers(), { today: TODAY });
    expect(files?.Dockerfile).toMatch(
      /# Security fixes until around 2027-11-09, an estimate \(three months after Debian 14/,
    );
  });

  it("expects the bookworm tags to stop when Debian 14 ships, before Debian 12's LTS end", () => {
    expect(row("python-slim-bookworm")?.securityUpdatesUntil).toBe("2027-08-09 (estimate)");
    const only = {
      ...defaultMatrix,
      images: defaultMatrix.images.filter((i) => i.id === "python-slim-bookworm"),
    };
    const result = recommend(answers({ pythonVersion: "3.13" }), { today: TODAY, matrix: only });
    const soon = result.warnings.find((w) => w.code === "image-ends-soon");
    expect(soon?.message).toMatch(
      /python:3\.13-slim-bookworm will most likely stop being rebuilt around 2027-08-09/,
    );
    expect(soon?.message).toMatch(/an estimate/);
  });

  it("builds the seed article's python:3.9-slim on Debian 13, its last base", () => {
    const image = defaultMatrix.images.find((i) => i.id === "python-3.9-slim");
    expect(image?.distro).toBe("debian-13");
    expect(image?.variants[0]?.reference).toBe("python:{python}-slim-trixie");
  });

  it("finds musllinux wheels for pyarrow 24 and psycopg2-binary 2.9.11 on arm64", () => {
    const result = analyzeRequirements("pyarrow==24.0.0\npsycopg2-binary==2.9.11\n", {
      pythonVersion: "3.13",
      architectures: ["amd64", "arm64"],
    });
    for (const name of ["pyarrow", "psycopg2-binary"]) {
      const p = result.packages.find((x) => x.name === name);
      expect(p?.verdicts.musl, name).toEqual({ amd64: "wheel", arm64: "wheel" });
    }
  });

  it("pins uv and Poetry to exact releases in the generated files", () => {
    const uv = generateFiles("python-slim", answers({ packageManager: "uv" }), { today: TODAY });
    expect(uv?.Dockerfile).toContain("COPY --from=ghcr.io/astral-sh/uv:0.13.0 /uv /uvx /bin/");
    const poetry = generateFiles("python-slim", answers({ packageManager: "poetry" }), {
      today: TODAY,
    });
    expect(poetry?.Dockerfile).toContain('"poetry==2.5.0"');
  });
});
