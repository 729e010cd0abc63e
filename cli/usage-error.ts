/**
 * A mistake in how the command line was called: an unknown option, a value out of range, a file
 * that cannot be read. The entry point prints its message and exits with EXIT.usage.
 */
export class UsageError extends Error {
  override name = "UsageError";
}

/** The exit codes, as the README documents them. */
export const EXIT = {
  /** The command did what was asked and found nothing at or above the threshold. */
  ok: 0,
  /** `check` found a finding at or above --fail-on; `recommend` could not meet every answer. */
  findings: 1,
  /** The command was called wrongly or its input could not be read. */
  usage: 2,
} as const;
