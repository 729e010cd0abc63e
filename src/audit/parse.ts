/**
 * The Dockerfile parsed with dockerfile-ast (the parser behind the VS Code Docker extension),
 * flattened into plain data the checks read: each instruction's keyword, position, flags,
 * arguments, exec form and heredocs. Everything from the parser stays in this module.
 *
 * Where dockerfile-ast and BuildKit differ, this module follows BuildKit: continuation lines are
 * joined the way BuildKit joins them (the escape character removed, comment and empty lines
 * dropped), exec form is a JSON array of strings and anything else is shell form, and parser
 * directives are read with BuildKit's rules (moby/buildkit frontend/dockerfile/parser/directives.go).
 */
import { DockerfileParser, type Instruction } from "dockerfile-ast";
import type { Span } from "./rules.ts";

/** A `--name=value` flag of an instruction. */
export type Flag = { name: string; value: string | undefined; span: Span };

/** A heredoc of an instruction: its name, the line it opens on, whether it is closed, its body. */
export type Heredoc = { name: string; line: number; terminated: boolean; body: string };

/** One instruction as the checks read it. */
export type ParsedInstruction = {
  /** Upper case, as Docker matches it. */
  keyword: string;
  /** As typed (Docker accepts any case). */
  written: string;
  span: Required<Span>;
  flags: Flag[];
  /** The words after the flags, as written (quotes kept). */
  words: { text: string; span: Required<Span> }[];
  /** The arguments after the flags, continuation lines joined, heredoc bodies left out. */
  text: string;
  /** Exec-form arguments when `text` is a JSON array of strings; undefined for shell form. */
  exec: string[] | undefined;
  heredocs: Heredoc[];
};

/** A parser directive (`# syntax=`, `# escape=`, `# check=`) and its line. */
export type Directive = { name: string; value: string; line: number };

/** The parsed file: its escape character, directives, comments and instructions. */
export type ParsedDockerfile = {
  /** The escape character in effect: backslash unless an escape directive sets a backtick. */
  escapeChar: string;
  directives: Directive[];
  /** Duplicate, invalid or misplaced directives, for the syntax checks. */
  directiveProblems: { kind: "duplicate" | "invalid-escape" | "misplaced"; directive: Directive }[];
  comments: { line: number; text: string }[];
  instructions: ParsedInstruction[];
};

type Range = {
  start: { line: number; character: number };
  end: { line: number; character: number };
};

function toSpan(range: Range): Required<Span> {
  return {
    line: range.start.line + 1,
    column: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

/** The start offset of every line, splitting at CR LF, CR and LF as the parser does. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
    if (code === 0x0a || code === 0x0d) starts.push(i + 1);
  }
  return starts;
}

/** BuildKit's directive syntax: `# name=value` lines at the very top, before anything else. */
const DIRECTIVE = /^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/;
const DIRECTIVE_NAMES = new Set(["syntax", "escape", "check"]);

function readDirectives(
  lines: string[],
): Pick<ParsedDockerfile, "directives" | "directiveProblems"> {
  const directives: Directive[] = [];
  const directiveProblems: ParsedDockerfile["directiveProblems"] = [];
  let index = 0;
  for (; index < lines.length; index++) {
    const match = DIRECTIVE.exec(lines[index] ?? "");
    const name = match?.[1]?.toLowerCase();
    if (!match || !name || !DIRECTIVE_NAMES.has(name)) break;
    const directive = { name, value: match[2] ?? "", line: index + 1 };
    if (directives.some((d) => d.name === name)) {
      directiveProblems.push({ kind: "duplicate", directive });
      continue;
    }
    if (name === "escape" && directive.value !== "\\" && directive.value !== "`")
      directiveProblems.push({ kind: "invalid-escape", directive });
    directives.push(directive);
  }
  // A directive-shaped comment anywhere later is only a comment to Docker.
  for (let i = index; i < lines.length; i++) {
    const match = DIRECTIVE.exec((lines[i] ?? "").trimStart());
    const name = match?.[1]?.toLowerCase();
    if (match && name && DIRECTIVE_NAMES.has(name))
      directiveProblems.push({
        kind: "misplaced",
        directive: { name, value: match[2] ?? "", line: i + 1 },
      });
  }
  return { directives, directiveProblems };
}

/**
 * BuildKit's joining of continuation lines: the escape character at the end of a line (and the
 * blanks after it) goes, comment lines and empty lines inside the continuation are dropped, and
 * the rest is concatenated as it is.
 */
function joinContinuations(lines: string[], escapeChar: string): string {
  let joined = "";
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (i > 0) {
      const trimmed = line.trimStart();
      if (trimmed === "" || trimmed.startsWith("#")) continue;
    }
    const end = line.trimEnd();
    joined += end.endsWith(escapeChar) ? end.slice(0, -1) : line;
  }
  return joined.trim();
}

/** The arguments as exec form: a JSON array of strings, or undefined (shell form). */
export function jsonArguments(text: string): string[] | undefined {
  if (!text.startsWith("[")) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) && value.every((v) => typeof v === "string") ? value : undefined;
  } catch {
    return undefined;
  }
}

