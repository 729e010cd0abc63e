/**
 * The build stages of a parsed Dockerfile and what the data knows about each: the base as written
 * and as resolved through ARG defaults, the matrix entry it names, and the facts the checks need
 * (shell, package manager, default user, ENTRYPOINT, compilers, libc, interpreter path), all from
 * data/. A stage built on an earlier stage inherits that stage's facts, users and entrypoint.
 *
 * A fact is known only when every entry the base may be (a floating tag) agrees on it.
 */
import { known } from "../data/fact.ts";
import type { Distro, ImageEntry, Matrix } from "../data/schema.ts";
import { type ImageReference, parseImageReference } from "./image-reference.ts";
import { type BaseMatch, matchBase, type Published } from "./match-base.ts";
import { analyzeRun } from "./package-installs.ts";
import type { ParsedDockerfile, ParsedInstruction } from "./parse.ts";
import type { Span } from "./rules.ts";
import { type Expansion, expandVariables, type Lookup } from "./variables.ts";

/** What the data knows about a stage's base; undefined where it does not know. */
export type StageFacts = {
  shell: boolean | undefined;
  packageManager: string | undefined;
  /** The UID the base image runs as; 0 is root. */
  user: number | undefined;
  /** The ENTRYPOINT the base image sets; [] for none. */
  entrypoint: string[] | undefined;
  compilers: boolean | undefined;
  libc: "glibc" | "musl" | undefined;
  interpreter: string | undefined;
};

/** The Python minor a stage runs and how the audit knows it. */
export type StagePython = {
  version: string;
  line: number;
  /** How the audit knows: the base's tag or entry, uv, the distribution's package, or a copy. */
  via: "base" | "uv" | "package" | "copy";
};

/** One build stage: its FROM, its base and the matrix entry it names, its facts and its instructions. */
export type Stage = {
  index: number;
  /** The name after AS, in lower case as Docker keeps it. */
  name: string | undefined;
  from: ParsedInstruction;
  /** The base as written, and as resolved through ARG defaults. */
  base: string;
  resolved: string;
  baseSpan: Span;
  expansion: Expansion;
  platform: string | undefined;
  reference: ImageReference | undefined;
  /** The earlier stage this one builds on, when its base is a stage name. */
  parent: number | undefined;
  scratch: boolean;
  match: BaseMatch;
  /** The matrix entry that fits best (by what the stage installs, where the base is ambiguous). */
  entry: Published | undefined;
  distro: Distro | undefined;
  facts: StageFacts;
  python: StagePython | undefined;
  instructions: ParsedInstruction[];
  /** ENV values set in the file (this stage's and its parents'). */
  env: Map<string, string>;
  /** The last USER of this stage or its parents, resolved. */
  user: { value: string; span: Span } | undefined;
  /** The file's own ENTRYPOINT and CMD in effect at the end of the stage. */
  entrypoint: ParsedInstruction | undefined;
  cmd: ParsedInstruction | undefined;
  /** A SHELL instruction in effect: the checks cannot tell then what runs shell form. */
  shellInstruction: ParsedInstruction | undefined;
};

const NO_MATCH: BaseMatch = { how: "none", entries: [], python: undefined, distro: undefined };

const UNKNOWN_FACTS: StageFacts = {
  shell: undefined,
  packageManager: undefined,
  user: undefined,
  entrypoint: undefined,
  compilers: undefined,
  libc: undefined,
  interpreter: undefined,
};

/** `scratch` is Docker's reserved empty image: no files at all, so no shell, no Python, root. */
const SCRATCH_FACTS: StageFacts = {
  ...UNKNOWN_FACTS,
  shell: false,
  packageManager: "none",
  user: 0,
  entrypoint: [],
  compilers: false,
};

/** The one value every item gives, or undefined when they disagree or none is known. */
function agreed<T>(values: (T | undefined)[]): T | undefined {
  const first = values[0];
  if (first === undefined) return undefined;
  const key = JSON.stringify(first);
  return values.every((v) => v !== undefined && JSON.stringify(v) === key) ? first : undefined;
}

