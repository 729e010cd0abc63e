/**
 * The answers `recommend` takes from its options and from --answers. Both go through the engine's
 * decodeAnswers: each option is named after the permalink key of its answer (--python is the
 * link's python=, --arch its arch=), so a value the command line accepts is exactly one a link can
 * carry, checked by the same code. A value it cannot read is a usage error that names the option.
 */
import { checkAnswer } from "../src/answers.ts";
import { MAX_COMMAND_LENGTH } from "../src/command.ts";
import {
  type Answers,
  type DecodedLink,
  decodeAnswers,
  defaultMatrix,
  FORMAT_VERSION,
} from "../src/index.ts";
import { UsageError } from "./usage-error.ts";

/** Each answer option, its permalink key (the same word) and the answer it sets. */
export const ANSWER_OPTIONS = {
  python: "pythonVersion",
  native: "nativeDeps",
  debug: "debugging",
  security: "security",
  size: "size",
  arch: "architectures",
  tool: "packageManager",
  kind: "appKind",
  port: "port",
  health: "healthPath",
  cmd: "command",
  login: "allowLogin",
  mirror: "registryMirror",
  "native-from": "nativeDepsSource",
} as const satisfies Record<string, keyof Answers>;

type AnswerOption = keyof typeof ANSWER_OPTIONS;

/** The answers from --answers (a fragment or a whole permalink), with its weight overrides and Dockerfile. */
export function answersFromLink(link: string): DecodedLink {
  const hash = link.indexOf("#");
  const fragment = hash === -1 ? link : link.slice(hash + 1);
  const decoded = decodeAnswers(fragment);
  if (decoded.formatVersion > FORMAT_VERSION)
    throw new UsageError(
      `--answers: the link was made by a newer release (format ${decoded.formatVersion}; this one reads ${FORMAT_VERSION})`,
    );
  if (decoded.reset.length > 0) {
    const keys = new Map<string, string>(
      Object.entries(ANSWER_OPTIONS).map(([key, field]) => [field, key]),
    );
    const named = decoded.reset.map((field) => keys.get(field) ?? field);
    throw new UsageError(`--answers: the link's ${named.join(", ")} could not be read`);
  }
  if (decoded.ignored.length > 0)
    throw new UsageError(
      `--answers: the link has keys this release does not know: ${decoded.ignored.join(", ")}`,
    );
  return decoded;
}

/** The option's text as the link carries it ("yes"/"no" for --login, as a link's 1/0). */
function linkValue(option: AnswerOption, text: string): string {
  if (option !== "login") return text;
  return text === "yes" ? "1" : text === "no" ? "0" : text;
}

/** What the engine's check says about the option's text, for the message. */
function problem(option: AnswerOption, text: string): string {
  if (option === "login") return "expected yes or no";
  if (option === "cmd") return `expected at most ${MAX_COMMAND_LENGTH} characters`;
  const value: unknown =
    option === "arch"
      ? text.split(",")
      : option === "port"
        ? /^\d+$/.test(text)
          ? Number(text)
          : Number.NaN
        : text;
  return checkAnswer(ANSWER_OPTIONS[option], value, defaultMatrix) ?? "not a valid value";
}

/**
 * The answers the given options set, validated by decodeAnswers.
 *
 * @throws UsageError naming each option whose value is not valid, with what was expected.
 */
export function answersFromOptions(values: Record<string, unknown>): Partial<Answers> {
  const params = new URLSearchParams();
  const given: AnswerOption[] = [];
  for (const option of Object.keys(ANSWER_OPTIONS) as AnswerOption[]) {
    const value = values[option];
    if (typeof value !== "string") continue;
    params.set(option, linkValue(option, value));
    given.push(option);
  }
  const decoded = decodeAnswers(params.toString());
  const problems = given
    .filter((option) => decoded.reset.includes(ANSWER_OPTIONS[option]))
    .map((option) => {
      const text = String(values[option]);
      return `--${option} "${text}": ${problem(option, text)}`;
    });
  if (problems.length > 0) throw new UsageError(`recommend: ${problems.join("; ")}`);
  const answers: Partial<Answers> = {};
  for (const option of given) {
    const field = ANSWER_OPTIONS[option];
    (answers as Record<string, unknown>)[field] = decoded.answers[field];
  }
  return answers;
}
