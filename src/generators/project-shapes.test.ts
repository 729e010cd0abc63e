/**
 * The project shapes users have, with each tool where it applies: the generated Dockerfile installs
 * what the start command needs. (a) a flat app with requirements.txt started by `python app.py`;
 * (b) a flat app served by gunicorn; (c) a src-layout package with a readme, started by its console
 * script; (d) a Poetry app with package-mode = false; (e) Django served by gunicorn; (f) `python -m`.
 */
import { describe, expect, it } from "vitest";
import { type Answers, defaultAnswers } from "../answers.ts";
import { generateFiles, recommend } from "../recommend.ts";
import { type Stage, stages } from "../test-support/dockerfile.ts";
import { isIgnored } from "../test-support/dockerignore-match.ts";
import { POETRY_APP_PYPROJECT, SRC_LAYOUT_PYPROJECT } from "../test-support/project-fixtures.ts";

const TODAY = "2026-11-27";

type Shape = { shape: string; tool: Answers["packageManager"]; over: Partial<Answers> };
const SHAPES: Shape[] = [
  { shape: "(a) flat app", tool: "pip", over: { command: "python app.py" } },
  ...(["pip", "uv", "poetry"] as const).map((tool) => ({
    shape: "(b) flat app, gunicorn",
    tool,
    over: { command: "gunicorn app:app --bind 0.0.0.0:8000" },
  })),
  ...(["pip", "uv", "poetry"] as const).map((tool) => ({
    shape: "(c) src layout, console script",
    tool,
    over: { command: "mytool serve --port 8000", requirements: SRC_LAYOUT_PYPROJECT },
  })),
  ...(["pip", "uv", "poetry"] as const).map((tool) => ({
    shape: "(c) src layout, console script, no pyproject pasted",
    tool,
    over: { command: "mytool serve --port 8000" },
  })),
  {
    shape: "(d) Poetry app, package-mode = false",
    tool: "poetry",
    over: { command: "gunicorn shop:app --bind 0.0.0.0:8000", requirements: POETRY_APP_PYPROJECT },
  },
  ...(["pip", "uv", "poetry"] as const).map((tool) => ({
    shape: "(e) Django, gunicorn",
    tool,
    over: { command: "gunicorn mysite.wsgi --bind 0.0.0.0:8000" },
  })),
  ...(["pip", "uv", "poetry"] as const).map((tool) => ({
    shape: "(f) python -m",
    tool,
    over: { appKind: "worker" as const, command: "python -m mypkg" },
  })),
];

/** The RUN bodies and COPY sources of a stage, in order, as one line each. */
const steps = (stage: Stage | undefined) =>
  (stage?.instructions ?? []).map((i) => `${i.keyword} ${i.args.replace(/\s*\\\n\s*/g, " ")}`);

/** Lines of the raw Dockerfile text between two FROMs (mount flags included). */
function rawStage(dockerfile: string, index: number): string {
  return dockerfile.split(/^FROM /m)[index + 1] ?? "";
}

const PROJECT_INSTALL = {
  pip: /(pip install --no-deps \.|uv pip install --python \/opt\/venv\/bin\/python --no-deps \.)/,
  uv: /uv sync --locked --no-dev --no-editable$/m,
  poetry: /poetry install --only main --compile$/m,
};

describe.each(SHAPES)("$shape with $tool", ({ tool, over }) => {
  const answers: Answers = { ...defaultAnswers, packageManager: tool, ...over };
  const result = recommend(answers, { today: TODAY });
  const files = generateFiles("python-slim", answers, { today: TODAY });
  const dockerfile = files?.Dockerfile ?? "";
  const [build, final] = [stages(dockerfile)[0], stages(dockerfile).at(-1)];
  const program = answers.command.split(" ")[0] as string;
  const consoleScript = program === "mytool";

  it("says why it installs the project or not", () => {
    expect(result.projectInstall.install).toBe(
      consoleScript || (tool === "uv" && !over.requirements),
    );
    expect(result.projectInstall.reason).not.toBe("");
  });

  it("installs the project after copying its source, when the command needs it", () => {
    const buildSteps = steps(build);
    const copyAll = buildSteps.indexOf("COPY . .");
    const install = rawStage(dockerfile, 0).match(PROJECT_INSTALL[tool]);
    if (result.projectInstall.install) {
      expect(install, "project install in the build stage").not.toBeNull();
      expect(copyAll, "COPY . . in the build stage").toBeGreaterThan(-1);
      // The dependency layer comes first and caches apart from the code.
      const dependencies = rawStage(dockerfile, 0).search(
        /pip install -r requirements\.txt|--no-install-project|--no-root/,
      );
      expect(dependencies).toBeGreaterThan(-1);
      expect(dependencies).toBeLessThan(rawStage(dockerfile, 0).indexOf("COPY . ."));
    } else {
      expect(install).toBeNull();
    }
    if (tool === "poetry")
      expect(rawStage(dockerfile, 0)).toMatch(/poetry install --only main --no-root --compile/);
  });

  it("runs with the code at /app and the environment's scripts on PATH", () => {
    const finalSteps = steps(final);
    expect(finalSteps).toContain("WORKDIR /app");
    expect(finalSteps).toContain("COPY . .");
    expect(rawStage(dockerfile, stages(dockerfile).length - 1)).toContain(
      "COPY --from=build /opt/venv /opt/venv",
    );
    expect(dockerfile).toMatch(/PATH="\/opt\/venv\/bin:\$PATH"/);
    // Poetry installs the root project editable: its .pth points at /app, where the final stage
    // puts the code again.
    expect(steps(build)).toContain("WORKDIR /app");
  });

  it("keeps the readme and licence pyproject.toml declares in the build context", () => {
    for (const path of ["pyproject.toml", "README.md", "LICENSE", "src/mytool/__init__.py"])
      expect(isIgnored(files?.[".dockerignore"] ?? "", path), path).toBe(false);
  });
});

describe("installing the project on every family", () => {
  it("copies the source and installs it in the build stage of each generator", () => {
    const answers: Answers = {
      ...defaultAnswers,
      packageManager: "uv",
      command: "mytool serve",
      requirements: SRC_LAYOUT_PYPROJECT,
    };
    for (const id of [
      "python-alpine",
      "ubuntu-24.04",
      "uv-debian-13-slim",
      "distroless-python3-debian13",
      "chainguard-python",
      "dhi-python-debian",
      "ubi9-python",
    ]) {
      const dockerfile =
        generateFiles(
          id,
          { ...answers, pythonVersion: id === "ubi9-python" ? "3.12" : "3.13" },
          {
            today: TODAY,
          },
        )?.Dockerfile ?? "";
      expect(rawStage(dockerfile, 0), id).toMatch(
        /COPY \. \.\n[\s\S]*uv sync --locked --no-dev --no-editable\n/,
      );
    }
  });
});
