/**
 * The shared corpus: every distinct set of generated files over the exhaustive answer space
 * (answer-space.ts), with what produced it. Checks over "every distinct generated Dockerfile" (the
 * lint and structure checks, the container harness's shellcheck batch, the Dockerfile audit) read
 * it instead of walking the space themselves.
 *
 * Cost: the walk ranks once per ranking combination (`rankCandidates`) and writes the files for
 * every file-only combination from that one ranking (`recommendFromRanking`), which gives exactly
 * what `recommend` gives for each combination at a fraction of the cost: the file-only answers
 * (FILE_ANSWER_FIELDS) cannot change a ranking, and the types enforce it.
 *
 * Once per run: the walk is memoised per process. A test file in another Vitest worker would walk
 * the space again: every vitest check over the corpus lives in src/generators/exhaustive.test.ts
 * (one describe block per check). Plain Node (the container harness, through tsx) imports this
 * module and calls `distinctDockerfiles()`.
 */
import type { Answers } from "../answers.ts";
import type { GeneratedFiles } from "../generators/index.ts";
import { type Ranked, rankCandidates, recommendFromRanking } from "../recommend.ts";
import type { Warning } from "../warnings.ts";
import { FILE_VARIATIONS, rankingSpace } from "./answer-space.ts";

/** The date every corpus recommendation is made for (the data's own date). */
export const CORPUS_TODAY = "2026-11-27";

/** One distinct file set and what produced it. */
export type CorpusEntry = {
  /** The first answer combination (in answer-space order) that gives these files. */
  answers: Answers;
  /** The best image for `answers`. */
  best: Ranked;
  files: GeneratedFiles;
  /** The warnings `recommend` gives for `answers`. */
  warnings: Warning[];
  /** How many answer combinations give exactly these files for this image. */
  combinations: number;
};

/** The outcome for one ranking combination: the part of every check that is about the ranking. */
export type RankingOutcome = {
  /** The ranking combination, with the first file-only combination. */
  answers: Answers;
  best: Ranked;
  /** The warnings for `answers` (the ranking's own are the same for every file combination). */
  warnings: Warning[];
};

/** The whole walk over the answer space. */
export type AnswerSpaceWalk = {
  /** Answer combinations walked (the answer space's size). */
  combinations: number;
  /** One per ranking combination. */
  rankings: RankingOutcome[];
  /** Answer combinations for which recommend wrote no files. */
  withoutFiles: Answers[];
  /** Answer combinations whose files would not build or start as written (`ready` false). */
  notReady: { answers: Answers; blockedBy: string[] }[];
  /** Each distinct (best image, files) pair, in the order first met. */
  distinct: CorpusEntry[];
  /** Wall time of the walk, for the tests' own timing lines. */
  elapsedMs: number;
};

let memo: AnswerSpaceWalk | undefined;

function walk(): AnswerSpaceWalk {
  const start = performance.now();
  const options = { today: CORPUS_TODAY };
  const rankings: RankingOutcome[] = [];
  const withoutFiles: Answers[] = [];
  const notReady: AnswerSpaceWalk["notReady"] = [];
  const distinct = new Map<string, CorpusEntry>();
  let combinations = 0;
  for (const rankingAnswers of rankingSpace()) {
    const ranking = rankCandidates(rankingAnswers, options);
    let first: RankingOutcome | undefined;
    for (const variation of FILE_VARIATIONS) {
      combinations++;
      const answers = { ...rankingAnswers, ...variation };
      const recommendation = recommendFromRanking(ranking, variation);
      first ??= { answers, best: recommendation.best, warnings: recommendation.warnings };
      const { best, files, warnings } = recommendation;
      if (!files) {
        withoutFiles.push(answers);
        continue;
      }
      if (!recommendation.ready) notReady.push({ answers, blockedBy: recommendation.blockedBy });
      const key = `${best.id}\0${files.Dockerfile}\0${files[".dockerignore"]}\0${files["compose.yaml"] ?? ""}`;
      const seen = distinct.get(key);
      if (seen) seen.combinations++;
      else distinct.set(key, { answers, best, files, warnings, combinations: 1 });
    }
    if (first) rankings.push(first);
  }
  return {
    combinations,
    rankings,
    withoutFiles,
    notReady,
    distinct: [...distinct.values()],
    elapsedMs: performance.now() - start,
  };
}

/** The walk over the whole answer space, computed on the first call in this process. */
export function answerSpaceWalk(): AnswerSpaceWalk {
  memo ??= walk();
  return memo;
}

/** Every distinct generated file set over the answer space, with what produced it (memoised). */
export function distinctDockerfiles(): CorpusEntry[] {
  return answerSpaceWalk().distinct;
}
