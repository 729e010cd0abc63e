/**
 * The engine's own blocking warning for an unsafe start command, as the command field shows it.
 * In the engine chunk (app/views.ts), so the page's first download carries no command parser; the
 * field shows it once the chunk is in, and the verdict says the same.
 */
import { parseCommand, unsafeCommandWarning } from "../src/command.ts";

export function commandWarning(text: string): string | null {
  const parsed = parseCommand(text);
  if (parsed.ok) return null;
  const warning = unsafeCommandWarning(parsed.problem);
  return `${warning.message} ${warning.fix}`;
}
