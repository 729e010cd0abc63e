/**
 * The questionnaire's answers a Dockerfile reveals, each with the line it comes from: the Python
 * version (the final stage's, from its base or its install lines), the package manager (what is
 * copied and run), the port (EXPOSE), the start command (ENTRYPOINT and CMD), the app kind, the
 * architectures (FROM --platform), the health-check path and whether packages are compiled.
 * Preferences a file cannot show (security, size, debugging) are never guessed.
 */
import {
  type Answers,
  HEALTH_PATH,
  offeredPythonVersions,
  TARGET_ARCHITECTURES,
} from "../answers.ts";
import type { Matrix } from "../data/schema.ts";
import { effectivePythonVersion, pythonEndOfLife } from "../lifecycle.ts";
import { analyzeRun, compilerPackages, isCompilerPackage } from "./package-installs.ts";
import { type Stage, unquote } from "./stages.ts";
import {
  quoteCommand,
  type StartCommand,
  startCommand,
  startWords,
  typedCommand,
} from "./start-command.ts";

/** One answer read from the file: which, the line it comes from, and what the file says. */
export type InferredAnswer = { field: keyof Answers; line: number; detail: string };

/** The answers a Dockerfile reveals, where each comes from, and those it does not. */
export type Inference = {
  /** Valid answers, ready to spread over the defaults. */
  answers: Partial<Answers>;
  /** Where each inferred answer comes from. */
  evidence: InferredAnswer[];
  /** Answers a Dockerfile can show that this one does not, and why. */
  unknown: { field: keyof Answers; reason: string }[];
  /** The Python minor the final stage runs, as read, even when it is not an answer on offer. */
  python: { version: string; line: number } | undefined;
  /** Packages a pip install names on its command line rather than in a requirements file. */
  installedByName: { names: string[]; line: number } | undefined;
  start: StartCommand | undefined;
};

const WEB_SERVERS = new Set([
  "gunicorn",
  "uvicorn",
  "hypercorn",
  "daphne",
  "granian",
  "waitress-serve",
  "uwsgi",
  "streamlit",
]);
const WORKERS = new Set(["celery", "rq", "dramatiq", "huey_consumer", "huey_consumer.py", "arq"]);

function program(args: readonly string[]): { name: string; rest: string[] } {
  const [first = "", ...rest] = args;
  if (/^python(3(\.\d+)?)?$/.test(first) && rest[0] === "-m")
    return { name: rest[1] ?? "", rest: rest.slice(2) };
  return { name: first.slice(first.lastIndexOf("/") + 1), rest };
}

function kindOf(args: readonly string[]): Answers["appKind"] | undefined {
  const { name, rest } = program(args);
  if (WEB_SERVERS.has(name)) return "web";
  if (name === "flask" && rest[0] === "run") return "web";
  if (name === "fastapi" && (rest[0] === "run" || rest[0] === "dev")) return "web";
  if (rest.includes("runserver")) return "web";
  if (WORKERS.has(name)) return "worker";
  return undefined;
}

/** Build tools a Dockerfile installs with pip for itself, not for the app. */
const TOOLING = new Set(["pip", "setuptools", "wheel", "uv", "poetry", "pipenv", "virtualenv"]);
/** pip options whose value is the next word. */
const PIP_VALUE_OPTIONS = new Set([
  "-r",
  "--requirement",
  "-c",
  "--constraint",
  "-e",
  "--editable",
  "-i",
  "--index-url",
  "--extra-index-url",
  "-f",
  "--find-links",
  "--target",
  "-t",
  "--prefix",
  "--root",
]);

