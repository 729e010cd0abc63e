/**
 * A Poetry project needs its poetry.lock. A user runs `poetry lock` and commits it; the harness
 * does the same with Debian's Poetry against the fixture index, once per pyproject.toml and index.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildah, buildahOut } from "./buildah.ts";
import { type Fixture, stageProject } from "./fixtures.ts";
import { describeFailure } from "./process.ts";

export async function poetryLock(
  fixture: Fixture,
  options: {
    fixturesDir: string;
    cacheDir: string;
    indexUrl: string;
    indexKey: string;
    tools: string;
  },
): Promise<string> {
  const work = mkdtempSync(join(options.cacheDir, "lock-"));
  try {
    stageProject(fixture, options.fixturesDir, work, options.indexUrl);
    const key = createHash("sha256")
      .update(readFileSync(join(work, "pyproject.toml")))
      .update(options.indexKey)
      .digest("hex")
      .slice(0, 16);
    const cached = join(options.cacheDir, `poetry-${fixture.id}-${key}.lock`);
    if (existsSync(cached)) return readFileSync(cached, "utf8");
    const container = await buildahOut(["from", "--pull=never", options.tools]);
    try {
      const result = await buildah(
        [
          "run",
          "--volume",
          `${work}:/project`,
          "--workingdir",
          "/project",
          container,
          "--",
          "poetry",
          "lock",
          "--no-interaction",
        ],
        { timeoutMs: 180_000 },
      );
      if (result.code !== 0)
        throw new Error(
          `poetry lock for ${fixture.id}: ${describeFailure("poetry", ["lock"], result)}`,
        );
    } finally {
      await buildah(["rm", container]);
    }
    const lock = readFileSync(join(work, "poetry.lock"), "utf8");
    mkdirSync(options.cacheDir, { recursive: true });
    writeFileSync(cached, lock);
    return lock;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
