/**
 * Reading options with node:util's parseArgs, strictly (an unknown option or a missing value is an
 * error), and turning its errors into messages that name the option and the command.
 */
import { type ParseArgsConfig, parseArgs } from "node:util";
import { UsageError } from "./usage-error.ts";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** The parsed options (string or string[] or boolean, as declared) and the positional arguments. */
export type Parsed = {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
};

/**
 * Parses `args` for `command`.
 *
 * @throws UsageError naming the unknown option, the option without its value, or the stray argument.
 */
export function parseCommandLine(
  command: string,
  args: string[],
  options: Options,
  allowPositionals: boolean,
): Parsed {
  try {
    const { values, positionals } = parseArgs({
      args,
      options,
      allowPositionals,
      strict: true,
    });
    return { values: values as Parsed["values"], positionals };
  } catch (error) {
    throw new UsageError(describeParseError(command, error));
  }
}

function describeParseError(command: string, error: unknown): string {
  const code = (error as { code?: string }).code;
  const text = error instanceof Error ? error.message : String(error);
  const quoted = /'([^']+)'/.exec(text)?.[1] ?? "";
  const more = `see "base-image-advisor ${command} --help"`;
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION")
    return `${command}: unknown option ${quoted.startsWith("-") ? quoted : `--${quoted}`} (${more})`;
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const name = /--[\w-]+/.exec(text)?.[0] ?? quoted;
    return `${command}: option ${name} needs a value (${more})`;
  }
  if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL")
    return `${command}: unexpected argument "${quoted}" (${more})`;
  return `${command}: ${text}`;
}

/** The option's value when it is one of `allowed` (or the default when it was not given). */
export function choice<T extends string>(
  command: string,
  option: string,
  value: unknown,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if (typeof value === "string" && (allowed as readonly string[]).includes(value))
    return value as T;
  throw new UsageError(
    `${command}: --${option} "${String(value)}" is not one of ${allowed.join(", ")}`,
  );
}
