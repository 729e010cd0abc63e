/**
 * What each packaging tool's lines do in every family: Poetry installs from its lock without
 * `poetry check` (which needs the readme), one exact Poetry release, and bytecode compiled at build
 * time whichever tool installs.
 */
import { describe, expect, it } from "vitest";
import { type Answers, defaultAnswers } from "../answers.ts";
import { known } from "../data/fact.ts";
import { defaultMatrix } from "../default-matrix.ts";
import { generateFiles } from "../recommend.ts";
import { stages } from "../test-support/dockerfile.ts";

const TODAY = "2026-11-27";
const files = (id: string, over: Partial<Answers>) =>
  generateFiles(id, { ...defaultAnswers, ...over }, { today: TODAY });
const runLines = (dockerfile: string, stage: number) =>
  (stages(dockerfile)[stage]?.instructions ?? [])
    .filter((i) => i.keyword === "RUN")
    .map((i) => i.args);

describe("Poetry", () => {
  const poetry = defaultMatrix.tools.find((t) => t.id === "poetry");

  it("is pinned to one exact release in data/tools.json, with a source", () => {
    expect(known(poetry?.pin ?? { value: "unknown" })).toMatch(/^==\d+\.\d+\.\d+$/);
    expect(poetry?.pin.source).toBeDefined();
  });

  it.each(defaultMatrix.images.map((i) => i.id))(
    "%s: installs that release and never runs `poetry check`",
    (id) => {
      const dockerfile = files(id, { packageManager: "poetry" })?.Dockerfile ?? "";
      const build = runLines(dockerfile, 0).join("\n");
      expect(build).toContain(`"poetry${known(poetry?.pin ?? { value: "unknown" })}"`);
      // `poetry check` validates the declared readme, which is not in the build context yet
      // (python-poetry/poetry docs/cli.md, "check"); `poetry install` already refuses a stale lock.
      expect(build).not.toMatch(/poetry check/);
      expect(build).toMatch(/poetry install --only main --no-root --compile/);
    },
  );
});

describe("bytecode is compiled at build time", () => {
  it("on uv-managed Python with pip: uv pip install compiles and copies out of the cache", () => {
    const dockerfile = files("uv-debian-13-slim", { packageManager: "pip" })?.Dockerfile ?? "";
    const build = stages(dockerfile)[0]?.instructions ?? [];
    const install = build.findIndex(
      (i) => i.keyword === "RUN" && i.args.includes("uv pip install"),
    );
    const env = build
      .slice(0, install)
      .filter((i) => i.keyword === "ENV")
      .map((i) => i.args)
      .join(" ");
    expect(install).toBeGreaterThan(0);
    expect(env).toMatch(/UV_COMPILE_BYTECODE=1/);
    expect(env).toMatch(/UV_LINK_MODE=copy/);
  });
});
