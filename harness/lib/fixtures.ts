/**
 * The fixture projects: small real projects a user would have (harness/fixtures/<id>/), each with
 * a fixture.json giving the questionnaire answers that user would give and what to check.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Answers } from "../../src/index.ts";

export type Fixture = {
  id: string;
  dir: string;
  description: string;
  answers: Partial<Answers>;
  /** Modules the final image must import (from the working directory). */
  imports: string[];
  /** The project's own console script, which must exist on the image's PATH. */
  consoleScript?: string;
  /** Local files (caches, environments, secrets) created in the tree; none may reach the image. */
  localFiles?: string[];
  /** A folder under fixtures/shared/ copied in first (the same package managed two ways). */
  shared?: string;
  /** The project is managed by Poetry: its poetry.lock is written by `poetry lock` first. */
  poetryLock?: boolean;
  /**
   * A file of the project the user pastes into the requirements field (its text becomes
   * `answers.requirements`), as the page asks: then installProject "auto" knows a command named
   * after a pinned dependency is that dependency's script, not the project's.
   */
  pastes?: string;
};

/** The marker in fixture files that becomes the fixture index's URL. */
export const INDEX_MARKER = "@PACKAGE_INDEX@";

export function loadFixtures(fixturesDir: string): Fixture[] {
  return readdirSync(fixturesDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(fixturesDir, e.name, "fixture.json")))
    .map((e) => {
      const dir = join(fixturesDir, e.name);
      const spec = JSON.parse(readFileSync(join(dir, "fixture.json"), "utf8")) as Omit<
        Fixture,
        "id" | "dir"
      >;
      const answers = spec.pastes
        ? { ...spec.answers, requirements: readFileSync(join(dir, spec.pastes), "utf8") }
        : spec.answers;
      return { ...spec, answers, id: e.name, dir };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * Lays the fixture's project out in `target` as the user's checkout would look: the shared part,
 * the fixture's own files (with the index URL filled in), and its local caches and secrets.
 */
export function stageProject(
  fixture: Fixture,
  fixturesDir: string,
  target: string,
  indexUrl: string,
): void {
  mkdirSync(target, { recursive: true });
  if (fixture.shared)
    cpSync(join(fixturesDir, "shared", fixture.shared), target, { recursive: true });
  cpSync(fixture.dir, target, { recursive: true, filter: (src) => !src.endsWith("fixture.json") });
  for (const name of readdirSync(target)) {
    const path = join(target, name);
    if (name.endsWith(".toml"))
      writeFileSync(path, readFileSync(path, "utf8").replaceAll(INDEX_MARKER, indexUrl));
  }
  for (const file of fixture.localFiles ?? []) {
    mkdirSync(dirname(join(target, file)), { recursive: true });
    writeFileSync(
      join(target, file),
      "# a local file that must not reach the image\nFIXTURE_SECRET=not-a-real-secret\n",
    );
  }
}
