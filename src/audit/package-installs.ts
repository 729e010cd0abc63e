/**
 * What each RUN installs: system packages (apt, apk, dnf and their kin) and Python packages (pip,
 * uv, Poetry), read from the RUN's script and heredocs with their flags and cache mounts.
 */
import type { Matrix } from "../data/schema.ts";
import type { ParsedInstruction } from "./parse.ts";
import { type SimpleCommand, shellCommands } from "./run-script.ts";

/** One call of a system package manager: which, what it does, its packages and options. */
export type SystemInstall = {
  manager: "apt" | "apk" | "dnf";
  /** update, install, remove (purge, autoremove, del) or clean */
  verb: "update" | "install" | "remove" | "clean";
  packages: string[];
  options: string[];
};

/** One install of Python packages: the tool and its words. */
export type PythonInstall = {
  tool: "pip" | "uv" | "poetry";
  /** The words after the program (install, sync, pip install ...). */
  words: string[];
};

/** What one RUN runs, installs, caches and cleans up. */
export type RunAnalysis = {
  instruction: ParsedInstruction;
  commands: SimpleCommand[];
  system: SystemInstall[];
  python: PythonInstall[];
  /** Targets of `--mount=type=cache` (their contents never reach the image). */
  cacheMounts: string[];
  /** True when the script deletes /var/lib/apt/lists (the apt index). */
  removesAptLists: boolean;
};

const APT = new Set(["apt-get", "apt", "aptitude"]);
const DNF = new Set(["dnf", "microdnf", "yum", "tdnf"]);
const OPTION_WITH_VALUE = new Set([
  "-o",
  "-t",
  "--target-release",
  "--virtual",
  "-X",
  "--repository",
]);

function basename(word: string): string {
  return word.slice(word.lastIndexOf("/") + 1);
}

function systemInstall(words: string[]): SystemInstall | undefined {
  const [program = "", ...rest] = words;
  const name = basename(program);
  const options: string[] = [];
  const args: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const word = rest[i] as string;
    if (!word.startsWith("-")) args.push(word);
    else {
      // Options that take the next word as their value (apt's -o and -t, apk's --virtual) keep it.
      if (OPTION_WITH_VALUE.has(word)) options.push(`${word}=${rest[++i] ?? ""}`);
      else options.push(word);
    }
  }
  const [verb = "", ...packages] = args;
  const manager = APT.has(name)
    ? "apt"
    : name === "apk"
      ? "apk"
      : DNF.has(name)
        ? "dnf"
        : undefined;
  if (!manager) return undefined;
  const kind =
    verb === "update" || verb === "makecache"
      ? "update"
      : verb === "install" || verb === "add"
        ? "install"
        : verb === "remove" || verb === "purge" || verb === "autoremove" || verb === "del"
          ? "remove"
          : verb === "clean"
            ? "clean"
            : undefined;
  return kind ? { manager, verb: kind, packages, options } : undefined;
}

/** pip, pip3, pip3.12, python -m pip, /opt/venv/bin/pip; uv (pip install, sync); poetry. */
function pythonInstall(words: string[]): PythonInstall | undefined {
  const program = basename(words[0] ?? "");
  if (/^python(\d(\.\d+)?)?$/.test(program) && words[1] === "-m" && /^pip\d?$/.test(words[2] ?? ""))
    return words[3] === "install" ? { tool: "pip", words: words.slice(3) } : undefined;
  if (/^pip(\d(\.\d+)?)?$/.test(program))
    return words[1] === "install" ? { tool: "pip", words: words.slice(1) } : undefined;
  if (program === "uv") {
    const isInstall =
      words[1] === "sync" ||
      (words[1] === "pip" && (words[2] === "install" || words[2] === "sync"));
    return isInstall ? { tool: "uv", words: words.slice(1) } : undefined;
  }
  if (program === "poetry") {
    const verb = words.find((w, i) => i > 0 && !w.startsWith("-"));
    return verb === "install" || verb === "sync"
      ? { tool: "poetry", words: words.slice(1) }
      : undefined;
  }
  return undefined;
}

/** Several checks read the same RUN: each is read once per audit (instructions are never changed). */
const analyses = new WeakMap<ParsedInstruction, RunAnalysis>();

/** Reads one RUN: its commands, what they install, and its cache mounts. */
export function analyzeRun(instruction: ParsedInstruction): RunAnalysis {
  const cached = analyses.get(instruction);
  if (cached) return cached;
  const analysis = readRun(instruction);
  analyses.set(instruction, analysis);
  return analysis;
}

function readRun(instruction: ParsedInstruction): RunAnalysis {
  const scripts = [instruction.text, ...instruction.heredocs.map((h) => h.body)];
  const commands = scripts.flatMap((s) => shellCommands(s));
  const cacheMounts: string[] = [];
  for (const flag of instruction.flags) {
    if (flag.name !== "mount" || !flag.value) continue;
    const options = new Map(
      flag.value.split(",").map((o) => {
        const eq = o.indexOf("=");
        return eq === -1 ? [o, ""] : [o.slice(0, eq), o.slice(eq + 1)];
      }),
    );
    const target = options.get("target") ?? options.get("dst") ?? options.get("destination");
    if (options.get("type") === "cache" && target) cacheMounts.push(target);
  }
  const system: SystemInstall[] = [];
  const python: PythonInstall[] = [];
  let removesAptLists = false;
  for (const { words } of commands) {
    const sys = systemInstall(words);
    if (sys) system.push(sys);
    const py = pythonInstall(words);
    if (py) python.push(py);
    if (basename(words[0] ?? "") === "rm" && words.some((w) => w.startsWith("/var/lib/apt/lists")))
      removesAptLists = true;
  }
  return { instruction, commands, system, python, cacheMounts, removesAptLists };
}

/** Compiler and header packages: every build dependency the package data names, plus -dev/-devel headers. */
export function compilerPackages(matrix: Matrix): Set<string> {
  const names = new Set<string>();
  for (const entry of matrix.packages) {
    const deps = entry.buildDependencies.value;
    if (deps === "unknown") continue;
    for (const name of [...deps.apt, ...deps.apk]) names.add(name);
  }
  return names;
}

/**
 * True for a compiler or a development package: a build dependency in the data, or a name ending
 * in -dev (Debian, Alpine) or -devel (Fedora, RHEL), the distributions' naming for headers.
 */
export function isCompilerPackage(name: string, compilers: Set<string>): boolean {
  const bare = name.replace(/[=<>].*$/, "");
  return compilers.has(bare) || /-(dev|devel)$/.test(bare);
}
