/**
 * The pre-commit hook through Debian's `pre-commit try-repo`, which installs this repository the
 * way pre-commit does for every user (npm install, npm pack, npm install -g of the tarball) and
 * runs the hook on the files it selects. Minutes, not seconds, so it is not in `npm test`:
 * `npm run test:hooks` runs it (node:test), as a step of .ci/run after the gate.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";

const ROOT = join(import.meta.dirname, "..");
const HOOK = "base-image-advisor-check";
const scratch = mkdtempSync(join(tmpdir(), "bia-hook-"));
after(() => rmSync(scratch, { recursive: true, force: true }));

function git(cwd: string, ...args: string[]) {
  const result = spawnSync("git", args, { cwd, encoding: "utf8" });
  assert.equal(result.status, 0, result.stderr);
}

/** `pre-commit try-repo` of this repository's hook in `project`; its exit code and output. */
function tryRepo(project: string, home: string, ...args: string[]) {
  const result = spawnSync("pre-commit", ["try-repo", ROOT, HOOK, ...args], {
    cwd: project,
    // Its own cache, so the hook is installed from this checkout; npm reuses its package cache.
    env: { ...process.env, PRE_COMMIT_HOME: home, npm_config_prefer_offline: "true" },
    encoding: "utf8",
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

test("the hook fails a staged Dockerfile with findings and passes one without", {
  timeout: 900_000,
}, () => {
  const project = join(scratch, "project");
  mkdirSync(join(project, "services"), { recursive: true });
  git(project, "init", "--quiet");
  copyFileSync(
    join(ROOT, "src/audit/__fixtures__/article/Dockerfile.bloated"),
    join(project, "Dockerfile"),
  );
  copyFileSync(
    join(ROOT, "cli/__fixtures__/pip-cache.Dockerfile"),
    join(project, "services/api.Dockerfile"),
  );
  writeFileSync(join(project, "notes.txt"), "FROM is a word, not an instruction here\n");
  git(project, "add", ".");
  const home = join(scratch, "pre-commit-home");

  const all = tryRepo(project, home, "--all-files", "--verbose");
  assert.equal(all.status, 1, all.output);
  assert.match(all.output, /Dockerfile:2 warning apt-update-alone/);
  assert.match(all.output, /Dockerfile:1:6 warning distro-end-of-life/);
  assert.match(all.output, /services\/api\.Dockerfile: 1 info/);
  assert.doesNotMatch(all.output, /notes\.txt/);

  // Info alone passes at the default threshold; the environment is reused, so this is quick.
  const clean = tryRepo(project, home, "--files", "services/api.Dockerfile");
  assert.equal(clean.status, 0, clean.output);
  assert.match(clean.output, /Passed/);
});
