/**
 * Family-specific details a review found wrong: which distros' Pythons PEP 668 applies to, the
 * Alpine package that carries libpq's headers, and the pip cache on UBI.
 */
import { describe, expect, it } from "vitest";
import { type Answers, defaultAnswers } from "../answers.ts";
import { generateFiles } from "../recommend.ts";
import { stages } from "../test-support/dockerfile.ts";

const TODAY = "2026-11-27";
const dockerfile = (id: string, over: Partial<Answers> = {}) =>
  generateFiles(id, { ...defaultAnswers, ...over }, { today: TODAY })?.Dockerfile ?? "";

describe("PEP 668 in the distro headers", () => {
  it.each([
    ["ubuntu-20.04", "3.10", false],
    ["ubuntu-22.04", "3.10", false],
    ["ubuntu-24.04", "3.12", true],
    ["ubuntu-26.04", "3.14", true],
    ["debian-13-slim", "3.13", true],
  ])("%s on Python %s mentions PEP 668: %s", (id, pythonVersion, applies) => {
    const text = dockerfile(id as string, { pythonVersion: pythonVersion as string });
    expect(text.includes("PEP 668")).toBe(applies);
    // Either way the app gets its own virtual environment.
    expect(text).toMatch(/-m venv \/opt\/venv/);
  });
});

describe("Alpine headers for psycopg2", () => {
  it("installs libpq-dev, not postgresql-dev (which pulls in clang and llvm)", () => {
    const text = dockerfile("python-alpine", { requirements: "psycopg2==2.9.10\n" });
    const build =
      stages(text)[0]
        ?.instructions.map((i) => i.args)
        .join("\n") ?? "";
    expect(build).toMatch(/apk add --no-cache .*\blibpq-dev\b/);
    expect(text).not.toMatch(/postgresql-dev/);
  });
});

describe("UBI's pip cache", () => {
  it("unsets PIP_NO_CACHE_DIR, which the image sets and which disables pip's cache whatever its value", () => {
    const text = dockerfile("ubi9-python", {
      pythonVersion: "3.12",
      size: "relaxed",
      security: "standard",
    });
    expect(text).toMatch(
      /RUN --mount=type=cache,target=\/root\/\.cache\/pip \\\n\s+env -u PIP_NO_CACHE_DIR \/opt\/venv\/bin\/pip install -r requirements\.txt/,
    );
  });
});
