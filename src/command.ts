/**
 * Turns the start command as typed into exec-form arguments, or says why it cannot.
 *
 * Exec form runs the program without a shell (Dockerfile reference, "Shell and exec form"), so
 * anything that needs a shell to mean what the user meant is refused rather than silently changed.
 * Quoting follows POSIX sh (XCU 2.2): single quotes keep everything literal; inside double quotes a
 * backslash escapes only $ ` " \; outside quotes a backslash escapes the next character.
 */

import { MAX_COMMAND_LENGTH } from "./answers.ts";
import type { Warning } from "./warnings.ts";

/** How long a command may be (defined in answers.ts, with the other answer limits). */
export { MAX_COMMAND_LENGTH };

export type ParsedCommand = { ok: true; args: string[] } | { ok: false; problem: string };

/**
 * Control characters, line and paragraph separators, invisible format characters (bidi overrides,
 * zero-width), and lone surrogates: half a character, which has no UTF-8 form, so Docker would
 * write U+FFFD in its place and run something other than what was typed.
 */
const UNSAFE_CHARACTER = /[\p{Cc}\p{Cf}\p{Cs}\u2028\u2029]/u;

const OPERATORS: Record<string, string> = {
  ";": "a command separator (;)",
  "|": "a pipe (|)",
  "&": "a background operator (&)",
  "<": "a redirection (<)",
  ">": "a redirection (>)",
  "(": "a subshell (()",
  ")": "a subshell ())",
  "*": "a glob (*)",
  "?": "a glob (?)",
  "[": "a glob ([)",
  "]": "a glob (])",
  "{": "a brace expansion ({)",
  "}": "a brace expansion (})",
  "~": "a home-directory expansion (~)",
  $: "a variable or command substitution ($)",
  "`": "a command substitution (`)",
};

function describeCharacter(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  return `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** Names the two-character operators a user most likely meant, for a clearer message. */
function operatorAt(text: string, index: number): string {
  const pair = text.slice(index, index + 2);
  if (pair === "&&") return "&& (run if the previous succeeded)";
  if (pair === "||") return "|| (run if the previous failed)";
  if (pair === "$(") return "a command substitution ($())";
  return OPERATORS[text[index] ?? ""] ?? text[index] ?? "";
}

/**
 * Splits `command` into arguments with POSIX quoting, refusing anything a shell would interpret.
 * Never throws.
 */
export function parseCommand(command: string): ParsedCommand {
  if (command.length > MAX_COMMAND_LENGTH) {
    return {
      ok: false,
      problem: `is ${command.length} characters long; the limit is ${MAX_COMMAND_LENGTH}`,
    };
  }
  const unsafe = UNSAFE_CHARACTER.exec(command);
  if (unsafe) {
    const at = `(${describeCharacter(unsafe[0])}) at position ${unsafe.index + 1}`;
    if (/\p{Cs}/u.test(unsafe[0]))
      return {
        ok: false,
        problem: `contains half of a character, a lone surrogate ${at}, which Docker would replace with U+FFFD`,
      };
    const what =
      unsafe[0] === "\n" || unsafe[0] === "\r"
        ? "a line break"
        : "a control or invisible character";
    return { ok: false, problem: `contains ${what} ${at}` };
  }

  const args: string[] = [];
  let current = "";
  let inWord = false;
  let quote: "'" | '"' | null = null;

  for (let i = 0; i < command.length; i++) {
    const ch = command[i] as string;
    if (quote === "'") {
      if (ch === "'") quote = null;
      else current += ch;
      continue;
    }
    if (quote === '"') {
      if (ch === '"') {
        quote = null;
      } else if (ch === "\\") {
        const next = command[i + 1];
        if (next !== undefined && '$`"\\'.includes(next)) {
          current += next;
          i++;
        } else {
          current += ch;
        }
      } else if (ch === "$" || ch === "`") {
        return {
          ok: false,
          problem: `has ${operatorAt(command, i)} inside double quotes at position ${i + 1}, which only a shell expands`,
        };
      } else {
        current += ch;
      }
      continue;
    }
    if (ch === " ") {
      if (inWord) args.push(current);
      current = "";
      inWord = false;
      continue;
    }
    if (ch === "'" || ch === '"') {
      quote = ch;
      inWord = true;
      continue;
    }
    if (ch === "\\") {
      const next = command[i + 1];
      if (next === undefined) return { ok: false, problem: "ends with a backslash" };
      current += next;
      inWord = true;
      i++;
      continue;
    }
    if (ch === "#" && !inWord) {
      return {
        ok: false,
        problem: `has a # at position ${i + 1}, which a shell reads as the start of a comment`,
      };
    }
    if (ch in OPERATORS) {
      return {
        ok: false,
        problem: `has ${operatorAt(command, i)} at position ${i + 1}, which needs a shell`,
      };
    }
    current += ch;
    inWord = true;
  }

  if (quote)
    return { ok: false, problem: `has an unclosed ${quote === "'" ? "single" : "double"} quote` };
  if (inWord) args.push(current);
  if (args.length === 0)
    return { ok: false, problem: "is empty: enter the command that starts your app" };
  const assignment = /^[A-Za-z_][A-Za-z0-9_]*=/.exec(args[0] as string);
  if (assignment) {
    return {
      ok: false,
      problem: `starts with an environment assignment (${assignment[0]}...), which needs a shell: set it with ENV in the Dockerfile instead`,
    };
  }
  return { ok: true, args };
}

/**
 * The blocking warning for a command that cannot be written safely. recommend() puts it first in its
 * warnings; the questionnaire shows the same text next to the field as you type.
 */
export function unsafeCommandWarning(problem: string): Warning {
  return {
    code: "unsafe-command",
    severity: "blocking",
    message: `The start command ${problem}. It cannot be written as an exec-form CMD safely, so no Dockerfile is generated.`,
    fix: "Type the program and its arguments only, as you would run it directly (quote arguments with spaces). For shell features, put them in a script and run that script.",
    field: "command",
  };
}
