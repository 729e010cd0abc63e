/** Today's date (UTC) for the engine, which never reads the clock itself. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
