/**
 * The one error the refresh raises for bad upstream input: it names the file (as the snapshot or the
 * live fetch calls it) so a maintainer can open it, and says what was expected there.
 */
import type { z } from "zod";
import { formatIssues } from "../data/validate.ts";

/** Bad upstream input, with the file it came from. */
export class UpstreamFormatError extends Error {
  /** The file within the snapshot, such as `official-images/library/python`. */
  readonly file: string;

  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = "UpstreamFormatError";
    this.file = file;
  }
}

/**
 * `input` checked against `schema`, or an UpstreamFormatError naming the file and the first fields
 * that did not fit (the same wording as the data validator's: field, expected, got).
 */
export function checkShape<T>(file: string, schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const lines = formatIssues(file, input, result.error.issues).map((line) =>
    line.slice(file.length + 2),
  );
  const shown = lines.slice(0, 3).join("; ");
  const more = lines.length > 3 ? ` (and ${lines.length - 3} more)` : "";
  throw new UpstreamFormatError(file, `${shown}${more}`);
}

/** JSON.parse with the file named in the error. */
export function parseJsonFile(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UpstreamFormatError(file, `not valid JSON: ${(error as Error).message}`);
  }
}