/** The packages a `pip install` names itself: no options, files, paths or the build's own tools. */
function namedPackages(words: string[]): string[] {
  const names: string[] = [];
  for (let i = 1; i < words.length; i++) {
    const word = words[i] as string;
    if (PIP_VALUE_OPTIONS.has(word)) i++;
    else if (
      word.startsWith("-") ||
      word.includes("/") ||
      word === "." ||
      /\.(whl|tar\.gz|zip)$/.test(word)
    )
      continue;
    else if (!TOOLING.has(word.toLowerCase().replace(/[<>=!~[].*$/, ""))) names.push(word);
  }
  return names;
}

function platformArchitecture(platform: string): Answers["architectures"][number] | undefined {
  const arch = /^linux\/([a-z0-9]+)(\/v\d)?$/.exec(platform)?.[1];
  return TARGET_ARCHITECTURES.find((a) => a === arch);
}

/** The stage a final stage's Python comes from when it has none of its own: where its venv is copied from. */
function pythonOf(final: Stage, stages: Stage[]): { version: string; line: number } | undefined {
  if (final.python) return { version: final.python.version, line: final.python.line };
  for (const instruction of final.instructions) {
    if (instruction.keyword !== "COPY") continue;
    const from = instruction.flags.find((f) => f.name === "from")?.value?.toLowerCase();
    const source = stages.find((s) => s.name === from || String(s.index) === from);
    if (source?.python && /venv|site-packages/.test(instruction.text))
      return { version: source.python.version, line: source.python.line };
  }
  return undefined;
}

/** Reads the answers from the stages (the final one above all); nothing is guessed. */
export function inferAnswers(
  stages: Stage[],
  final: Stage | undefined,
  matrix: Matrix,
  today: string,
): Inference {
  const inference: Inference = {
    answers: {},
    evidence: [],
    unknown: [],
    python: undefined,
    installedByName: undefined,
    start: undefined,
  };
  const set = <K extends keyof Answers>(
    field: K,
    value: Answers[K],
    line: number,
    detail: string,
  ) => {
    inference.answers[field] = value;
    inference.evidence.push({ field, line, detail });
  };
  const unknown = (field: keyof Answers, reason: string) =>
    inference.unknown.push({ field, reason });
  if (!final) {
    for (const field of ["pythonVersion", "packageManager", "port", "command", "appKind"] as const)
      unknown(field, "the file has no build stage");
    return inference;
  }

  // Python: the final stage's, moved to the nearest supported version on offer when needed.
  const python = pythonOf(final, stages);
  inference.python = python;
  if (!python) {
    unknown(
      "pythonVersion",
      "the final stage's base and install lines do not say which Python it runs",
    );
  } else {
    // A version on offer stays as it is (the advisor itself moves one past its end of life);
    // one that is not is moved to the nearest supported version on offer.
    const offered = offeredPythonVersions(matrix);
    const chosen = offered.includes(python.version)
      ? python.version
      : effectivePythonVersion(matrix, python.version, offered, today);
    const end = pythonEndOfLife(matrix, python.version);
    if (chosen === python.version) set("pythonVersion", chosen, python.line, `Python ${chosen}`);
    else if (offered.includes(chosen))
      set(
        "pythonVersion",
        chosen,
        python.line,
        `Python ${python.version}${end ? ` (end of life ${end})` : ""}, not on offer; ${chosen} is the nearest supported version`,
      );
    else unknown("pythonVersion", `Python ${python.version} is not a version the advisor offers`);
  }

  // Package manager: uv or Poetry when they install the app's packages, else pip.
  const tools: { tool: Answers["packageManager"]; line: number }[] = [];
  for (const stage of stages)
    for (const instruction of stage.instructions) {
      if (instruction.keyword === "RUN") {
        for (const install of analyzeRun(instruction).python) {
          tools.push({ tool: install.tool, line: instruction.span.line });
          const names = install.tool === "pip" ? namedPackages(install.words) : [];
          if (names.length > 0 && !inference.installedByName)
            inference.installedByName = { names, line: instruction.span.line };
        }
        for (const flag of instruction.flags) {
          if (flag.name === "mount" && flag.value?.includes("uv.lock"))
            tools.push({ tool: "uv", line: instruction.span.line });
        }
      }
      if (instruction.keyword === "COPY" || instruction.keyword === "ADD") {
        const text = instruction.text;
        if (/(^|[\s/])uv\.lock\b/.test(text))
          tools.push({ tool: "uv", line: instruction.span.line });
        if (/(^|[\s/])poetry\.lock\b/.test(text))
          tools.push({ tool: "poetry", line: instruction.span.line });
        if (/(^|[\s/])requirements[\w.-]*\.txt\b/.test(text))
          tools.push({ tool: "pip", line: instruction.span.line });
      }
    }
  const tool = tools.find((t) => t.tool !== "pip") ?? tools[0];
  if (tool) set("packageManager", tool.tool, tool.line, tool.tool);
  else
    unknown(
      "packageManager",
      "no pip, uv or Poetry install and no lock or requirements file copied",
    );

  // Port: the final stage's first EXPOSE.
  const expose = final.instructions.find((i) => i.keyword === "EXPOSE");
  const port = expose?.words
    .map((w) => /^(\d{1,5})(\/tcp)?$/i.exec(unquote(w.text))?.[1])
    .find((p) => p !== undefined && Number(p) >= 1 && Number(p) <= 65535);
  if (expose && port) set("port", Number(port), expose.span.line, `EXPOSE ${port}`);
  else
    unknown(
      "port",
      expose ? "EXPOSE names no TCP port as a number" : "the final stage has no EXPOSE",
    );

  // Start command and app kind.
  const start = startCommand(final);
  inference.start = start;
  const exec = start?.args ? typedCommand(start.args) : undefined;
  const args = startWords(start);
  const line = start?.instruction?.span.line ?? final.from.span.line;
  if (exec && exec.length > 0) set("command", quoteCommand(exec), line, exec.join(" "));
  else if (start?.shell) set("command", start.shell, line, `${start.shell} (shell form)`);
  else
    unknown(
      "command",
      start
        ? "the ENTRYPOINT the base image sets is not in the data"
        : "the final stage has no CMD or ENTRYPOINT",
    );
  const kind = expose ? "web" : args ? kindOf(args) : undefined;
  if (kind) set("appKind", kind, expose?.span.line ?? line, expose ? "EXPOSE" : (args?.[0] ?? ""));
  else if (final.entrypoint)
    // An ENTRYPOINT of the file's own makes the container run like a program ("docker run image
    // --help", the Dockerfile reference's use of it); with no port and no server, a command-line tool.
    set("appKind", "cli", final.entrypoint.span.line, "ENTRYPOINT without EXPOSE");
  else unknown("appKind", "no EXPOSE and no server or worker program in the start command");

  // Architectures: a constant --platform on the final FROM.
  const arch = final.platform ? platformArchitecture(final.platform) : undefined;
  if (arch) set("architectures", [arch], final.from.span.line, `--platform=${final.platform}`);
  else
    unknown(
      "architectures",
      final.platform
        ? `--platform=${final.platform} is not a fixed amd64 or arm64`
        : "FROM has no --platform",
    );

  // Health check path: the URL the final stage's HEALTHCHECK fetches.
  const health = final.instructions.filter((i) => i.keyword === "HEALTHCHECK").at(-1);
  const path = health
    ? /https?:\/\/(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\])(?::\d+)?(\/[^\s"'`]*)/.exec(
        health.text,
      )?.[1]
    : undefined;
  if (health && path && HEALTH_PATH.test(path)) set("healthPath", path, health.span.line, path);

  // Compiled packages: compilers or headers installed in any stage.
  const compilers = compilerPackages(matrix);
  for (const stage of stages)
    for (const instruction of stage.instructions) {
      if (instruction.keyword !== "RUN" || inference.answers.nativeDeps) continue;
      const headers = analyzeRun(instruction)
        .system.filter((s) => s.verb === "install")
        .flatMap((s) => s.packages)
        .filter((p) => isCompilerPackage(p, compilers));
      if (headers.length > 0)
        set("nativeDeps", "compile", instruction.span.line, headers.join(", "));
    }
  return inference;
}
