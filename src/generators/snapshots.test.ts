/**
 * One reviewed Dockerfile per image family: the generated text is the product, so a change to it
 * shows up in review as a diff of these files.
 */
import { describe, expect, it } from "vitest";
import { type Answers, defaultAnswers } from "../answers.ts";
import { defaultMatrix } from "../default-matrix.ts";
import { generateFiles } from "../recommend.ts";

const TODAY = "2026-11-27";
const EXAMPLES: { id: string; answers: Partial<Answers> }[] = [
  { id: "python-slim", answers: {} },
  {
    id: "python-alpine",
    answers: { nativeDeps: "compile", packageManager: "uv", healthPath: "/health" },
  },
  {
    id: "ubuntu-24.04",
    answers: { pythonVersion: "3.12", appKind: "worker", command: "celery -A tasks worker" },
  },
  { id: "uv-debian-13-slim", answers: { pythonVersion: "3.14", packageManager: "uv" } },
  { id: "distroless-python3-debian13", answers: { architectures: ["amd64", "arm64"] } },
  {
    id: "chainguard-python",
    answers: {
      packageManager: "poetry",
      port: 8080,
      command: "uvicorn main:app --host 0.0.0.0 --port 8080",
    },
  },
  {
    id: "dhi-python-debian",
    answers: { appKind: "cli", command: "python -m report --out /tmp/report.csv" },
  },
  { id: "ubi9-python", answers: { pythonVersion: "3.12", nativeDeps: "compile" } },
  { id: "ubi10-python-minimal", answers: { pythonVersion: "3.12", nativeDeps: "compile" } },
  {
    id: "ubuntu-chiselled-python",
    answers: { pythonVersion: "3.12", architectures: ["amd64", "arm64"], healthPath: "/health" },
  },
  {
    id: "amazonlinux-2023",
    answers: { pythonVersion: "3.12", nativeDeps: "compile", packageManager: "uv" },
  },
  {
    id: "wolfi-python",
    answers: { pythonVersion: "3.13", appKind: "worker", command: "celery -A tasks worker" },
  },
];

describe("one reviewed Dockerfile per family", () => {
  it("covers every family in the matrix", () => {
    const families = new Set(defaultMatrix.images.map((i) => i.family));
    const covered = new Set(
      EXAMPLES.map((e) => defaultMatrix.images.find((i) => i.id === e.id)?.family),
    );
    expect([...families].filter((f) => !covered.has(f))).toEqual([]);
  });

  it.each(EXAMPLES)("$id", async ({ id, answers }) => {
    const files = generateFiles(id, { ...defaultAnswers, ...answers }, { today: TODAY });
    const family = defaultMatrix.images.find((i) => i.id === id)?.family;
    await expect(files?.Dockerfile).toMatchFileSnapshot(`__snapshots__/${family}.${id}.Dockerfile`);
  });

  it("compose.yaml and .dockerignore for the default answers", async () => {
    const files = generateFiles(
      "python-slim",
      { ...defaultAnswers, healthPath: "/health" },
      { today: TODAY },
    );
    await expect(files?.["compose.yaml"]).toMatchFileSnapshot("__snapshots__/compose.yaml");
    await expect(files?.[".dockerignore"]).toMatchFileSnapshot("__snapshots__/dockerignore");
    await expect(files?.["README.Docker.md"]).toMatchFileSnapshot("__snapshots__/README.Docker.md");
  });

  it("README.Docker.md for a two-architecture worker on an image that needs a login", async () => {
    const files = generateFiles(
      "dhi-python-debian",
      {
        ...defaultAnswers,
        appKind: "worker",
        command: "celery -A tasks worker",
        architectures: ["amd64", "arm64"],
        packageManager: "uv",
      },
      { today: TODAY },
    );
    await expect(files?.["README.Docker.md"]).toMatchFileSnapshot(
      "__snapshots__/README.Docker.dhi-worker.md",
    );
  });
});
