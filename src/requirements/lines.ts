/**
 * Lines of a pasted requirements file, read the way pip reads them, in one pass each: every loop
 * over user text here is linear, whatever the text (a backtracking regex over a whole line once
 * took seconds on " #" repeated).
 */

/**
 * pip splits a requirements file with Python's str.splitlines() (pip: src/pip/_internal/req/
 * req_file.py, preprocess()), which breaks on \r\n and on each of \n \r \v \f \x1c \x1d \x1e \x85
 * U+2028 U+2029 (Python docs, "str.splitlines"). Splitting on the same set keeps line numbers the
 * same as pip's, and leaves no line separator inside a line for a later pattern to trip on.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these control characters are line breaks to pip.
const LINE_BREAK = /\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/;

/** Longest physical line the parser reads (pip-compile writes each --hash on its own line). */
export const MAX_LINE_CHARACTERS = 10_000;

/** The lines of `text`, split where pip splits them. */
export function splitLines(text: string): string[] {
  return text.split(LINE_BREAK);
}

function isWhitespace(ch: string | undefined): boolean {
  return ch !== undefined && /\s/.test(ch);
}

/**
 * The line without its comment. pip's rule (COMMENT_RE, `(^|\s+)#.*$`): a # at the start of the
 * line or after whitespace starts a comment; a # inside a word (a URL fragment) does not.
 */
export function stripComment(line: string): string {
  for (let at = line.indexOf("#"); at !== -1; at = line.indexOf("#", at + 1)) {
    if (at === 0 || isWhitespace(line[at - 1])) return line.slice(0, at);
  }
  return line;
}
