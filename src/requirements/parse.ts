/**
 * Reads the dependency list of a requirements.txt, or of a pyproject.toml (PEP 621
 * `[project] dependencies`, Poetry's `[tool.poetry.dependencies]`). It parses the subset of PEP 508
 * that real files use (names, extras, version specifiers, environment markers) plus pip's file
 * syntax (comments, line continuations, --hash). Lines it does not follow (-r, -c, -e, index
 * options, URLs, paths) are reported, never dropped. Never throws.
 */

import { MAX_LINE_CHARACTERS, splitLines, stripComment } from "./lines.ts";
import { MAX_MARKER_DEPTH, markerDepth } from "./markers.ts";
import { scanTomlLines } from "./toml-lines.ts";

export const MAX_REQUIREMENTS_BYTES = 100_000;
export const MAX_REQUIREMENTS_LINES = 2_000;

export type Clause = {
  operator: "==" | "===" | "!=" | "~=" | "<=" | ">=" | "<" | ">";
  version: string;
};
export type Requirement = {
  /** PEP 503 normalised name. */
  name: string;
  /** The name as written. */
  written: string;
  /** 1-based line of the requirement (its first line when continued). */
  line: number;
  extras: string[];
  /** The specifier as written, "" for none. */
  specifier: string;
  clauses: Clause[];
  /** The environment marker as written, "" for none. */
  marker: string;
};
export type Unchecked = { line: number; text: string; why: string };
export type ParseError = { line: number; message: string };
export type ParsedRequirements = {
  requirements: Requirement[];
  unchecked: Unchecked[];
  errors: ParseError[];
};

/** PEP 503: lower case, runs of -, _ and . become one -. */
export function normaliseName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}

const NAME = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)/;
const CLAUSE = /^\s*(===|==|!=|~=|<=|>=|<|>)\s*([A-Za-z0-9._*+!-]+)\s*$/;
const VERSION = /^\d+(?:\.\d+)*(?:\.\*)?$/;

/** Shows a line safely in messages: control characters made visible, long lines cut. */
export function preview(text: string): string {
  const visible = text.replace(
    /[\p{Cc}\u2028\u2029]/gu,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  return visible.length > 120 ? `${visible.slice(0, 117)}...` : visible;
}

const NOT_FOLLOWED: [RegExp, string][] = [
  [/^(-r|--requirement)\b/, "includes another requirements file, which the analysis does not read"],
  [/^(-c|--constraint)\b/, "a constraints file, which the analysis does not read"],
  [/^(-e|--editable)\b/, "an editable install of a local path or VCS URL"],
  [
    /^(-i|--index-url|--extra-index-url|-f|--find-links|--trusted-host|--no-index)\b/,
    "an index option: packages may come from elsewhere than PyPI",
  ],
  [
    /^(--no-binary|--only-binary|--prefer-binary|--pre|--require-hashes|--use-feature)\b/,
    "a pip option, not a package",
  ],
  [/^-/, "an option the analysis does not follow"],
];

/** Parses one requirement (PEP 508 subset). Returns the requirement, or why it is not checked, or an error. */
export function parseRequirement(text: string, line: number): Requirement | Unchecked | ParseError {
  const withoutHashes = text.replace(/\s--hash[= ]\S+/g, "").trim();
  for (const [pattern, why] of NOT_FOLLOWED)
    if (pattern.test(withoutHashes)) return { line, text: preview(text), why };
  if (
    /^(\.{0,2}\/|[a-z+]+:\/\/|git\+)/i.test(withoutHashes) ||
    /\.(whl|tar\.gz|zip)$/i.test(withoutHashes)
  ) {
    return { line, text: preview(text), why: "a URL or a local path, not a package from PyPI" };
  }
  const name = NAME.exec(withoutHashes);
  if (!name)
    return { line, message: `"${preview(withoutHashes)}" does not start with a package name` };
  let rest = withoutHashes.slice(name[0].length);
  let extras: string[] = [];
  const extrasMatch = /^\s*\[([^\]]*)\]/.exec(rest);
  if (extrasMatch) {
    extras = (extrasMatch[1] ?? "")
      .split(",")
      .map((e) => e.trim())
      .filter((e) => e !== "");
    if (extras.some((e) => !NAME.test(e) || NAME.exec(e)?.[0] !== e))
      return { line, message: `extras "[${preview(extrasMatch[1] ?? "")}]" are not valid names` };
    rest = rest.slice(extrasMatch[0].length);
  }
  if (/^\s*@/.test(rest))
    return {
      line,
      text: preview(text),
      why: "a direct URL reference (name @ URL), not a release from PyPI",
    };
  const semicolon = rest.indexOf(";");
  const marker = semicolon === -1 ? "" : rest.slice(semicolon + 1).trim();
  let specifier = (semicolon === -1 ? rest : rest.slice(0, semicolon)).trim();
  if (/^\(.*\)$/.test(specifier)) specifier = specifier.slice(1, -1).trim();
  const clauses: Clause[] = [];
  if (specifier !== "") {
    for (const part of specifier.split(",")) {
      const clause = CLAUSE.exec(part);
      if (!clause)
        return {
          line,
          message: `"${preview(part.trim())}" is not a version specifier (such as ==1.2.3 or >=2.0)`,
        };
      const version = clause[2] as string;
      if (!VERSION.test(version)) {
        return {
          line,
          text: preview(text),
          why: `version "${preview(version)}" has pre-release or local parts the analysis does not compare`,
        };
      }
      clauses.push({ operator: clause[1] as Clause["operator"], version });
    }
  }
  if (semicolon !== -1 && marker === "")
    return { line, message: "an empty environment marker after ;" };
  const depth = markerDepth(marker);
  if (depth > MAX_MARKER_DEPTH)
    return {
      line,
      message: `the environment marker nests parentheses ${depth} deep; the limit is ${MAX_MARKER_DEPTH}`,
    };
  return {
    name: normaliseName(name[0]),
    written: name[0],
    line,
    extras,
    specifier,
    clauses,
    marker,
  };
}

