/**
 * A migrated Dockerfile builds the way the generated files do because it is one of them: for each
 * fixture project, the single-stage Dockerfile its author might have written, migrated with
 * `migrateDockerfile`, reads back the fixture's answers, so its files on each stand-in image are
 * byte for byte the ones this harness builds and runs for that fixture: the harness's rows are
 * the migration's builds (the recommended image itself is built when it is a stand-in).
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { migrateDockerfile } from "../../src/audit/migrate-dockerfile.ts";
import { generateFiles } from "../../src/recommend.ts";
import { type Fixture, loadFixtures } from "./fixtures.ts";
import { generate, PYTHON } from "./generate.ts";
import { STAND_INS } from "./stand-ins.ts";

const TODAY = "2026-11-27";
const fixtures = loadFixtures(join(import.meta.dirname, "..", "fixtures"));

/** The Dockerfile the fixture's author had before: one stage, the official slim image, no user. */
function before(fixture: Fixture): string {
  const { answers } = fixture;
  const lines = [`FROM python:${PYTHON}-slim`, "WORKDIR /app"];
  if (answers.nativeDeps === "compile")
    lines.push(
      "RUN apt-get update && apt-get install -y --no-install-recommends build-essential && rm -rf /var/lib/apt/lists/*",
    );
  if (answers.packageManager === "poetry")
    lines.push(
      "RUN pip install --no-cache-dir poetry",
      "COPY pyproject.toml poetry.lock ./",
      "RUN poetry install --no-root",
    );
  else lines.push("COPY requirements.txt .", "RUN pip install --no-cache-dir -r requirements.txt");
  lines.push("COPY . .");
  if (answers.appKind === "web") {
    lines.push(`EXPOSE ${answers.port}`);
    if (answers.healthPath)
      lines.push(
        `HEALTHCHECK CMD curl -f http://localhost:${answers.port}${answers.healthPath} || exit 1`,
      );
  }
  const words = (answers.command ?? "").split(" ");
  lines.push(`CMD ${JSON.stringify(words).replaceAll(",", ", ")}`);
  return `${lines.join("\n")}\n`;
}

describe("a migration of each fixture's own Dockerfile", () => {
  it.each(fixtures.map((f) => [f.id, f] as const))(
    "%s: reads back the fixture's answers, so its files are the ones the harness builds",
    (_id, fixture) => {
      // What the file cannot say (a worker's kind, whether packages compile without headers, the
      // pasted requirements) the author answers in the questionnaire.
      const { appKind, nativeDeps, requirements } = fixture.answers;
      const migration = migrateDockerfile(before(fixture), {
        today: TODAY,
        answers: {
          ...(appKind === "worker" ? { appKind } : {}),
          ...(nativeDeps !== "compile" && nativeDeps ? { nativeDeps } : {}),
          ...(requirements ? { requirements } : {}),
        },
      });
      expect(migration.answers).toMatchObject({ ...fixture.answers, pythonVersion: PYTHON });
      for (const imageId of Object.keys(STAND_INS))
        expect(generateFiles(imageId, migration.answers, { today: TODAY }), imageId).toEqual(
          generate(imageId, fixture.answers, TODAY).files,
        );
      const { best } = migration.recommendation;
      expect(migration.dockerfile).toBe(
        generateFiles(best.id, migration.answers, { today: TODAY })?.Dockerfile,
      );
    },
  );
});
