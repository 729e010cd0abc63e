/**
 * Every candidate's own files ("Show me this one" writes an image's files even where it loses), for
 * every answer that changes them: each distinct Dockerfile passes the generated files' checks and
 * the audit. It ranks each image on its own, so it reads nothing of the corpus the exhaustive walk
 * shares (exhaustive.test.ts), and runs in a worker of its own next to it.
 */
import { describe, expect, it } from "vitest";
import { defaultMatrix } from "../default-matrix.ts";
import { rankCandidates, recommendFromRanking } from "../recommend.ts";
import { FILE_VARIATIONS, rankingSpace } from "../test-support/answer-space.ts";
import { CORPUS_TODAY as TODAY } from "../test-support/corpus.ts";
import { auditProblems, checkFiles } from "../test-support/generated-file-checks.ts";

/** A bulk test: the timeout-margins reporter prints the fraction of it used. */
const BULK_TIMEOUT = 120_000;

describe("every candidate's own files", () => {
  it("pass every Dockerfile check, for every answer that changes them", {
    timeout: BULK_TIMEOUT,
  }, () => {
    // "Show me this one": each image's files are written even where it would lose. Security, size
    // and login answers change only the ranking, never an image's own files, so one value of each
    // is enough here (the corpus in exhaustive.test.ts walks them all for the best image).
    const rankingAnswers = [...rankingSpace()].filter(
      (a) => a.security === "standard" && a.size === "balanced" && a.allowLogin,
    );
    const problems: string[] = [];
    let distinct = 0;
    for (const image of defaultMatrix.images) {
      const options = { today: TODAY, matrix: { ...defaultMatrix, images: [image] } };
      const checked = new Set<string>();
      for (const ranked of rankingAnswers) {
        // One ranking per ranking combination serves every file-only combination, as in the corpus.
        const ranking = rankCandidates(ranked, options);
        for (const variation of FILE_VARIATIONS) {
          const answers = { ...ranked, ...variation };
          const result = recommendFromRanking(ranking, variation);
          if (!result.files) {
            problems.push(`${image.id}: no files for ${JSON.stringify(answers)}`);
            continue;
          }
          if (checked.has(result.files.Dockerfile)) continue;
          checked.add(result.files.Dockerfile);
          checkFiles(result.best, answers, result.files.Dockerfile, problems);
          // The audit too: "Show me this one" files are copied like the winner's.
          const where = `${image.id} for ${JSON.stringify(answers)}`;
          auditProblems(where, result.files.Dockerfile, result.warnings, problems);
        }
      }
      distinct += checked.size;
    }
    console.log(`exhaustive per candidate: ${distinct} distinct Dockerfiles validated`);
    expect(problems.slice(0, 20)).toEqual([]);
  });
});