function isRequirement(value: Requirement | Unchecked | ParseError): value is Requirement {
  return "clauses" in value;
}

function collect(entries: { text: string; line: number }[]): ParsedRequirements {
  const result: ParsedRequirements = { requirements: [], unchecked: [], errors: [] };
  for (const { text, line } of entries) {
    const parsed = parseRequirement(text, line);
    if (isRequirement(parsed)) result.requirements.push(parsed);
    else if ("why" in parsed) result.unchecked.push(parsed);
    else result.errors.push(parsed);
  }
  return result;
}

/** requirements.txt: comments, blank lines, backslash continuations. */
function requirementsTxt(lines: string[]): { text: string; line: number }[] {
  const entries: { text: string; line: number }[] = [];
  let pending = "";
  let start = 0;
  lines.forEach((raw, i) => {
    const withoutComment = stripComment(raw);
    if (pending === "") start = i + 1;
    if (withoutComment.endsWith("\\")) {
      pending += `${withoutComment.slice(0, -1)} `;
      return;
    }
    const text = `${pending}${withoutComment}`.trim();
    pending = "";
    if (text !== "") entries.push({ text, line: start });
  });
  if (pending.trim() !== "") entries.push({ text: pending.trim(), line: start });
  return entries;
}

/** Poetry's ^ and ~ constraints as PEP 440 clauses (python-poetry.org docs, "Dependency specification"). */
function poetryConstraint(spec: string): string {
  const caret = /^\^\s*(\d+(?:\.\d+)*)$/.exec(spec);
  if (caret) {
    const parts = (caret[1] as string).split(".").map(Number);
    const firstNonZero = parts.findIndex((p) => p !== 0);
    const index = firstNonZero === -1 ? parts.length - 1 : firstNonZero;
    const upper = parts.slice(0, index + 1).map((p, i) => (i === index ? p + 1 : p));
    return `>=${caret[1]},<${upper.join(".")}`;
  }
  const tilde = /^~\s*(\d+(?:\.\d+)*)$/.exec(spec);
  if (tilde) {
    const parts = (tilde[1] as string).split(".").map(Number);
    const upper =
      parts.length === 1
        ? [(parts[0] as number) + 1]
        : [parts[0] as number, (parts[1] as number) + 1];
    return `>=${tilde[1]},<${upper.join(".")}`;
  }
  if (spec === "*" || spec === "") return "";
  if (/^\d/.test(spec)) return `==${spec}`;
  return spec;
}

