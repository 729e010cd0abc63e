/**
 * A migration writes the advisor's files, so they must pass what every generated file passes
 * (src/test-support/generated-file-checks.ts) and be exactly what the generator writes for the
 * migration's answers: whatever builds and starts the generated files then covers these too.
 */
import { describe, expect, it } from "vitest";
import { recommend } from "../recommend.ts";
import { CORPUS_TODAY } from "../test-support/corpus.ts";
import { auditProblems, checkFiles } from "../test-support/generated-file-checks.ts";
import { MIGRATION_SOURCES, migratedFileSets } from "../test-support/migration-corpus.ts";

const entries = migratedFileSets();

describe("the migrated files", () => {
  it("exist for every source", () => {
    expect(entries.map((e) => e.source.name)).toEqual(MIGRATION_SOURCES.map((s) => s.name));
  });

  it.each(entries.map((e) => [e.source.name, e] as const))(
    "%s: are the generator's files for the answers the migration used",
    (_name, { answers, files, migration }) => {
      const direct = recommend(answers, { today: CORPUS_TODAY });
      expect(files).toEqual(direct.files);
      expect(migration.dockerfile).toBe(direct.files?.Dockerfile);
      expect(Object.keys(files).sort()).toEqual(Object.keys(direct.files ?? {}).sort());
    },
  );

  it.each(entries.map((e) => [e.source.name, e] as const))(
    "%s: pass the generated files' checks and an audit with nothing the advisor does not say",
    (name, { answers, best, files, warnings }) => {
      const problems: string[] = [];
      checkFiles(best, answers, files.Dockerfile, problems);
      auditProblems(name, files.Dockerfile, warnings, problems);
      expect(problems).toEqual([]);
    },
  );

  it("keep what the user's file said: port, start command, package manager, app kind", () => {
    const byName = new Map(entries.map((e) => [e.source.name, e]));
    const uv = byName.get("uv web app on Debian 12");
    expect(uv?.answers).toMatchObject({ packageManager: "uv", appKind: "web", port: 8000 });
    expect(uv?.files.Dockerfile).toContain(
      'CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]',
    );
    const poetry = byName.get("Poetry worker with a floating tag");
    expect(poetry?.answers).toMatchObject({ packageManager: "poetry", appKind: "worker" });
    expect(poetry?.files.Dockerfile).not.toMatch(/^EXPOSE/m);
    const alpine = byName.get("Alpine command-line tool");
    expect(alpine?.answers).toMatchObject({ appKind: "cli", pythonVersion: "3.11" });
    const staged = byName.get("two stages through an ARG, gunicorn on 8080");
    expect(staged?.answers).toMatchObject({ pythonVersion: "3.12", port: 8080, appKind: "web" });
    expect(staged?.files.Dockerfile).toContain("EXPOSE 8080");
    for (const name of ["Dockerfile.bloated", "Dockerfile.slim"])
      expect(byName.get(name)?.files.Dockerfile).toContain("EXPOSE 5000");
  });
});
