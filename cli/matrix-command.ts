/**
 * `base-image-advisor matrix`: the decision matrix in the same Markdown, CSV and JSON the web app
 * publishes (the engine's matrixToMarkdown / matrixToCsv / matrixToJson).
 */
import { defaultMatrix, matrixToCsv, matrixToJson, matrixToMarkdown } from "../src/index.ts";
import { choice, parseCommandLine } from "./command-line.ts";
import type { CommandContext } from "./context.ts";
import { MATRIX_HELP } from "./help.ts";
import { EXIT } from "./usage-error.ts";

const WRITERS = { md: matrixToMarkdown, csv: matrixToCsv, json: matrixToJson } as const;
const FORMATS = Object.keys(WRITERS) as (keyof typeof WRITERS)[];

/** Runs `matrix` with `args` (the words after "matrix"); returns the exit code. */
export function matrixCommand(args: string[], context: CommandContext): number {
  const { values } = parseCommandLine(
    "matrix",
    args,
    { format: { type: "string" }, help: { type: "boolean", short: "h" } },
    false,
  );
  if (values.help) {
    context.stdout.write(MATRIX_HELP);
    return EXIT.ok;
  }
  const format = choice("matrix", "format", values.format, FORMATS, "md");
  const text = WRITERS[format](defaultMatrix);
  context.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
  return EXIT.ok;
}
