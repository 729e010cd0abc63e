/**
 * Validates data/ and writes the matrix the app and the engine import (src/generated/matrix.json).
 *
 *   tsx scripts/validate-data.ts           validate and (re)write the generated matrix
 *   tsx scripts/validate-data.ts --check   validate and fail if the generated matrix is stale
 *
 * It also enforces the data version: when any data file changed since the matrix was last
 * generated, data/meta.json's dataVersion must change too, with a CHANGELOG entry.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { validateData } from "../src/data/validate.ts";
import { ROOT, readDataFiles } from "./data-files.ts";

const GENERATED = join(ROOT, "src/generated/matrix.json");
const GENERATED_VOCABULARY = join(ROOT, "src/generated/vocabulary.json");
const HEADER = "data/ by scripts/validate-data.ts: do not edit";
const check = process.argv.includes("--check");

function fail(lines: string[]): never {
  for (const line of lines) console.error(line);
  console.error(`\n${lines.length} problem${lines.length === 1 ? "" : "s"} in data/.`);
  process.exit(1);
}

const files = readDataFiles();
const result = validateData(files);
if (!result.matrix) fail(result.errors);

const hash = createHash("sha256");
for (const [path, text] of files) hash.update(`${path}\0${text}\0`);
const contentHash = hash.digest("hex").slice(0, 16);
const text = `${JSON.stringify({ generatedFrom: HEADER, contentHash, matrix: result.matrix }, null, 1)}\n`;
const { dataVersion: version, questions, criteria, pythonReleases } = result.matrix;
// The questions' longer explanations ("What does this mean?") and the criteria's descriptions are
// left to the full matrix, which loads with the engine: "" marks that there is one (the first
// download's budget).
const firstQuestions = questions.map((q) => (q.detail === undefined ? q : { ...q, detail: "" }));
const firstCriteria = criteria.map((c) => ({ ...c, description: "" }));
const vocabularyText = `${JSON.stringify({ generatedFrom: HEADER, vocabulary: { dataVersion: version, questions: firstQuestions, criteria: firstCriteria, pythonReleases } }, null, 1)}\n`;

const previous = existsSync(GENERATED)
  ? (JSON.parse(readFileSync(GENERATED, "utf8")) as {
      contentHash: string;
      matrix: { dataVersion: string };
    })
  : undefined;
const { dataVersion } = result.matrix;
const problems: string[] = [];
if (
  previous &&
  previous.contentHash !== contentHash &&
  previous.matrix.dataVersion === dataVersion
) {
  problems.push(
    `data/meta.json: dataVersion: data changed but the version is still ${dataVersion}; bump it (e.g. ${dataVersion}.2) and add a CHANGELOG entry`,
  );
}
const changelog = readFileSync(join(ROOT, "data/CHANGELOG.md"), "utf8");
if (!changelog.includes(`## ${dataVersion}\n`))
  problems.push(`data/CHANGELOG.md: no "## ${dataVersion}" entry for the current data version`);
if (problems.length > 0) fail(problems);

if (check) {
  const stale = (path: string, expected: string) =>
    !existsSync(path) || readFileSync(path, "utf8") !== expected;
  if (stale(GENERATED, text) || stale(GENERATED_VOCABULARY, vocabularyText)) {
    fail(["src/generated/: stale: run `npm run data` to regenerate it from data/"]);
  }
  console.log(
    `data/: ${result.matrix.images.length} images valid, data version ${dataVersion}; generated matrix up to date.`,
  );
} else {
  writeFileSync(GENERATED, text);
  writeFileSync(GENERATED_VOCABULARY, vocabularyText);
  console.log(
    `data/: ${result.matrix.images.length} images valid, data version ${dataVersion}; wrote src/generated/.`,
  );
}
