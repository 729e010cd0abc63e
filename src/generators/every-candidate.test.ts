/**
 * Every candidate's own files ("Show me this one" writes an image's files even where it loses), for
 * every answer that changes them: each distinct Dockerfile passes the generated files' checks and
 * the audit. It ranks each image on its own, so it reads nothing of the corpus the exhaustive walk
 * shares (exhaustive.test.ts), and Vitest can run it in its other worker, next to the walk.
 */
import { afterAll, describe, expect, it } from "vitest";
import { defaultMatrix } from "../default-matrix.ts";
import { rankCandidates, recommendFromRanking } from "../recommend.ts";
import { FILE_VARIATIONS, rankingSpace } from "../test-support/answer-space.ts";
import { CORPUS_TODAY as TODAY } from "../test-support/corpus.ts";
import { auditProblems, checkFiles } from "../test-support/generated-file-checks.ts";

/** A bulk test per image: the timeout-margins reporter prints the fraction of it used. */
const BULK_TIMEOUT = 30_000;

// "Show me this one": each image's files are written even where it would lose. Security, size and
// login answers change only the ranking, never an image's own files, so one value of each is
// enough here (the corpus in exhaustive.test.ts walks them all for the best image).
const RANKING_ANSWERS = [...rankingSpace()].filter(
  (a) => a.security === "standard" && a.size === "balanced" && a.allowLogin,
);

describe("every candidate's own files", () => {
  let distinct = 0;
  afterAll(() =>
    console.log(`exhaustive per candidate: ${distinct} distinct Dockerfiles validated`),
  );

  // One test per image, so a failure names the image and each is a slice of the whole.
  it.each(defaultMatrix.images)(
    "$id: pass every Dockerfile check, for every answer that changes them",
    {
      timeout: BULK_TIMEOUT,
    },
    (image) => {
      const problems: string[] = [];
      const options = { today: TODAY, matrix: { ...defaultMatrix, images: [image] } };
      const checked = new Set<string>();
      for (const ranked of RANKING_ANSWERS) {
        // One ranking per ranking combination serves every file-only combination, as in the corpus.
        const ranking = rankCandidates(ranked, options);
        for (const variation of FILE_VARIATIONS) {
          const answers = { ...ranked, ...variation };
          const result = recommendFromRanking(ranking, variation);
          if (!result.files) {
            problems.push(`no files for ${JSON.stringify(answers)}`);
            continue;
          }
          if (checked.has(result.files.Dockerfile)) continue;
          checked.add(result.files.Dockerfile);
          checkFiles(result.best, answers, result.files.Dockerfile, problems);
          // The audit too: "Show me this one" files are copied like the winner's.
          auditProblems(
            JSON.stringify(answers),
            result.files.Dockerfile,
            result.warnings,
            problems,
          );
        }
      }
      distinct += checked.size;
      expect(problems.slice(0, 20)).toEqual([]);
    },
  );
});
