/**
 * Every combination of the enumerated answers, for the exhaustive tests. The space is the product
 * of two parts: the answers the ranking reads, and the file-only answers (FILE_ANSWER_FIELDS) that
 * shape only the files. The types keep each field in its part, so the corpus can rank once per
 * ranking combination and write the files for every file combination from that one ranking.
 */
import {
  type Answers,
  APP_KINDS,
  DEBUGGING,
  defaultAnswers,
  FILE_ANSWER_FIELDS,
  type FileAnswerField,
  INSTALL_PROJECT,
  NATIVE_DEPS,
  offeredPythonVersions,
  PACKAGE_TOOLS,
  type RankingAnswers,
  SECURITY,
  SIZE,
} from "../answers.ts";
import { defaultMatrix } from "../default-matrix.ts";

export const PYTHONS = offeredPythonVersions(defaultMatrix);
export const ARCHITECTURE_SETS: Answers["architectures"][] = [
  ["amd64"],
  ["arm64"],
  ["amd64", "arm64"],
];

type Dimensions<K extends keyof Answers> = { [F in K]?: readonly Answers[F][] };

/** The ranking answers the space varies, each over every value; the rest keep their defaults. */
const RANKING_DIMENSIONS = {
  pythonVersion: PYTHONS,
  nativeDeps: NATIVE_DEPS,
  debugging: DEBUGGING,
  security: SECURITY,
  size: SIZE,
  architectures: ARCHITECTURE_SETS,
  allowLogin: [true, false],
} satisfies Dimensions<keyof RankingAnswers>;

/** The file-only answers the space varies; port, health path and command keep their defaults. */
const FILE_DIMENSIONS = {
  packageManager: PACKAGE_TOOLS,
  appKind: APP_KINDS,
  installProject: INSTALL_PROJECT,
} satisfies Dimensions<FileAnswerField>;

/** Every combination of the dimensions' values, the last dimension varying fastest. */
function combinations(dimensions: Record<string, readonly unknown[]>): Partial<Answers>[] {
  let result: Partial<Answers>[] = [{}];
  for (const [field, values] of Object.entries(dimensions))
    result = result.flatMap((partial) => values.map((value) => ({ ...partial, [field]: value })));
  return result;
}

const RANKING_COMBINATIONS = combinations(RANKING_DIMENSIONS);
/** How many ranking combinations the space has. */
export const RANKING_SPACE_SIZE = RANKING_COMBINATIONS.length;

const FILE_DEFAULTS = Object.fromEntries(
  FILE_ANSWER_FIELDS.map((field) => [field, defaultAnswers[field]]),
) as Pick<Answers, FileAnswerField>;
/** The file-only combinations, each a complete set of the file-only answers. */
export const FILE_VARIATIONS: Pick<Answers, FileAnswerField>[] = combinations(FILE_DIMENSIONS).map(
  (variation) => ({ ...FILE_DEFAULTS, ...variation }),
);
/**
 * pythonVersion x nativeDeps x debugging x security x size x architectures x allowLogin x
 * packageManager x appKind x installProject.
 */
export const ANSWER_SPACE_SIZE = RANKING_SPACE_SIZE * FILE_VARIATIONS.length;

/** Each ranking combination, with the default file-only answers. */
export function* rankingSpace(): Generator<Answers> {
  for (const ranking of RANKING_COMBINATIONS) yield { ...defaultAnswers, ...ranking };
}

/** Every combination: each ranking combination with each file-only combination. */
export function* answerSpace(): Generator<Answers> {
  for (const ranking of rankingSpace())
    for (const files of FILE_VARIATIONS) yield { ...ranking, ...files };
}
