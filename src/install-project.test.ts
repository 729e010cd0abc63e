/**
 * installProject "auto": what decides whether the project itself is installed, and why.
 */
import { describe, expect, it } from "vitest";
import { type Answers, defaultAnswers } from "./answers.ts";
import { decideProjectInstall } from "./install-project.ts";
import { decodeAnswers, encodeAnswers } from "./permalink.ts";
import { readPyproject } from "./pyproject-facts.ts";
import { recommend } from "./recommend.ts";
import {
  POETRY_APP_PYPROJECT,
  SRC_LAYOUT_PYPROJECT,
  UV_VIRTUAL_PYPROJECT,
} from "./test-support/project-fixtures.ts";

const decide = (over: Partial<Answers>) => decideProjectInstall({ ...defaultAnswers, ...over });

describe("readPyproject", () => {
  it("reads console scripts, the build system, Poetry's package mode and uv's package flag", () => {
    expect(readPyproject(SRC_LAYOUT_PYPROJECT)).toMatchObject({
      scripts: ["mytool"],
      buildSystem: true,
      readme: "README.md",
    });
    expect(readPyproject(POETRY_APP_PYPROJECT)).toMatchObject({
      poetryPackageMode: false,
      scripts: [],
    });
    expect(readPyproject(UV_VIRTUAL_PYPROJECT)).toMatchObject({
      uvPackage: false,
      buildSystem: false,
    });
    expect(
      readPyproject('[tool.poetry]\nname = "x"\n[tool.poetry.scripts]\nx = "x:main"\n')?.scripts,
    ).toEqual(["x"]);
    expect(readPyproject('[project]\nscripts = { a = "a:m", b = "b:m" }\n')?.scripts).toEqual([
      "a",
      "b",
    ]);
  });

  it("says nothing about a requirements.txt", () => {
    expect(readPyproject("flask==3.0.0\nrequests\n")).toBeUndefined();
    expect(readPyproject("")).toBeUndefined();
  });
});

describe("decideProjectInstall", () => {
  it("follows an explicit answer", () => {
    expect(decide({ installProject: "yes", command: "python app.py" })).toMatchObject({
      install: true,
      decidedBy: "answer",
    });
    expect(decide({ installProject: "no", command: "mytool serve" })).toMatchObject({
      install: false,
      decidedBy: "answer",
    });
  });

  it.each([
    [
      "pip",
      SRC_LAYOUT_PYPROJECT,
      "mytool serve",
      true,
      "pyproject",
      /mytool.*\[project\.scripts\]/,
    ],
    [
      "poetry",
      POETRY_APP_PYPROJECT,
      "gunicorn shop.wsgi",
      false,
      "pyproject",
      /package-mode = false/,
    ],
    ["uv", UV_VIRTUAL_PYPROJECT, "gunicorn site.wsgi", false, "pyproject", /package = false/],
    [
      "uv",
      SRC_LAYOUT_PYPROJECT,
      "python -m mytool",
      true,
      "pyproject",
      /console scripts|build system/,
    ],
  ] as const)("%s with a pasted pyproject.toml and %j", (tool, text, command, install, by, why) => {
    const decision = decide({ packageManager: tool, requirements: text, command });
    expect(decision).toMatchObject({ install, decidedBy: by });
    expect(decision.reason).toMatch(why);
  });

  it.each([
    ["pip", "python app.py", false],
    ["pip", "gunicorn app:app --bind 0.0.0.0:8000", false],
    ["pip", "python -m mypkg", false],
    ["pip", "mytool serve", true],
    ["poetry", "gunicorn mysite.wsgi", false],
    ["poetry", "mytool serve", true],
    ["poetry", "./start.sh", false],
    ["uv", "python app.py", true],
    ["uv", "mytool serve", true],
  ] as const)("%s, %j: installs %s", (tool, command, install) => {
    const decision = decide({ packageManager: tool, command });
    expect(decision.install).toBe(install);
    expect(decision.reason.length).toBeGreaterThan(20);
  });

  it.each([
    "hypercorn app:app",
    "daphne app.asgi:application",
    "granian --interface asgi main:app",
    "waitress-serve --port=8000 app:app",
    "celery -A tasks worker",
    "rq worker",
    "dramatiq tasks",
    "huey_consumer tasks.huey",
    "streamlit run app.py",
  ])("pip, %j: a known server or task runner from the dependencies, so no install", (command) => {
    const decision = decide({ packageManager: "pip", command });
    expect(decision).toMatchObject({ install: false });
    expect(decision.reason).toMatch(/comes from your dependencies/);
  });

  it("takes a command named after a pasted requirement for that dependency's script, not the project's", () => {
    for (const tool of ["pip", "poetry"] as const) {
      const decision = decide({
        packageManager: tool,
        command: "tinyserve app:app --bind 0.0.0.0:8000",
        requirements: "greeting==1.0\ntinyserve==1.0\n",
      });
      expect(decision).toMatchObject({ install: false, decidedBy: "command" });
      expect(decision.reason).toMatch(/`tinyserve` comes from your requirements \(tinyserve\)/);
    }
    expect(decide({ command: "my_server run", requirements: "My-Server>=2\n" }).install).toBe(
      false,
    );
  });

  it("names a console-script guess as a guess", () => {
    expect(decide({ command: "mytool serve" })).toMatchObject({
      decidedBy: "command",
      reason: expect.stringMatching(/`mytool` is not an interpreter or a known server/),
    });
  });
});

describe("the installProject answer", () => {
  it("defaults to auto for answers written before it existed, and travels in links", () => {
    const { installProject: _, ...older } = defaultAnswers;
    expect(recommend(older as Answers, { today: "2026-11-27" }).projectInstall.decidedBy).not.toBe(
      "answer",
    );
    const fragment = encodeAnswers({ ...defaultAnswers, installProject: "yes" });
    expect(fragment).toContain("install=yes");
    expect(encodeAnswers(defaultAnswers)).not.toContain("install=");
    expect(decodeAnswers(fragment).answers.installProject).toBe("yes");
    expect(decodeAnswers("v=1&install=maybe").reset).toContain("installProject");
  });

  it("is reported by recommend, with the reason the page shows", () => {
    const result = recommend(
      { ...defaultAnswers, packageManager: "poetry", command: "mytool serve" },
      { today: "2026-11-27" },
    );
    expect(result.projectInstall).toEqual(
      decideProjectInstall({
        ...defaultAnswers,
        packageManager: "poetry",
        command: "mytool serve",
      }),
    );
    expect(result.files?.Dockerfile).toMatch(/poetry install --only main --compile$/m);
  });
});
