/**
 * "What would change the winner": for each enumerated question, the other answers that would make
 * a different image the best, and which image.
 */
import {
  type Answers,
  APP_KINDS,
  DEBUGGING,
  NATIVE_DEPS,
  offeredPythonVersions,
  PACKAGE_TOOLS,
  SECURITY,
  SIZE,
} from "./answers.ts";
import { defaultMatrix } from "./default-matrix.ts";
import { type RecommendOptions, recommendUsing } from "./recommend.ts";
import { cachedAnalyzer } from "./requirements/analyze.ts";

export type WinnerChange = {
  field: keyof Answers;
  /** The other answer, as it would be stored. */
  value: Answers[keyof Answers];
  /** The image that would then be best. */
  bestId: string;
  bestReference: string;
};

const ARCHITECTURE_CHOICES: Answers["architectures"][] = [["amd64"], ["arm64"], ["amd64", "arm64"]];

/** The alternatives for each enumerated field, in questionnaire order. */
function alternatives(
  answers: Answers,
  options: RecommendOptions,
): [keyof Answers, readonly unknown[]][] {
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
    ["packageManager", PACKAGE_TOOLS],
    ["appKind", APP_KINDS],
    ["allowLogin", [true, false]],
  ];
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
  // The alternatives share the requirements text: parse it once, analyse it once per Python
  // version and architecture set rather than once per alternative.
  const analyze = cachedAnalyzer();
  for (const [field, values] of alternatives(answers, options)) {
    for (const value of values) {
      if (JSON.stringify(value) === JSON.stringify(answers[field])) continue;
      const { best } = recommendUsing({ ...answers, [field]: value }, options, analyze);
      if (best.id !== currentBestId) {
        changes.push({
          field,
          value: value as Answers[keyof Answers],
          bestId: best.id,
          bestReference: best.reference,
        });
      }
    }
  }
  return changes;
}
