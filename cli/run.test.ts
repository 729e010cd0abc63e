/**
 * The dispatcher in-process, where a test can pose as a terminal: colour and progress only on a
 * TTY, NO_COLOR respected, and the exit codes of each outcome.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runInProcess } from "./test-support/run-in-process.ts";

const ROOT = join(import.meta.dirname, "..");
const BLOATED = "src/audit/__fixtures__/article/Dockerfile.bloated";
const ESCAPE = "\x1b[";

/** A run from the repository's root, on a terminal or not, on 2026-12-01. */
function runAt(args: string[], tty: boolean, env: Record<string, string> = {}) {
  return runInProcess(args, {
    cwd: ROOT,
    env,
    tty,
    now: () => new Date("2026-12-01T12:00:00Z"),
  });
}

describe("colour and progress", () => {
  it("colours the report on a terminal", () => {
    const tty = runAt(["check", BLOATED], true);
    expect(tty.status).toBe(1);
    expect(tty.stdout).toContain(`${ESCAPE}33mwarning`);
  });

  it("writes plain text when stdout is not a terminal", () => {
    const pipe = runAt(["check", BLOATED], false);
    expect(pipe.status).toBe(1);
    expect(pipe.stdout).not.toContain(ESCAPE);
    expect(pipe.stdout).toContain(`${BLOATED}:2 warning apt-update-alone`);
  });

  it("writes plain text on a terminal when NO_COLOR is set, and colour when it is empty", () => {
    expect(runAt(["check", BLOATED], true, { NO_COLOR: "1" }).stdout).not.toContain(ESCAPE);
    expect(runAt(["check", BLOATED], true, { NO_COLOR: "" }).stdout).toContain(ESCAPE);
    const recommend = runAt(["recommend"], true, { NO_COLOR: "1" });
    expect(recommend.status).toBe(0);
    expect(recommend.stdout).not.toContain(ESCAPE);
  });

  it("shows progress over several files on a terminal only, and clears it", () => {
    const files = [BLOATED, "src/audit/__fixtures__/article/Dockerfile.slim"];
    const tty = runAt(["check", ...files], true);
    expect(tty.stderr).toContain("checking 2/2");
    expect(tty.stderr.endsWith("\r\x1b[K")).toBe(true);
    expect(runAt(["check", ...files], false).stderr).toBe("");
  });

  it("never colours JSON or SARIF, even on a terminal", () => {
    for (const format of ["json", "sarif"]) {
      const tty = runAt(["check", BLOATED, "--format", format], true);
      expect(tty.stdout).not.toContain(ESCAPE);
      expect(() => JSON.parse(tty.stdout)).not.toThrow();
    }
  });
});

describe("the clock", () => {
  it("reads today's UTC date when --today is not given", () => {
    const c = runAt(["check", BLOATED, "--format", "json"], false);
    expect(JSON.parse(c.stdout).today).toBe("2026-12-01");
  });
});