/** The libc every matrix image on a distribution has, if they agree (Alpine: musl). */
function distroLibc(matrix: Matrix, distro: Distro | undefined): StageFacts["libc"] {
  if (!distro) return undefined;
  return agreed(matrix.images.filter((i) => i.distro === distro.id).map((i) => known(i.libc)));
}

function factsOf(entries: Published[]): StageFacts {
  const all = <T>(pick: (e: Published) => T | undefined) => agreed(entries.map(pick));
  return {
    shell: all((e) => known(e.variant.shell)),
    packageManager: all((e) => known(e.variant.packageManager)),
    user: all((e) => known(e.variant.user)),
    entrypoint: all((e) => known(e.variant.entrypoint)),
    compilers: all((e) => known(e.variant.compilers)),
    libc: all((e) => known(e.image.libc)),
    interpreter: all((e) => (shipsPython(e.image) ? known(e.image.python.interpreter) : undefined)),
  };
}

/**
 * Whether the base image itself carries its Python. The data says how Python arrives: the
 * "distro-python" family gets it from the package manager in the Dockerfile, uv-managed images
 * from uv, distro-versioned ones from a versioned package (python3.12, python-3.12); every other
 * image ships it.
 */
export function shipsPython(image: ImageEntry): boolean {
  return (
    image.family !== "distro-python" &&
    image.python.provision !== "uv-managed" &&
    image.python.provision !== "distro-versioned"
  );
}

/** Package names that install Python from a distribution: python3, python3.12, python-3.12 (Wolfi), and -minimal. */
const PYTHON_PACKAGE = /^python-?(3(?:\.\d+)?)(?:-minimal)?(?:[=~<>].*)?$/;

/** What a stage's RUN instructions say about its Python: uv's install, or a distribution package. */
function installedPython(
  instructions: ParsedInstruction[],
  distro: Distro | undefined,
): StagePython | undefined {
  for (const instruction of instructions) {
    if (instruction.keyword !== "RUN") continue;
    const run = analyzeRun(instruction);
    for (const { words } of run.commands) {
      const [program = "", verb = "", ...rest] = words;
      if (program !== "uv" || verb !== "python" || rest[0] !== "install") continue;
      const minor = rest
        .slice(1)
        .map((w) => /^3\.\d+/.exec(w)?.[0])
        .find((v) => v !== undefined);
      if (minor) return { version: minor, line: instruction.span.line, via: "uv" };
    }
    for (const install of run.system) {
      if (install.verb !== "install") continue;
      for (const name of install.packages) {
        const match = PYTHON_PACKAGE.exec(name);
        if (!match) continue;
        const named = match[1]?.includes(".") ? match[1] : undefined;
        const version = named ?? (distro ? known(distro.python) : undefined);
        if (version) return { version, line: instruction.span.line, via: "package" };
      }
    }
  }
  return undefined;
}

