/**
 * Requirements texts built to hurt a parser: the inputs that once threw or took seconds (issue 14),
 * and their neighbours just under each limit (line length, line count, file size), where a check
 * cannot cut them short and every pass has to be linear. Used by the fuzz tests (never throws,
 * under a generous timeout) and by scripts/bench.ts (time per input, printed).
 */
import { MAX_REQUIREMENTS_CHARACTERS } from "../answers.ts";
import { MAX_LINE_CHARACTERS } from "../requirements/lines.ts";
import { MAX_REQUIREMENTS_LINES } from "../requirements/parse.ts";

/** `unit` repeated into lines just under the line-length limit, filling the file size limit. */
function fill(unit: string, lineEnd = "\n", prefix = ""): string {
  const line = unit.repeat(Math.floor((MAX_LINE_CHARACTERS - 10) / unit.length));
  const count = Math.min(
    MAX_REQUIREMENTS_LINES - 5,
    Math.floor((MAX_REQUIREMENTS_CHARACTERS - prefix.length) / (line.length + 3) - 1),
  );
  return prefix + `${line}${lineEnd}`.repeat(count);
}

export const ADVERSARIAL_REQUIREMENTS: readonly { name: string; text: string }[] = [
  {
    name: "20,000 nested parentheses in a marker (threw RangeError)",
    text: `numpy==1.26.4 ; ${"(".repeat(20_000)}python_version > "3"${")".repeat(20_000)}`,
  },
  {
    name: "nested parentheses on a line just under the length limit",
    text: `numpy==1.26.4 ; ${"(".repeat(4_900)}python_version > "3"${")".repeat(4_900)}`,
  },
  {
    name: "parentheses 32 deep (the limit), evaluated",
    text: `numpy==1.26.4 ; ${"(".repeat(32)}python_version > "3"${")".repeat(32)}\n`,
  },
  {
    name: '" #" x 49,998 then U+2028 (the comment strip took 4.6 s)',
    text: `${" #".repeat(49_998)}\u2028`,
  },
  { name: '" #" filling lines under the length limit', text: fill(" #", "\u2028") },
  {
    name: 'pyproject dependencies = [" then \\" x 49,980 (the string scan took 7.1 s)',
    text: `[project]\ndependencies = ["${'\\"'.repeat(49_980)}`,
  },
  {
    name: 'pyproject: unclosed \\" strings filling lines under the length limit',
    text: fill('\\"', "\n", '[project]\ndependencies = [\n"'),
  },
  {
    name: "pyproject: one multi-line string opened and never closed",
    text: fill("x", "\n", '[project]\ndescription = """\n'),
  },
  { name: "a marker of quotes and spaces", text: fill(" '", "\n", "numpy ; ") },
  { name: "name characters with no end (backtracking bait)", text: fill("a-", "!\n") },
  { name: "--hash options with nothing after them", text: fill(" --hash=", "\n", "numpy") },
  { name: "backslash continuations all the way down", text: fill("x", "\\\n") },
  { name: "2,000 lines of ((((", text: "x;((((\n".repeat(MAX_REQUIREMENTS_LINES - 1) },
  {
    name: "every line break kind",
    text: "a==1\r\nb==2\rc==3\u2028d==4\u2029e==5\u0085f==6\u000bg==7\u000ch==8\u001ci==9".repeat(
      500,
    ),
  },
];
