/**
 * The file as text, before any parsing: its size, whether it is text at all, its byte order mark
 * and line endings, and the length of its longest line. These follow BuildKit's Dockerfile reader
 * (moby/buildkit frontend/dockerfile/parser/parser.go): it strips a UTF-8 byte order mark from the
 * first line, splits lines at line feeds only (a trailing carriage return is trimmed, a lone one
 * stays in the line), and reads lines with Go's bufio.Scanner, whose limit is 64 KiB per line.
 */
import { type Finding, finding } from "./rules.ts";

/** The audit reads files up to this many characters (UTF-16 code units); larger ones get one finding. */
export const MAX_DOCKERFILE_CHARACTERS = 100_000;

/** bufio.MaxScanTokenSize (64 KiB) holds a line and its line feed: "line greater than max allowed size of 65535". */
const MAX_LINE_BYTES = 65_535;

/** The file as text, ready to parse, with what reading it found. */
export type SourceText = {
  /** The text to parse: the input without its byte order mark. */
  text: string;
  findings: Finding[];
  /** False when the file is too large or not text: nothing else is checked. */
  readable: boolean;
  /** True when some line ends with CR LF. */
  crlf: boolean;
};

function format(n: number): string {
  return n.toLocaleString("en-US");
}

/** UTF-8 length of one UTF-16 code unit: surrogate halves count 2 each (4 per pair). */
function utf8Bytes(code: number): number {
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  if (code >= 0xd800 && code <= 0xdfff) return 2;
  return 3;
}

/**
 * Control characters no Dockerfile contains (tab, line feed, carriage return, form feed and
 * vertical tab excepted), C1 controls (bytes 0x80-0x9f read as Latin-1), and U+FFFD, which a
 * decoder puts where bytes were not UTF-8.
 */
function isBinaryCharacter(code: number): boolean {
  if (code < 0x20)
    return code !== 0x09 && code !== 0x0a && code !== 0x0b && code !== 0x0c && code !== 0x0d;
  return (code >= 0x7f && code <= 0x9f) || code === 0xfffd;
}

/**
 * Characters that show nothing, or reorder what follows them, so a line displays differently from
 * what Docker reads: the Unicode bidirectional controls (the "Trojan Source" attack,
 * CVE-2021-42574) and the zero-width spaces. Zero-width joiners are left out: emoji and several
 * scripts need them in comments.
 */
export const HIDDEN_CHARACTERS: ReadonlyMap<number, string> = new Map([
  [0x061c, "ARABIC LETTER MARK"],
  [0x200b, "ZERO WIDTH SPACE"],
  [0x200e, "LEFT-TO-RIGHT MARK"],
  [0x200f, "RIGHT-TO-LEFT MARK"],
  [0x202a, "LEFT-TO-RIGHT EMBEDDING"],
  [0x202b, "RIGHT-TO-LEFT EMBEDDING"],
  [0x202c, "POP DIRECTIONAL FORMATTING"],
  [0x202d, "LEFT-TO-RIGHT OVERRIDE"],
  [0x202e, "RIGHT-TO-LEFT OVERRIDE"],
  [0x2060, "WORD JOINER"],
  [0x2066, "LEFT-TO-RIGHT ISOLATE"],
  [0x2067, "RIGHT-TO-LEFT ISOLATE"],
  [0x2068, "FIRST STRONG ISOLATE"],
  [0x2069, "POP DIRECTIONAL ISOLATE"],
  [0xfeff, "ZERO WIDTH NO-BREAK SPACE"],
]);

