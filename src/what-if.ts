/**
 * "What would change the winner": for each enumerated question, the other answers that would make
 * a different image the best, and which image.
 */
import {
  type Answers,
  DEBUGGING,
  NATIVE_DEPS,
  offeredPythonVersions,
  type RankingAnswers,
  SECURITY,
  SIZE,
} from "./answers.ts";
import { defaultMatrix } from "./default-matrix.ts";
import { bestCandidate, type RecommendOptions } from "./recommend.ts";

export type WinnerChange = {
  field: keyof Answers;
  /** The other answer, as it would be stored. */
  value: Answers[keyof Answers];
  /** The image that would then be best. */
  bestId: string;
  bestReference: string;
};

const ARCHITECTURE_CHOICES: Answers["architectures"][] = [["amd64"], ["arm64"], ["amd64", "arm64"]];

/**
 * The alternatives for each enumerated field, in questionnaire order. Only fields the ranking
 * reads: packageManager and appKind are file-only answers (FILE_ANSWER_FIELDS), so they cannot
 * change the winner.
 */
function alternatives(
  answers: Answers,
  options: RecommendOptions,
): [keyof RankingAnswers, readonly unknown[]][] {
  return [
    ["pythonVersion", offeredPythonVersions(options.matrix ?? defaultMatrix)],
    ["nativeDeps", NATIVE_DEPS],
    ["debugging", DEBUGGING],
    ["security", SECURITY],
    ["size", SIZE],
    [
      "architectures",
      ARCHITECTURE_CHOICES.filter((a) => a.join() !== answers.architectures.join()),
    ],
    ["allowLogin", [true, false]],
  ];
}

/**
 * The what-if pass one ranking at a time: each step ranks one other answer and yields the change
 * it makes, or null when the winner stays. The page runs it in slices between frames, so the
 * twenty-odd rankings never block input; `whatWouldChangeTheWinner` runs it to the end.
 */
export function* winnerChangeSteps(
  answers: Answers,
  options: RecommendOptions,
  currentBestId: string,
): Generator<WinnerChange | null, void, undefined> {
  for (const [field, values] of alternatives(answers, options)) {
    for (const value of values) {
      if (JSON.stringify(value) === JSON.stringify(answers[field])) continue;
      // The winner alone: no reasons, warnings or files for a ranking only compared.
      const best = bestCandidate({ ...answers, [field]: value }, options);
      yield best.id === currentBestId
        ? null
        : {
            field,
            value: value as Answers[keyof Answers],
            bestId: best.id,
            bestReference: best.reference,
          };
    }
  }
}

/**
 * Every single-answer change that gives a different best image. `currentBestId` is the best for
 * `answers` as they are (the caller has it already).
 */
export function whatWouldChangeTheWinner(
  answers: Answers,
  options: RecommendOptions,
  currentBestId: string,
): WinnerChange[] {
  const changes: WinnerChange[] = [];
  for (const change of winnerChangeSteps(answers, options, currentBestId))
    if (change) changes.push(change);
  return changes;
}