/** Variables as FROM sees them: the ARGs before the first FROM, with their defaults. */
function globalArgs(instructions: ParsedInstruction[], escapeChar: string): Lookup {
  const args = new Map<string, string | undefined>();
  for (const instruction of instructions) {
    if (instruction.keyword === "FROM") break;
    if (instruction.keyword !== "ARG") continue;
    for (const word of instruction.words) {
      const eq = word.text.indexOf("=");
      const name = eq === -1 ? word.text : word.text.slice(0, eq);
      const raw = eq === -1 ? undefined : word.text.slice(eq + 1).replace(/^(["'])(.*)\1$/, "$2");
      const value =
        raw === undefined ? undefined : expandVariables(raw, lookupIn(args), escapeChar).value;
      args.set(name, value);
    }
  }
  return lookupIn(args);
}

function lookupIn(values: Map<string, string | undefined>): Lookup {
  return (name) => ({ declared: values.has(name), value: values.get(name) });
}

/** Removes one level of quotes from a word, as Docker's word processing does for USER and the like. */
export function unquote(text: string): string {
  return text.replace(/^(["'])(.*)\1$/, "$2");
}

function stageOf(stages: Stage[], name: string): Stage | undefined {
  const wanted = name.toLowerCase();
  return stages.find((s) => s.name === wanted);
}

/**
 * Picks the entry whose way of getting Python matches what the stage does (debian:trixie-slim is
 * two entries), or, for a reference one image uses as its runtime and another as its build image,
 * the runtime one.
 */
function chooseEntry(match: BaseMatch, installed: StagePython | undefined): Published | undefined {
  if (match.entries.length <= 1) return match.entries[0];
  const runtime = match.entries.filter((e) => e.variant.purpose === "runtime");
  if (runtime.length === 1) return runtime[0];
  if (installed?.via === "uv") {
    const uv = match.entries.find((e) => e.image.python.provision === "uv-managed");
    if (uv) return uv;
  }
  if (installed?.via === "package") {
    const distro = match.entries.find((e) => e.image.family === "distro-python");
    if (distro) return distro;
  }
  return undefined;
}

/** Splits the parsed instructions into stages and works out what each stage's base is. */
export function readStages(file: ParsedDockerfile, matrix: Matrix): Stage[] {
  const lookup = globalArgs(file.instructions, file.escapeChar);
  const stages: Stage[] = [];
  let current: Stage | undefined;
  const finish = (stage: Stage | undefined) => {
    if (!stage) return;
    const installed = installedPython(stage.instructions, stage.distro);
    if (!stage.scratch && stage.parent === undefined) {
      stage.entry = chooseEntry(stage.match, installed);
      const entries = stage.entry ? [stage.entry] : stage.match.entries;
      stage.facts = entries.length > 0 ? factsOf(entries) : stage.facts;
      if (stage.facts.libc === undefined) stage.facts.libc = distroLibc(matrix, stage.distro);
      const shipped = stage.entry
        ? shipsPython(stage.entry.image)
        : stage.match.entries.length > 0
          ? stage.match.entries.every((e) => shipsPython(e.image))
          : stage.match.python !== undefined;
      const fromBase = shipped ? (stage.entry?.python ?? stage.match.python) : undefined;
      if (fromBase) stage.python = { version: fromBase, line: stage.from.span.line, via: "base" };
    }
    if (!stage.python && installed) {
      stage.python = installed;
      if (installed.via === "package" && stage.facts.interpreter === undefined)
        stage.facts.interpreter = stage.entry
          ? known(stage.entry.image.python.interpreter)
          : undefined;
    }
  };
  for (const instruction of file.instructions) {
    if (instruction.keyword !== "FROM") {
      if (!current) continue;
      current.instructions.push(instruction);
      track(current, instruction);
      continue;
    }
    finish(current);
    current = newStage(stages, instruction, lookup, file.escapeChar, matrix);
    stages.push(current);
  }
  finish(current);
  // Python copied in from another stage (uv's interpreter directory).
  for (const stage of stages) {
    if (stage.python) continue;
    for (const copy of copiesFrom(stage, stages)) {
      const dir = copy.source.env.get("UV_PYTHON_INSTALL_DIR");
      if (
        copy.source.python?.via === "uv" &&
        dir &&
        copy.paths.some((p) => p.replace(/\/$/, "") === dir)
      ) {
        stage.python = {
          version: copy.source.python.version,
          line: copy.instruction.span.line,
          via: "copy",
        };
        stage.facts.interpreter = undefined;
        // Of the entries an ambiguous base may be, the one that gets its Python from uv.
        stage.entry ??= stage.match.entries.find((e) => e.image.python.provision === "uv-managed");
      }
    }
  }
  return stages;
}

function newStage(
  stages: Stage[],
  from: ParsedInstruction,
  lookup: Lookup,
  escapeChar: string,
  matrix: Matrix,
): Stage {
  const words = from.words;
  const baseWord = words[0];
  const base = baseWord?.text ?? "";
  const expansion = expandVariables(base, lookup, escapeChar);
  const resolved = expansion.value;
  const asIndex = words.findIndex((w, i) => i > 0 && w.text.toLowerCase() === "as");
  const name = asIndex > 0 ? words[asIndex + 1]?.text.toLowerCase() : undefined;
  const platformFlag = from.flags.find((f) => f.name === "platform")?.value;
  const platform =
    platformFlag === undefined
      ? undefined
      : expandVariables(platformFlag, lookup, escapeChar).value;
  const parentStage = stageOf(stages, resolved);
  const scratch = resolved.toLowerCase() === "scratch";
  const reference = parentStage || scratch ? undefined : parseImageReference(resolved);
  const match = reference ? matchBase(reference, matrix) : NO_MATCH;
  const entryDistro =
    match.distro ??
    (match.entries.length === 1
      ? matrix.distros.find((d) => d.id === match.entries[0]?.image.distro)
      : undefined);
  const stage: Stage = {
    index: stages.length,
    name,
    from,
    base,
    resolved,
    baseSpan: baseWord?.span ?? from.span,
    expansion,
    platform,
    reference,
    parent: parentStage?.index,
    scratch,
    match,
    entry: undefined,
    distro: parentStage?.distro ?? entryDistro,
    facts: parentStage
      ? { ...parentStage.facts }
      : scratch
        ? { ...SCRATCH_FACTS }
        : { ...UNKNOWN_FACTS },
    python: parentStage?.python,
    instructions: [],
    env: new Map(parentStage?.env ?? []),
    user: parentStage?.user,
    entrypoint: parentStage?.entrypoint,
    cmd: parentStage?.cmd,
    shellInstruction: parentStage?.shellInstruction,
  };
  return stage;
}

/** Keeps the stage's ENV, USER, ENTRYPOINT, CMD and SHELL up to date as instructions come. */
function track(stage: Stage, instruction: ParsedInstruction): void {
  switch (instruction.keyword) {
    case "ENV":
      for (const [name, value] of envPairs(instruction)) stage.env.set(name, value);
      break;
    case "USER": {
      const word = instruction.words[0];
      if (!word) break;
      const value = expandVariables(unquote(word.text), (name) => ({
        declared: stage.env.has(name),
        value: stage.env.get(name),
      })).value;
      stage.user = { value, span: word.span };
      break;
    }
    case "ENTRYPOINT":
      stage.entrypoint = instruction;
      // Docker resets a CMD inherited from the base when a stage sets ENTRYPOINT.
      if (stage.cmd && !stage.instructions.includes(stage.cmd)) stage.cmd = undefined;
      break;
    case "CMD":
      stage.cmd = instruction;
      break;
    case "SHELL":
      stage.shellInstruction = instruction;
      break;
  }
}

/** ENV pairs, in both the `KEY=value ...` and the legacy `KEY value` forms. */
export function envPairs(instruction: ParsedInstruction): [string, string][] {
  const words = instruction.words.map((w) => w.text);
  const first = words[0] ?? "";
  if (!first.includes("=")) return first ? [[first, unquote(words.slice(1).join(" "))]] : [];
  const pairs: [string, string][] = [];
  for (const word of words) {
    const eq = word.indexOf("=");
    if (eq > 0) pairs.push([word.slice(0, eq), unquote(word.slice(eq + 1))]);
  }
  return pairs;
}

/** ARG names and whether each has a default. */
export function argNames(instruction: ParsedInstruction): { name: string; span: Span }[] {
  return instruction.words.map((w) => {
    const eq = w.text.indexOf("=");
    return { name: eq === -1 ? w.text : w.text.slice(0, eq), span: w.span };
  });
}

/** A COPY --from an earlier stage: the instruction, the stage copied from, the paths copied. */
export type StageCopy = { instruction: ParsedInstruction; source: Stage; paths: string[] };

/** The COPY --from instructions of a stage that copy from an earlier stage, with their source paths. */
export function copiesFrom(stage: Stage, stages: Stage[]): StageCopy[] {
  const copies: StageCopy[] = [];
  for (const instruction of stage.instructions) {
    if (instruction.keyword !== "COPY") continue;
    const from = instruction.flags.find((f) => f.name === "from")?.value;
    if (from === undefined) continue;
    const source = /^\d+$/.test(from) ? stages[Number(from)] : stageOf(stages, from);
    if (!source || source.index >= stage.index) continue;
    const words = instruction.exec ?? instruction.words.map((w) => unquote(w.text));
    copies.push({ instruction, source, paths: words.slice(0, -1) });
  }
  return copies;
}