function codePoint(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * Reads the text once, in linear time. Line numbers count CR LF, CR and LF as line breaks, as
 * editors (and the parser) do.
 */
export function readSource(input: unknown): SourceText {
  const raw = typeof input === "string" ? input : "";
  const findings: Finding[] = [];
  if (raw.length > MAX_DOCKERFILE_CHARACTERS) {
    findings.push(
      finding(
        "file-too-large",
        { line: 1 },
        `The file is ${format(raw.length)} characters long; the audit reads Dockerfiles of up to ${format(MAX_DOCKERFILE_CHARACTERS)} characters, so nothing else was checked.`,
        "Check the Dockerfile itself, not a concatenation or a generated bundle; real Dockerfiles are a few kilobytes.",
      ),
    );
    return { text: "", findings, readable: false, crlf: false };
  }
  const bom = raw.charCodeAt(0) === 0xfeff;
  const text = bom ? raw.slice(1) : raw;
  if (bom) {
    findings.push(
      finding(
        "byte-order-mark",
        { line: 1, column: 1 },
        "The file starts with a UTF-8 byte order mark. Docker strips it, but some tools that read Dockerfiles do not, and BuildKit before its fix of January 2025 (moby/buildkit#5645) ignored a # syntax= directive after one.",
        "Save the file as UTF-8 without a byte order mark.",
      ),
    );
  }

  let line = 1;
  let lineStart = 0;
  let lineBytes = 0;
  let hidden:
    | { line: number; column: number; code: number; count: number; lines: number }
    | undefined;
  let lastHiddenLine = 0;
  let crlf = false;
  let loneCr: number | undefined;
  let longLine: { line: number; bytes: number } | undefined;
  let binary = 0;
  let nul = false;
  let firstBinary: number | undefined;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || code === 0x0d) {
      if (code === 0x0d && text.charCodeAt(i + 1) === 0x0a) {
        crlf = true;
        i++;
      } else if (code === 0x0d && loneCr === undefined) {
        loneCr = line;
      }
      if (lineBytes > MAX_LINE_BYTES && !longLine) longLine = { line, bytes: lineBytes };
      line++;
      lineStart = i + 1;
      lineBytes = 0;
      continue;
    }
    lineBytes += utf8Bytes(code);
    if (HIDDEN_CHARACTERS.has(code)) {
      hidden ??= { line, column: i - lineStart + 1, code, count: 0, lines: 0 };
      hidden.count++;
      if (lastHiddenLine !== line) hidden.lines++;
      lastHiddenLine = line;
    }
    if (isBinaryCharacter(code)) {
      binary++;
      nul ||= code === 0;
      firstBinary ??= line;
    }
  }
  if (lineBytes > MAX_LINE_BYTES && !longLine) longLine = { line, bytes: lineBytes };

  // A NUL never appears in a text file; a scattering of other control characters means bytes that
  // were never text (a screenshot, an archive, a file in another encoding).
  if (firstBinary !== undefined && (nul || binary >= Math.max(4, text.length / 100))) {
    findings.push(
      finding(
        "binary-file",
        { line: firstBinary },
        `This is not a text file: from line ${firstBinary} on it holds ${format(binary)} control or undecodable character${binary === 1 ? "" : "s"}${nul ? ", NUL bytes among them" : ""}. Docker would not read it as a Dockerfile.`,
        "Paste the Dockerfile itself, saved as UTF-8 text.",
      ),
    );
    return { text: "", findings, readable: false, crlf };
  }
  if (longLine) {
    findings.push(
      finding(
        "line-too-long",
        { line: longLine.line },
        `Line ${longLine.line} is ${format(longLine.bytes)} bytes long; Docker reads lines of up to ${format(MAX_LINE_BYTES)} bytes and stops with "dockerfile line greater than max allowed size".`,
        "Split the line with line continuations (a backslash at the end of each part), or move the data into a file the build copies.",
      ),
    );
  }
  if (loneCr !== undefined) {
    findings.push(
      finding(
        "lone-carriage-return",
        { line: loneCr },
        `Line ${loneCr} ends with a carriage return alone (an old Mac line ending). Docker splits lines at line feeds only, so it reads this line and the next as one.`,
        "Convert the file to LF (or CR LF) line endings.",
      ),
    );
  }
  if (hidden) {
    const { count, lines } = hidden;
    const where =
      lines === 1 ? `line ${hidden.line}` : `${lines} lines, from line ${hidden.line} on,`;
    findings.push(
      finding(
        "hidden-characters",
        { line: hidden.line, column: hidden.column },
        `The file holds ${count === 1 ? "a character" : `${format(count)} characters`} that ${count === 1 ? "shows" : "show"} nothing or ${count === 1 ? "reorders" : "reorder"} the text around ${count === 1 ? "it" : "them"} (on ${where} the first ${codePoint(hidden.code)} ${HIDDEN_CHARACTERS.get(hidden.code)}, column ${hidden.column}): what an editor or a review displays is not what Docker reads (the "Trojan Source" attack, CVE-2021-42574).`,
        "Delete them; the line-by-line view of the check shows each one as its code point.",
      ),
    );
  }
  return { text, findings, readable: true, crlf };
}
