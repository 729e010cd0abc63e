/**
 * Every combination of the enumerated answers: the best image is supported, and its Dockerfile
 * passes the generated files' checks (src/test-support/generated-file-checks.ts: lint, numeric
 * non-root user, no compilers in the final stage, one Python in both stages, and an audit that
 * finds nothing the advisor does not say itself).
 *
 * Every check over the distinct generated files lives in this file, one describe block each, so
 * the corpus (src/test-support/corpus.ts) is computed once per run: a second file, in another
 * Vitest worker, would walk the answer space again.
 */
import { describe, expect, it } from "vitest";
import { defaultAnswers } from "../answers.ts";
import { known } from "../data/fact.ts";
import { defaultMatrix } from "../default-matrix.ts";
import { generateFiles, recommend } from "../recommend.ts";
import { ANSWER_SPACE_SIZE, RANKING_SPACE_SIZE } from "../test-support/answer-space.ts";
import {
  answerSpaceWalk,
  distinctDockerfiles,
  CORPUS_TODAY as TODAY,
} from "../test-support/corpus.ts";
import { lint } from "../test-support/dockerfile.ts";
import { auditProblems, checkFiles } from "../test-support/generated-file-checks.ts";

/**
 * Every test that reads the corpus may be the first to compute it (a filtered run), so each has
 * this timeout. The timeout-margins reporter prints the fraction each one used.
 */
const CORPUS_TIMEOUT = 120_000;
describe("every answer combination", () => {
  it("is walked whole, and every combination gets files", { timeout: CORPUS_TIMEOUT }, () => {
    const walk = answerSpaceWalk();
    console.log(
      `exhaustive: ${walk.combinations} answer combinations, ${walk.rankings.length} rankings, ${walk.distinct.length} distinct file sets, walked in ${Math.round(walk.elapsedMs)} ms`,
    );
    expect(walk.combinations).toBe(ANSWER_SPACE_SIZE);
    expect(walk.rankings.length).toBe(RANKING_SPACE_SIZE);
    expect(walk.withoutFiles.slice(0, 5)).toEqual([]);
    // No requirements and a safe command: nothing may block the best image's files.
    expect(walk.notReady.slice(0, 5)).toEqual([]);
  });

  it("gives a best image that is supported, never excluded, and without compilers unless relaxed", {
    timeout: CORPUS_TIMEOUT,
  }, () => {
    const problems: string[] = [];
    for (const { answers, best, warnings } of answerSpaceWalk().rankings) {
      const image = defaultMatrix.images.find((i) => i.id === best.id);
      if (image?.status !== "supported")
        problems.push(`${best.id} recommended although marked ${image?.status}`);
      if (best.excluded) problems.push(`${best.id} recommended although excluded`);
      if (warnings.some((w) => w.code === "no-candidate-end-of-life"))
        problems.push(`no supported candidate for ${JSON.stringify(answers)}`);
      const variantHasCompilers = image?.variants.some(
        (v) => v.purpose === "runtime" && known(v.compilers) === true,
      );
      if (variantHasCompilers && !(answers.size === "relaxed" && answers.security === "standard")) {
        problems.push(
          `${best.id} ships compilers yet was recommended for ${answers.size}/${answers.security}`,
        );
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it("writes, for each distinct file set, exactly what recommend() gives for its answers", {
    timeout: CORPUS_TIMEOUT,
  }, () => {
    // The corpus shares one ranking between file-only answers; recommend() ranks every time.
    for (const { answers, best, files, warnings } of distinctDockerfiles()) {
      const direct = recommend(answers, { today: TODAY });
      expect({ best: direct.best, files: direct.files, warnings: direct.warnings }).toEqual({
        best,
        files,
        warnings,
      });
    }
  });
});

describe("every distinct generated Dockerfile", () => {
  it("passes every Dockerfile check", { timeout: CORPUS_TIMEOUT }, () => {
    const problems: string[] = [];
    for (const { answers, best, files } of distinctDockerfiles())
      checkFiles(best, answers, files.Dockerfile, problems);
    expect(problems.slice(0, 20)).toEqual([]);
  });
});

/** "code: count" for each code, most frequent first, for a test's summary line. */
function tally(codes: string[]): string {
  const counts = new Map<string, number>();
  for (const code of codes) counts.set(code, (counts.get(code) ?? 0) + 1);
  return (
    [...counts]
      .sort((a, b) => b[1] - a[1])
      .map(([code, n]) => `${code}: ${n}`)
      .join(", ") || "none"
  );
}

describe("the Dockerfile audit of every distinct generated Dockerfile", () => {
  it("finds nothing blocking, and only warnings the advisor gives for the same answers", {
    timeout: CORPUS_TIMEOUT,
  }, () => {
    const problems: string[] = [];
    const found: string[] = [];
    const corpus = distinctDockerfiles();
    for (const { answers, best, files, warnings } of corpus) {
      const where = `${best.id} for ${JSON.stringify(answers)}`;
      found.push(...auditProblems(where, files.Dockerfile, warnings, problems));
    }
    console.log(
      `audit of the corpus: ${corpus.length} distinct Dockerfiles; warnings the advisor gives too: ${tally(found)}`,
    );
    expect(problems.slice(0, 10)).toEqual([]);
  });
});

describe("the Dockerfile checks", () => {
  it("writes valid files for every candidate with the default answers", () => {
    for (const image of defaultMatrix.images) {
      const files = generateFiles(image.id, defaultAnswers, { today: TODAY });
      expect(files, image.id).not.toBeNull();
      expect(lint(files?.Dockerfile ?? ""), image.id).toEqual([]);
      expect(files?.[".dockerignore"]).toMatch(/^\*\*\/\.git$/m);
    }
  });

  it("uses a linter that does flag a broken Dockerfile", () => {
    expect(lint('FROM python:3.13-slim-trixie\nEXPOSE port\nCMD ["a"\n')).not.toEqual([]);
  });

  it("uses an audit check that does flag what the advisor does not say", () => {
    const problems: string[] = [];
    // A floating distro and a shell-form CMD, both warnings; the advisor said nothing.
    auditProblems("hand-written", "FROM python:3.13-slim\nCMD python app.py\n", [], problems);
    expect(problems.join("\n")).toMatch(/floating-distro \(warning\)/);
    const blocking: string[] = [];
    // Blocking whatever the advisor says: RUN in an image without a shell.
    const distroless = "FROM gcr.io/distroless/python3-debian13:nonroot\nRUN pip install flask\n";
    auditProblems("hand-written", distroless, [], blocking);
    expect(blocking.join("\n")).toMatch(/\(blocking\)/);
  });
});
