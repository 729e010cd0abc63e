/**
 * The dispatcher in-process, where a test can pose as a terminal: colour and progress only on a
 * TTY, NO_COLOR respected, and the exit codes of each outcome.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CommandContext } from "./context.ts";
import { run } from "./run.ts";

const ROOT = join(import.meta.dirname, "..");
const BLOATED = "src/audit/__fixtures__/article/Dockerfile.bloated";
const ESCAPE = "\x1b[";

function context(tty: boolean, env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CommandContext = {
    stdout: { write: (text: string) => out.push(text), isTTY: tty },
    stderr: { write: (text: string) => err.push(text), isTTY: tty },
    env,
    cwd: ROOT,
    now: () => new Date("2026-12-01T12:00:00Z"),
    version: "0.0.0-test",
  };
  return { value, stdout: () => out.join(""), stderr: () => err.join("") };
}

describe("colour and progress", () => {
  it("colours the report on a terminal", () => {
    const tty = context(true);
    expect(run(["check", BLOATED], tty.value)).toBe(1);
    expect(tty.stdout()).toContain(`${ESCAPE}33mwarning`);
  });

  it("writes plain text when stdout is not a terminal", () => {
    const pipe = context(false);
    expect(run(["check", BLOATED], pipe.value)).toBe(1);
    expect(pipe.stdout()).not.toContain(ESCAPE);
    expect(pipe.stdout()).toContain(`${BLOATED}:2 warning apt-update-alone`);
  });

  it("writes plain text on a terminal when NO_COLOR is set, and colour when it is empty", () => {
    const noColour = context(true, { NO_COLOR: "1" });
    run(["check", BLOATED], noColour.value);
    expect(noColour.stdout()).not.toContain(ESCAPE);
    const empty = context(true, { NO_COLOR: "" });
    run(["check", BLOATED], empty.value);
    expect(empty.stdout()).toContain(ESCAPE);
    const recommend = context(true, { NO_COLOR: "1" });
    expect(run(["recommend"], recommend.value)).toBe(0);
    expect(recommend.stdout()).not.toContain(ESCAPE);
  });

  it("shows progress over several files on a terminal only, and clears it", () => {
    const files = [BLOATED, "src/audit/__fixtures__/article/Dockerfile.slim"];
    const tty = context(true);
    run(["check", ...files], tty.value);
    expect(tty.stderr()).toContain("checking 2/2");
    expect(tty.stderr().endsWith("\r\x1b[K")).toBe(true);
    const pipe = context(false);
    run(["check", ...files], pipe.value);
    expect(pipe.stderr()).toBe("");
  });

  it("never colours JSON or SARIF, even on a terminal", () => {
    for (const format of ["json", "sarif"]) {
      const tty = context(true);
      run(["check", BLOATED, "--format", format], tty.value);
      expect(tty.stdout()).not.toContain(ESCAPE);
      expect(() => JSON.parse(tty.stdout())).not.toThrow();
    }
  });
});

describe("the clock", () => {
  it("reads today's UTC date when --today is not given", () => {
    const c = context(false);
    run(["check", BLOATED, "--format", "json"], c.value);
    expect(JSON.parse(c.stdout()).today).toBe("2026-12-01");
  });
});
