/**
 * Users' Dockerfiles and what `migrateDockerfile` makes of them, as corpus entries (corpus.ts's
 * shape): the seed article's four files with its requirements, and hand-written ones for the other
 * package managers, app kinds, stages and bases. The migrated files leave the answer space the
 * exhaustive test walks (port 5000, `python app.py`, a uvicorn or celery command), so they are
 * checked on their own, by the generated files' checks in src/audit/migration-files.test.ts.
 * (harness/lib/migration-rows.test.ts ties migrations to the builds of the harness's fixtures.)
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Migration } from "../audit/migrate-dockerfile.ts";
import { migrateDockerfile } from "../audit/migrate-dockerfile.ts";
import { CORPUS_TODAY, type CorpusEntry } from "./corpus.ts";

const ARTICLE = join(import.meta.dirname, "..", "audit", "__fixtures__", "article");
const article = (name: string) => readFileSync(join(ARTICLE, name), "utf8");

/** A user's Dockerfile to migrate, with the requirements that go with it ("" for none). */
export type MigrationSource = { name: string; dockerfile: string; requirements: string };

/** The files migrated: the article's, then one per package manager, app kind and base family. */
export const MIGRATION_SOURCES: readonly MigrationSource[] = [
  ...["Dockerfile.bloated", "Dockerfile.optimized", "Dockerfile.slim", "Dockerfile.alpine"].map(
    (name) => ({ name, dockerfile: article(name), requirements: article("requirements.txt") }),
  ),
  {
    name: "uv web app on Debian 12",
    dockerfile: [
      "FROM python:3.12-slim-bookworm",
      "WORKDIR /app",
      "RUN pip install uv",
      "COPY pyproject.toml uv.lock ./",
      "RUN uv sync --frozen --no-dev",
      "COPY . .",
      "EXPOSE 8000",
      'CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]',
      "",
    ].join("\n"),
    requirements: "",
  },
  {
    name: "Poetry worker with a floating tag",
    dockerfile: [
      "FROM python:3.13-slim",
      "WORKDIR /srv",
      "RUN pip install poetry",
      "COPY pyproject.toml poetry.lock ./",
      "RUN poetry install --no-root --only main",
      "COPY . .",
      'CMD ["celery", "-A", "proj", "worker", "--loglevel", "info"]',
      "",
    ].join("\n"),
    requirements: "",
  },
  {
    name: "Alpine command-line tool",
    dockerfile: [
      "FROM python:3.11-alpine3.20",
      "COPY requirements.txt .",
      "RUN pip install -r requirements.txt",
      "COPY . /app",
      "WORKDIR /app",
      'ENTRYPOINT ["python", "-m", "tool"]',
      "",
    ].join("\n"),
    requirements: "click==8.1.7\n",
  },
  {
    name: "two stages through an ARG, gunicorn on 8080",
    dockerfile: [
      "ARG PYTHON=3.12",
      "FROM python:$PYTHON-slim-trixie AS build",
      "RUN apt-get update && apt-get install -y --no-install-recommends build-essential && rm -rf /var/lib/apt/lists/*",
      "COPY requirements.txt .",
      "RUN pip install --prefix=/install -r requirements.txt",
      "FROM python:$PYTHON-slim-trixie",
      "COPY --from=build /install /usr/local",
      "COPY . /app",
      "WORKDIR /app",
      "USER 10001",
      "EXPOSE 8080",
      'CMD ["gunicorn", "--bind", "0.0.0.0:8080", "app:app"]',
      "",
    ].join("\n"),
    requirements: "gunicorn==23.0.0\npsycopg2==2.9.10\n",
  },
];

/** One migrated source, in the corpus's shape, with its migration. */
export type MigratedEntry = CorpusEntry & { source: MigrationSource; migration: Migration };

/**
 * Every source migrated as of the corpus's date. A source the advisor writes no files for (a start
 * command it cannot write safely) would be left out; none here is, and the test says so.
 */
export function migratedFileSets(): MigratedEntry[] {
  return MIGRATION_SOURCES.flatMap((source) => {
    const migration = migrateDockerfile(source.dockerfile, {
      today: CORPUS_TODAY,
      answers: { requirements: source.requirements },
    });
    const { best, files, warnings } = migration.recommendation;
    if (!files) return [];
    const entry: MigratedEntry = {
      source,
      migration,
      answers: migration.answers,
      best,
      files,
      warnings: [...migration.warnings, ...warnings],
      combinations: 1,
    };
    return [entry];
  });
}
