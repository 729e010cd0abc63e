/**
 * What the command line knows about where it writes: whether colour and progress are wanted.
 * Colour only on a terminal, never when NO_COLOR is set to a non-empty value (no-color.org) or the
 * terminal is "dumb"; progress only on a terminal, so logs and pipes get plain, stable text.
 */

/** A stream the command writes to (process.stdout, or a test's collector). */
export type Output = { write(text: string): unknown; isTTY?: boolean };

/** Text decorations; each is the identity when colour is off. */
export type Style = {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
  green(text: string): string;
};

/** True when `stream` is a terminal and the environment does not ask for plain text. */
export function wantsColour(stream: Output, env: Record<string, string | undefined>): boolean {
  if (!stream.isTTY) return false;
  if ((env.NO_COLOR ?? "") !== "") return false;
  return env.TERM !== "dumb";
}

function sgr(open: number, close: number, on: boolean) {
  return (text: string) => (on ? `\x1b[${open}m${text}\x1b[${close}m` : text);
}

/** ANSI styles when `on`, plain text otherwise. */
export function makeStyle(on: boolean): Style {
  return {
    bold: sgr(1, 22, on),
    dim: sgr(2, 22, on),
    red: sgr(31, 39, on),
    yellow: sgr(33, 39, on),
    cyan: sgr(36, 39, on),
    green: sgr(32, 39, on),
  };
}

/** A one-line progress note that rewrites itself; silent unless `stream` is a terminal. */
export type Progress = { update(text: string): void; done(): void };

/** Progress on `stream` (stderr) when it is a terminal, nothing otherwise. */
export function makeProgress(stream: Output): Progress {
  if (!stream.isTTY) return { update() {}, done() {} };
  let shown = false;
  return {
    update(text) {
      stream.write(`\r\x1b[K${text}`);
      shown = true;
    },
    done() {
      if (shown) stream.write("\r\x1b[K");
      shown = false;
    },
  };
}