/** pyproject.toml: the strings of [project] dependencies, or the keys of [tool.poetry.dependencies]. */
function pyproject(lines: string[]): {
  entries: { text: string; line: number }[];
  unchecked: Unchecked[];
  errors: ParseError[];
} {
  const entries: { text: string; line: number }[] = [];
  const unchecked: Unchecked[] = [];
  const errors: ParseError[] = [];
  let section = "";
  let inProjectDeps = false;
  scanTomlLines(lines).forEach(({ code, strings, unclosed }, i) => {
    const header = /^\[([^\]"]+)\]$/.exec(code);
    if (header) {
      section = (header[1] as string).trim();
      inProjectDeps = false;
      return;
    }
    if (section === "project" && /^dependencies\s*=\s*\[/.test(code)) inProjectDeps = true;
    const poetry =
      section === "tool.poetry.dependencies" || section === "tool.poetry.group.main.dependencies";
    if (unclosed && (inProjectDeps || poetry)) {
      errors.push({ line: i + 1, message: "a string on this line is not closed" });
      return;
    }
    if (inProjectDeps) {
      for (const text of strings) entries.push({ text, line: i + 1 });
      if (/\]\s*,?$/.test(code)) inProjectDeps = false;
      return;
    }
    if (!poetry) return;
    const entry = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*=\s*(.+)$/.exec(code);
    if (!entry) return;
    const name = entry[1] as string;
    const value = (entry[2] as string).trim();
    if (name.toLowerCase() === "python") return;
    // The string placeholders ("$n") stand for strings[n]: a plain version, or a table's version.
    const placeholder = /^"\$(\d+)"$/.exec(value) ?? /\bversion\s*=\s*"\$(\d+)"/.exec(value);
    const spec = placeholder ? strings[Number(placeholder[1])] : undefined;
    if (spec !== undefined)
      entries.push({ text: `${name}${poetryConstraint(spec.trim())}`, line: i + 1 });
    else
      unchecked.push({
        line: i + 1,
        text: preview((lines[i] ?? "").trim()),
        why: "a path, git or URL dependency, not a release from PyPI",
      });
  });
  return { entries, unchecked, errors };
}

/** UTF-8 byte length without TextEncoder (the engine has no DOM types). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** Parses a requirements.txt or a pyproject.toml. Never throws. */
export function parseRequirements(input: string): ParsedRequirements {
  if (typeof input !== "string")
    return { requirements: [], unchecked: [], errors: [{ line: 0, message: "expected text" }] };
  const bytes = utf8Length(input);
  if (bytes > MAX_REQUIREMENTS_BYTES) {
    return {
      requirements: [],
      unchecked: [],
      errors: [
        {
          line: 0,
          message: `the file is ${bytes} bytes; the limit is ${MAX_REQUIREMENTS_BYTES} bytes (${MAX_REQUIREMENTS_BYTES / 1000} KB)`,
        },
      ],
    };
  }
  const lines = splitLines(input.replace(/^\uFEFF/, ""));
  if (lines.length > MAX_REQUIREMENTS_LINES) {
    return {
      requirements: [],
      unchecked: [],
      errors: [
        {
          line: 0,
          message: `the file has ${lines.length} lines; the limit is ${MAX_REQUIREMENTS_LINES}`,
        },
      ],
    };
  }
  // A line too long to be a requirement is reported and left out, so no later pass meets it.
  const tooLong: ParseError[] = [];
  const readable = lines.map((line, i) => {
    if (line.length <= MAX_LINE_CHARACTERS) return line;
    tooLong.push({
      line: i + 1,
      message: `the line is ${line.length} characters long; the limit is ${MAX_LINE_CHARACTERS}`,
    });
    return "";
  });
  const byLine = (a: { line: number }, b: { line: number }) => a.line - b.line;
  if (readable.some((l) => /^\s*\[(project|tool\.poetry[^\]]*)\]\s*$/.test(l))) {
    const { entries, unchecked, errors } = pyproject(readable);
    const result = collect(entries);
    return {
      requirements: result.requirements,
      unchecked: [...unchecked, ...result.unchecked].sort(byLine),
      errors: [...tooLong, ...errors, ...result.errors].sort(byLine),
    };
  }
  const result = collect(requirementsTxt(readable));
  return { ...result, errors: [...tooLong, ...result.errors].sort(byLine) };
}
