/**
 * Exec form, the Dockerfile's JSON-array way of writing a command (Dockerfile reference, "Shell and
 * exec form"): run directly, without a shell. Apart from command.ts, which the page's first
 * download carries, because only the generators and the audit write it.
 */

/** The arguments as a JSON array for an exec-form instruction: JSON escaping keeps each one a single argument. */
export function execForm(args: readonly string[]): string {
  return `[${args.map((a) => JSON.stringify(a)).join(", ")}]`;
}
