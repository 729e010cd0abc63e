/**
 * Just enough of TOML (toml.io, v1.0.0) to find dependency strings in a pyproject.toml, scanned in
 * one pass per line: a backtracking pattern over an unclosed string once took seven seconds.
 */

/**
 * One line with its strings taken out: `code` has each string replaced by "$n" (its index in
 * `strings`) and the comment removed, so structure can be matched without meeting string contents.
 */
export type TomlLine = { code: string; strings: string[]; unclosed: boolean };

const ESCAPES: Record<string, string> = {
  b: "\b",
  t: "\t",
  n: "\n",
  f: "\f",
  r: "\r",
  '"': '"',
  "\\": "\\",
};

/** A basic string's escapes (TOML "Basic strings"); an unknown escape is kept as written. */
function unescapeBasic(raw: string): string {
  return raw.replace(/\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))/g, (all, u, big, ch) => {
    const hex = u ?? big;
    if (hex) {
      const code = Number.parseInt(hex, 16);
      return code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
        ? String.fromCodePoint(code)
        : all;
    }
    return ESCAPES[ch] ?? all;
  });
}

const SPECIAL = /["'#]/g;

/** Where the basic string opened at `start` (the index after its quote) closes, or -1. */
function basicStringEnd(line: string, start: number): number {
  for (let i = start; i < line.length; i++) {
    if (line[i] === "\\") i++;
    else if (line[i] === '"') return i;
  }
  return -1;
}

/**
 * Scans the lines in order. Multi-line strings (""" and ''') are skipped over, across lines; their
 * contents are neither code nor dependency strings.
 */
export function scanTomlLines(lines: readonly string[]): TomlLine[] {
  const result: TomlLine[] = [];
  let openMultiline: '"""' | "'''" | null = null;
  for (const line of lines) {
    let code = "";
    const strings: string[] = [];
    let unclosed = false;
    let i = 0;
    while (i < line.length) {
      if (openMultiline) {
        const end = line.indexOf(openMultiline, i);
        if (end === -1) break;
        i = end + 3;
        openMultiline = null;
        continue;
      }
      const ch = line[i] as string;
      if (ch === "#") break;
      const triple = line.slice(i, i + 3);
      if (triple === '"""' || triple === "'''") {
        openMultiline = triple;
        code += '""';
        i += 3;
        continue;
      }
      if (ch === '"' || ch === "'") {
        const end = ch === '"' ? basicStringEnd(line, i + 1) : line.indexOf("'", i + 1);
        if (end === -1) {
          unclosed = true;
          break;
        }
        const raw = line.slice(i + 1, end);
        code += `"$${strings.length}"`;
        strings.push(ch === '"' ? unescapeBasic(raw) : raw);
        i = end + 1;
        continue;
      }
      // Plain code up to the next quote or #.
      SPECIAL.lastIndex = i + 1;
      const next = SPECIAL.exec(line)?.index ?? line.length;
      code += line.slice(i, next);
      i = next;
    }
    result.push({ code: code.trim(), strings, unclosed });
  }
  return result;
}
