/**
 * shellcheck over the shell the generated Dockerfiles run: every RUN body of every distinct
 * Dockerfile, de-duplicated, with BuildKit's flags (--mount=...) stripped, in one batch.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { run } from "./process.ts";

/** BuildKit's RUN flags, which are not shell. */
const RUN_FLAG = /^--(mount|network|security)=\S+/;

function stripFlags(body: string): string {
  let rest = body;
  for (;;) {
    rest = rest.replace(/^(\s|\\\n)+/, "");
    const flag = RUN_FLAG.exec(rest);
    if (!flag) return rest;
    rest = rest.slice(flag[0].length);
  }
}

/**
 * The shell bodies of a Dockerfile's shell-form RUN instructions: continuation lines kept as the
 * shell sees them (backslash-newline), comment lines inside dropped (Docker drops them too).
 */
export function runBodies(dockerfile: string): string[] {
  const bodies: string[] = [];
  const lines = dockerfile.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const first = /^\s*RUN\s+(.*)$/i.exec(lines[i] ?? "");
    if (!first) continue;
    const parts = [first[1] ?? ""];
    while ((parts.at(-1) ?? "").endsWith("\\") && i + 1 < lines.length) {
      i++;
      const next = lines[i] ?? "";
      if (!/^\s*#/.test(next)) parts.push(next);
    }
    const body = stripFlags(parts.join("\n"));
    if (!body.startsWith("[")) bodies.push(body); // exec form has no shell
  }
  return bodies;
}

export type ShellcheckResult = {
  scripts: number;
  dockerfiles: number;
  findings: string;
  ok: boolean;
};

/** Writes each distinct body to its own file and runs shellcheck once over all of them. */
export async function shellcheckDockerfiles(
  dockerfiles: string[],
  dir: string,
): Promise<ShellcheckResult> {
  const bodies = [...new Set(dockerfiles.flatMap(runBodies))].sort();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files = bodies.map((body, i) => {
    const file = join(dir, `run-${String(i).padStart(4, "0")}.sh`);
    writeFileSync(file, `${body}\n`);
    return file;
  });
  const result = await run("shellcheck", ["-s", "sh", "-S", "warning", "-f", "gcc", ...files], {
    timeoutMs: 120_000,
  });
  const findings = `${result.stdout}${result.stderr}`.trim();
  return {
    scripts: bodies.length,
    dockerfiles: dockerfiles.length,
    findings,
    ok: result.code === 0 && !result.timedOut,
  };
}