function flagsOf(node: Instruction): Flag[] {
  const withFlags = node as Instruction & {
    getFlags?: () => {
      getName(): string;
      getValue(): string | null;
      getRange(): Range;
    }[];
  };
  if (typeof withFlags.getFlags !== "function") return [];
  return withFlags.getFlags().map((f) => ({
    name: f.getName(),
    value: f.getValue() ?? undefined,
    span: toSpan(f.getRange()),
  }));
}

type HeredocNode = {
  getName(): string;
  getStartRange(): Range;
  getContentRange(): Range | null;
  getDelimiterRange(): Range | null;
};

function heredocsOf(node: Instruction): HeredocNode[] {
  const withHeredocs = node as Instruction & { getHeredocs?: () => HeredocNode[] };
  return typeof withHeredocs.getHeredocs === "function" ? withHeredocs.getHeredocs() : [];
}

function attempt<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

function readInstruction(
  node: Instruction,
  lines: string[],
  escapeChar: string,
): ParsedInstruction {
  const range = node.getRange();
  const heredocNodes = attempt(() => heredocsOf(node), []);
  const heredocs: Heredoc[] = heredocNodes.map((h) => {
    const content = h.getContentRange();
    const delimiter = h.getDelimiterRange();
    const bodyLines: string[] = [];
    if (content) {
      const last = delimiter ? delimiter.start.line - 1 : content.end.line;
      for (let n = content.start.line; n <= last; n++) bodyLines.push(lines[n] ?? "");
    }
    return {
      name: h.getName(),
      line: h.getStartRange().start.line + 1,
      terminated: delimiter !== null,
      body: bodyLines.join("\n"),
    };
  });
  // The instruction's own lines end where the first heredoc's body begins.
  const firstBody = heredocNodes[0]?.getContentRange() ?? heredocNodes[0]?.getDelimiterRange();
  const lastLine = firstBody ? firstBody.start.line - 1 : range.end.line;
  const args = attempt(() => node.getArguments(), []);
  const words = args.map((a) => ({ text: a.getValue(), span: toSpan(a.getRange()) }));
  const argsStart = args[0]?.getRange().start;
  let text = "";
  if (argsStart && argsStart.line <= lastLine) {
    const own = [lines[argsStart.line]?.slice(argsStart.character) ?? ""];
    for (let n = argsStart.line + 1; n <= lastLine; n++) own.push(lines[n] ?? "");
    text = joinContinuations(own, escapeChar);
  }
  return {
    keyword: node.getKeyword(),
    written: node.getInstruction(),
    span: toSpan(range),
    flags: attempt(() => flagsOf(node), []),
    words,
    text,
    exec: jsonArguments(text),
    heredocs,
  };
}

/** Parses the text (without a byte order mark). Never throws: a parser failure leaves the list empty. */
export function parseDockerfile(text: string): ParsedDockerfile {
  const starts = lineStarts(text);
  const lineText = (n: number) => {
    const start = starts[n] ?? text.length;
    const next = starts[n + 1];
    return text.slice(start, next === undefined ? text.length : next).replace(/\r?\n$|\r$/, "");
  };
  const lines = starts.map((_, n) => lineText(n));
  const { directives, directiveProblems } = readDirectives(lines);
  const escapeChar = directives.find((d) => d.name === "escape")?.value === "`" ? "`" : "\\";
  const result: ParsedDockerfile = {
    escapeChar,
    directives,
    directiveProblems,
    comments: [],
    instructions: [],
  };
  // dockerfile-ast's getters can throw on odd input (a heredoc marker after a continuation):
  // each part is read on its own, so one failure loses that part, never the audit.
  const parsed = attempt(() => DockerfileParser.parse(text), undefined);
  if (!parsed) return result;
  for (const comment of attempt(() => parsed.getComments(), [])) {
    const line = attempt(() => comment.getRange().start.line, -1);
    if (line >= 0) result.comments.push({ line: line + 1, text: lines[line] ?? "" });
  }
  for (const node of attempt(() => parsed.getInstructions(), [])) {
    const instruction = attempt(() => readInstruction(node, lines, escapeChar), undefined);
    if (instruction) result.instructions.push(instruction);
  }
  return result;
}
