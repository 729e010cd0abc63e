/** The candidates added on 2026-12-01: what a user sees for each, and the Bitnami note. */
import { describe, expect, it } from "vitest";
import { type Answers, defaultAnswers } from "./answers.ts";
import type { ImageEntry } from "./data/schema.ts";
import { defaultMatrix } from "./default-matrix.ts";
import { matrixToJson, matrixToMarkdown } from "./exports.ts";
import { candidateEnds, earliestEnd } from "./lifecycle.ts";
import { generateFiles, recommend } from "./recommend.ts";
import { stages } from "./test-support/dockerfile.ts";

const TODAY = "2026-12-01";
const answers = (over: Partial<Answers> = {}): Answers => ({ ...defaultAnswers, ...over });
const image = (id: string) => defaultMatrix.images.find((i) => i.id === id) as ImageEntry;
const alone = (id: string) => ({ ...defaultMatrix, images: [image(id)] });

describe("new candidates", () => {
  it("has 21 candidates, four of them new families with their own generator", () => {
    expect(defaultMatrix.images).toHaveLength(21);
    const families = new Set(defaultMatrix.images.map((i) => i.family));
    for (const family of ["ubi-minimal", "chiselled", "amazon-linux", "wolfi"])
      expect(families, family).toContain(family);
  });

  it("Amazon Linux 2023 calls /usr/bin/python3.X, never its system Python 3.9", () => {
    const versions = image("amazonlinux-2023").python.versions.value;
    expect(versions).not.toContain("3.9");
    const file = generateFiles("amazonlinux-2023", answers({ pythonVersion: "3.12" }), {
      today: TODAY,
    })?.Dockerfile as string;
    expect(file).toContain("RUN /usr/bin/python3.12 -m venv /opt/venv");
    expect(file).not.toMatch(/\bpython3 -m venv/);
    const [build, final] = stages(file);
    expect(build?.instructions.some((i) => /dnf install -y python3\.12 /.test(i.args))).toBe(true);
    expect(final?.instructions.some((i) => /python3\.12 shadow-utils/.test(i.args))).toBe(true);
  });

  it("ends each Amazon Linux Python at the earlier of upstream's end and AL2023's", () => {
    const al = image("amazonlinux-2023");
    expect(earliestEnd(candidateEnds(defaultMatrix, al, "3.11"))?.date).toBe("2027-10-31");
    const end314 = earliestEnd(candidateEnds(defaultMatrix, al, "3.14"));
    expect([end314?.kind, end314?.date]).toEqual(["distro", "2029-06-30"]);
  });

  it("Wolfi pins the Python minor with its package in both stages and says the base tag moves", () => {
    const result = recommend(answers({ pythonVersion: "3.14" }), {
      today: TODAY,
      matrix: alone("wolfi-python"),
    });
    const [build, final] = stages(result.files?.Dockerfile ?? "");
    for (const stage of [build, final])
      expect(stage?.instructions.some((i) => i.args === "apk add --no-cache python-3.14")).toBe(
        true,
      );
    const moving = result.warnings.find((w) => w.code === "moving-tag");
    expect(moving?.message).toMatch(/Python minor stays pinned/);
  });

  it("the chiselled rock runs as its own non-root user and is excluded when a shell is needed", () => {
    const file = generateFiles("ubuntu-chiselled-python", answers({ pythonVersion: "3.12" }), {
      today: TODAY,
    })?.Dockerfile as string;
    expect(file).toContain("FROM ubuntu:24.04 AS build");
    expect(file).toMatch(/^USER 584792$/m);
    const row = recommend(answers({ pythonVersion: "3.12", debugging: "shell" }), {
      today: TODAY,
    }).ranked.find((r) => r.id === "ubuntu-chiselled-python");
    expect(row?.excluded?.join(" ")).toMatch(/shell/);
  });

  it("UBI 10 minimal compiles only in the build stage, and is excluded until its architectures are known", () => {
    const file = generateFiles(
      "ubi10-python-minimal",
      answers({ pythonVersion: "3.12", nativeDeps: "compile" }),
      { today: TODAY },
    )?.Dockerfile as string;
    const [build, final] = stages(file);
    expect(
      build?.instructions.some((i) => /microdnf install -y gcc python3\.12-devel/.test(i.args)),
    ).toBe(true);
    expect(final?.instructions.some((i) => /gcc/.test(i.args))).toBe(false);
    const row = recommend(answers({ pythonVersion: "3.12" }), { today: TODAY }).ranked.find(
      (r) => r.id === "ubi10-python-minimal",
    );
    expect(row?.excluded?.join(" ")).toMatch(/architectures are unknown/);
  });

  it("says in the matrix notes why Bitnami is not a candidate, with its source", () => {
    expect(defaultMatrix.images.some((i) => /bitnami/i.test(i.id))).toBe(false);
    const markdown = matrixToMarkdown(defaultMatrix);
    expect(markdown).toMatch(/## Notes\n\n- \*\*Why Bitnami's images are not candidates\.\*\*/);
    expect(markdown).toContain("https://github.com/bitnami/containers/issues/83267");
    expect(JSON.parse(matrixToJson(defaultMatrix)).notes[0].id).toBe("bitnami");
  });
});
