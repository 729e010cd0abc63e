/**
 * Whether the Dockerfile installs the project itself after its dependencies, and why.
 *
 * Installing the project is what gives it its console scripts (`mytool serve` from
 * [project.scripts]) and makes a src-layout package importable; a flat app started by
 * `python app.py` or a server that imports it from the working directory needs only its source in
 * /app. The "auto" answer decides from a pasted pyproject.toml when there is one, else from the
 * start command and the packaging tool. Kept small and free of the matrix: the questionnaire shows
 * the decision next to its question before the engine has loaded.
 */
import type { Answers } from "./answers.ts";
import { parseCommand } from "./command.ts";
import { readPyproject } from "./pyproject-facts.ts";
import { normaliseName, parseRequirements } from "./requirements/parse.ts";

export type ProjectInstall = {
  /** True when the Dockerfile installs the project itself (uv sync, poetry install, pip install .). */
  install: boolean;
  /** What decided: the answer itself, the pasted pyproject.toml, the start command or the tool's own default. */
  decidedBy: "answer" | "pyproject" | "command" | "tool";
  /** One sentence a user can check. */
  reason: string;
};

/** Interpreters: the command runs code from the source tree. */
const INTERPRETER = /^(python|pypy)(3(\.\d+)?)?$/;

/**
 * Programs a command can start that the project's dependencies (servers, task runners, framework
 * CLIs) or the image provide: they exist without installing the project. Each maps to the page of
 * its own documentation that starts an app with it.
 */
const PROVIDED_PROGRAMS: ReadonlyMap<string, string> = new Map([
  ["gunicorn", "https://docs.gunicorn.org/en/stable/run.html"],
  ["uvicorn", "https://www.uvicorn.org/deployment/"],
  ["hypercorn", "https://docs.djangoproject.com/en/stable/howto/deployment/asgi/hypercorn/"],
  ["daphne", "https://docs.djangoproject.com/en/stable/howto/deployment/asgi/daphne/"],
  ["granian", "https://docs.djangoproject.com/en/dev/howto/deployment/asgi/granian/"],
  ["waitress-serve", "https://docs.pylonsproject.org/projects/waitress/en/stable/runner.html"],
  ["uwsgi", "https://uwsgi-docs.readthedocs.io/en/latest/WSGIquickstart.html"],
  ["celery", "https://docs.celeryq.dev/en/stable/userguide/workers.html"],
  ["rq", "https://python-rq.org/docs/workers/"],
  ["dramatiq", "https://dramatiq.io/guide.html"],
  ["huey_consumer", "https://huey.readthedocs.io/en/latest/consumer.html"],
  ["arq", "https://arq-docs.helpmanual.io/"],
  ["flask", "https://flask.palletsprojects.com/en/stable/cli/"],
  ["fastapi", "https://fastapi.tiangolo.com/fastapi-cli/"],
  ["django-admin", "https://docs.djangoproject.com/en/stable/ref/django-admin/"],
  ["streamlit", "https://docs.streamlit.io/develop/api-reference/cli/run"],
  ["gradio", "https://www.gradio.app/guides/developing-faster-with-reload-mode"],
  ["panel", "https://panel.holoviz.org/how_to/server/commandline.html"],
  ["bokeh", "https://docs.bokeh.org/en/latest/docs/user_guide/server/server_introduction.html"],
  ["jupyter", "https://docs.jupyter.org/en/latest/running.html"],
  ["sanic", "https://sanic.dev/en/guide/running/running.html"],
  ["litestar", "https://docs.litestar.dev/latest/usage/cli.html"],
  ["twistd", "https://docs.twisted.org/en/stable/core/howto/basics.html"],
  ["flower", "https://flower.readthedocs.io/en/latest/"],
  // The image's shell: a shell command runs the user's own script, not a console script.
  ["sh", "https://pubs.opengroup.org/onlinepubs/9799919799/utilities/sh.html"],
  ["bash", "https://www.gnu.org/software/bash/manual/bash.html"],
]);

type Inputs = Pick<Answers, "installProject" | "requirements" | "command" | "packageManager">;

/**
 * The pasted requirement a program is named after (waitress-serve -> waitress), if any: a
 * dependency's console script, which exists without installing the project. Names compare as
 * PEP 503 normalises them.
 */
