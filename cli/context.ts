/**
 * What a command runs with: its streams, environment, working folder and clock, passed in rather
 * than read from globals so every command can be run from a test as from a shell.
 */
import type { Output } from "./terminal.ts";

/** The world a command sees. */
export type CommandContext = {
  stdout: Output;
  stderr: Output;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Read only when --today is not given. */
  now: () => Date;
  version: string;
};
