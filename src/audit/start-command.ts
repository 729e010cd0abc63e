/**
 * What the container runs when it starts: the ENTRYPOINT in effect (the file's, or the one the
 * data says the base image sets) followed by the CMD, as Docker combines them (Dockerfile
 * reference, "Understand how CMD and ENTRYPOINT interact"). Shell forms run `/bin/sh -c`.
 */
import { parseCommand } from "../command.ts";
import type { ParsedInstruction } from "./parse.ts";
import type { Stage } from "./stages.ts";

/** What the container runs at start, as far as the file and the data tell. */
export type StartCommand = {
  /** The instruction the command comes from (the CMD, or the ENTRYPOINT when there is no CMD). */
  instruction: ParsedInstruction | undefined;
  /** The words Docker executes, when they are known: exec forms, or the base's known ENTRYPOINT. */
  args: string[] | undefined;
  /** A shell-form command's text, run by /bin/sh -c. */
  shell: string | undefined;
  /** True when the ENTRYPOINT comes from the base image (the data), not the file. */
  baseEntrypoint: boolean;
};

/** Init processes that start the real command after "--": tini (and Debian's tini-static), dumb-init. */
const INIT = /^(tini|tini-static|dumb-init)$/;

function basename(word: string): string {
  return word.slice(word.lastIndexOf("/") + 1);
}

/** The start command of a stage: its ENTRYPOINT (the file's or the base's) with its CMD, or undefined when it has neither. */
export function startCommand(stage: Stage): StartCommand | undefined {
  const { entrypoint, cmd } = stage;
  if (entrypoint && entrypoint.exec === undefined)
    return {
      instruction: entrypoint,
      args: undefined,
      shell: entrypoint.text,
      baseEntrypoint: false,
    };
  const prefix = entrypoint ? entrypoint.exec : stage.facts.entrypoint;
  if (cmd && cmd.exec === undefined) {
    // A shell-form CMD becomes ["/bin/sh", "-c", text] after any ENTRYPOINT.
    if (prefix && prefix.length > 0)
      return {
        instruction: cmd,
        args: [...prefix, "/bin/sh", "-c", cmd.text],
        shell: undefined,
        baseEntrypoint: !entrypoint,
      };
    return { instruction: cmd, args: undefined, shell: cmd.text, baseEntrypoint: false };
  }
  if (!cmd && !entrypoint) return undefined;
  if (prefix === undefined)
    return {
      instruction: cmd ?? entrypoint,
      args: undefined,
      shell: undefined,
      baseEntrypoint: true,
    };
  return {
    instruction: cmd ?? entrypoint,
    args: [...prefix, ...(cmd?.exec ?? [])],
    shell: undefined,
    baseEntrypoint: !entrypoint && prefix.length > 0,
  };
}

/**
 * The command as a person would type it in the questionnaire: init wrappers removed, and
 * interpreters or tools named by a path into a bin directory named by their file name (the
 * generated image puts its environment's bin on PATH).
 */
export function typedCommand(args: readonly string[]): string[] {
  let words = [...args];
  if (INIT.test(basename(words[0] ?? ""))) {
    words = words.slice(1);
    if (words[0] === "--") words = words.slice(1);
  }
  const first = words[0];
  if (first !== undefined && /\/bin\/[^/]+$/.test(first)) words[0] = basename(first);
  if (words[0] !== undefined && /^python3(\.\d+)?$/.test(words[0])) words[0] = "python";
  return words;
}

/** POSIX single-quoting where a word needs it, so the questionnaire's parser splits it back the same. */
export function quoteCommand(args: readonly string[]): string {
  return args
    .map((a) => (/^[A-Za-z0-9_@%+=:,./-]+$/.test(a) ? a : `'${a.replaceAll("'", `'\\''`)}'`))
    .join(" ");
}

/** The start command's words as typed: the exec form's, or a shell form's when it needs no shell. */
export function startWords(start: StartCommand | undefined): string[] | undefined {
  if (start?.args) return typedCommand(start.args);
  if (start?.shell === undefined) return undefined;
  const parsed = parseCommand(start.shell);
  return parsed.ok ? typedCommand(parsed.args) : undefined;
}