function requirementNamed(requirements: string, program: string): string | undefined {
  if (requirements.trim() === "" || program === "") return undefined;
  const wanted = normaliseName(program);
  return parseRequirements(requirements).requirements.find(
    (r) => wanted === r.name || wanted.startsWith(`${r.name}-`),
  )?.written;
}

/** The first program of the command and, for `python -m`, the module. */
function program(command: string): { name: string; module: string | undefined } | undefined {
  const parsed = parseCommand(command);
  if (!parsed.ok) return undefined;
  const [first = "", second, third] = parsed.args;
  return { name: first, module: second === "-m" ? third : undefined };
}

/** What the packaging tool does when nothing else decides. */
function toolDefault(tool: Answers["packageManager"], what: string): ProjectInstall {
  if (tool === "uv")
    return {
      install: true,
      decidedBy: "tool",
      reason: `${what} uv installs the project itself after its dependencies, as \`uv sync\` does on your machine; that step installs nothing unless pyproject.toml makes the project a package.`,
    };
  return {
    install: false,
    decidedBy: "command",
    reason: `${what} The code runs from /app, where the Dockerfile copies it, so only the dependencies are installed.`,
  };
}

/** What "auto" decides for these answers (the answer itself when it is "yes" or "no"). */
export function decideProjectInstall(answers: Inputs): ProjectInstall {
  if (answers.installProject !== "auto")
    return {
      install: answers.installProject === "yes",
      decidedBy: "answer",
      reason:
        answers.installProject === "yes"
          ? "You chose to install the project."
          : "You chose not to install the project: only its dependencies are installed.",
    };
  const tool = answers.packageManager;
  const started = program(answers.command);
  const name = started?.name.slice(started.name.lastIndexOf("/") + 1) ?? "";
  const facts = readPyproject(answers.requirements);
  if (facts) {
    if (tool === "poetry" && facts.poetryPackageMode === false)
      return {
        install: false,
        decidedBy: "pyproject",
        reason:
          "pyproject.toml sets package-mode = false: Poetry manages the dependencies only, so there is no project to install.",
      };
    if (tool === "uv" && facts.uvPackage === false)
      return {
        install: false,
        decidedBy: "pyproject",
        reason:
          "pyproject.toml sets package = false under [tool.uv]: uv treats the project as virtual and installs only its dependencies.",
      };
    if (facts.scripts.includes(name))
      return {
        install: true,
        decidedBy: "pyproject",
        reason: `\`${name}\` is a console script in [project.scripts] of pyproject.toml: it exists only once the project is installed.`,
      };
    if (facts.scripts.length > 0)
      return {
        install: true,
        decidedBy: "pyproject",
        reason: `pyproject.toml declares console scripts (${facts.scripts.join(", ")}), which exist only once the project is installed.`,
      };
    if (facts.buildSystem && tool !== "poetry")
      return {
        install: true,
        decidedBy: "pyproject",
        reason: `pyproject.toml declares a build system, so the project is a package: ${tool === "uv" ? "uv installs it" : "pip installs it with pip install ."} after its dependencies.`,
      };
    if (tool === "poetry" && facts.poetryPackages)
      return {
        install: true,
        decidedBy: "pyproject",
        reason: "pyproject.toml lists packages for Poetry to install.",
      };
    if (tool === "uv")
      return {
        install: false,
        decidedBy: "pyproject",
        reason:
          "pyproject.toml declares no build system, so uv treats the project as virtual: only its dependencies are installed, and the code runs from /app.",
      };
  }
  if (!started) return toolDefault(tool, "The start command cannot be read yet.");
  if (INTERPRETER.test(name))
    return toolDefault(
      tool,
      `\`${started.name}\` runs ${started.module ? `the module ${started.module}` : "a file"} from the source.`,
    );
  if (PROVIDED_PROGRAMS.has(name))
    return toolDefault(
      tool,
      `\`${name}\` comes from your dependencies and loads the app from /app.`,
    );
  const dependency = requirementNamed(answers.requirements, name);
  if (dependency)
    return toolDefault(
      tool,
      `\`${name}\` comes from your requirements (${dependency}), not from the project.`,
    );
  if (started.name.includes("/") || /\.(py|sh)$/.test(started.name))
    return toolDefault(
      tool,
      `\`${started.name}\` is a file in your source, not an installed command.`,
    );
  return {
    install: true,
    decidedBy: "command",
    reason: `\`${name}\` is not an interpreter or a known server, so it is taken to be your project's console script: the project is installed to provide it.`,
  };
}
