/**
 * The command line's dispatcher: picks the command, runs it, and turns usage errors into a
 * message on stderr and exit code 2. Anything else that escapes a command is a bug in this
 * program, reported as such (exit 2 as well, so CI never reads a crash as "passed").
 */
import { defaultMatrix } from "../src/index.ts";
import { checkCommand } from "./check-command.ts";
import type { CommandContext } from "./context.ts";
import { MAIN_HELP } from "./help.ts";
import { matrixCommand } from "./matrix-command.ts";
import { recommendCommand } from "./recommend-command.ts";
import { EXIT, UsageError } from "./usage-error.ts";

const COMMANDS = { check: checkCommand, recommend: recommendCommand, matrix: matrixCommand };

function dispatch(args: string[], context: CommandContext): number {
  const [first, ...rest] = args;
  if (first === undefined) {
    context.stderr.write(MAIN_HELP);
    return EXIT.usage;
  }
  if (first === "-h" || first === "--help" || first === "help") {
    context.stdout.write(MAIN_HELP);
    return EXIT.ok;
  }
  if (first === "-v" || first === "--version") {
    context.stdout.write(
      `base-image-advisor ${context.version} (data ${defaultMatrix.dataVersion})\n`,
    );
    return EXIT.ok;
  }
  if (Object.hasOwn(COMMANDS, first))
    return COMMANDS[first as keyof typeof COMMANDS](rest, context);
  throw new UsageError(
    `unknown command "${first}": expected ${Object.keys(COMMANDS).join(", ")} (see "base-image-advisor --help")`,
  );
}

/** Runs the command line for `args` (without node and the script); returns the exit code. */
export function run(args: string[], context: CommandContext): number {
  try {
    return dispatch(args, context);
  } catch (error) {
    if (error instanceof UsageError) {
      context.stderr.write(`base-image-advisor: ${error.message}\n`);
      return EXIT.usage;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    context.stderr.write(`base-image-advisor: internal error (please report it): ${detail}\n`);
    return EXIT.usage;
  }
}
