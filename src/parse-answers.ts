/**
 * Validating a whole set of answers, for the engine: every field checked (answers.ts), fields added
 * after the first release defaulted, unknown fields refused. Kept apart from answers.ts so the
 * page's first download, which checks one field at a time, does not carry it.
 */
import {
  type Answers,
  checkAnswer,
  defaultAnswers,
  FIELD_CHECKS,
  type Vocabulary,
} from "./answers.ts";

/**
 * Fields added after the first release. Callers written before them may leave them out; they take
 * their defaults, so the contract only grows.
 */
const LATER_FIELDS: readonly (keyof Answers)[] = [
  "registryMirror",
  "requirements",
  "nativeDepsSource",
  "mirrorsByRegistry",
  "installProject",
];

/** Thrown by `recommend` and `generateFiles` when answers fail validation; lists every bad field. */
export class AnswersError extends Error {
  readonly issues: { field: string; message: string }[];
  constructor(issues: { field: string; message: string }[]) {
    super(`Invalid answers: ${issues.map((i) => `${i.field}: ${i.message}`).join("; ")}`);
    this.name = "AnswersError";
    this.issues = issues;
  }
}

/** Validates `answers` or throws an AnswersError naming each bad field (unknown fields too). */
export function parseAnswers(answers: unknown, vocabulary: Vocabulary): Answers {
  if (answers === null || typeof answers !== "object" || Array.isArray(answers)) {
    throw new AnswersError([{ field: "(answers)", message: "expected an object" }]);
  }
  const record: Record<string, unknown> = { ...answers };
  for (const field of LATER_FIELDS)
    if (!Object.hasOwn(record, field)) record[field] = defaultAnswers[field];
  const issues: { field: string; message: string }[] = [];
  for (const field of Object.keys(FIELD_CHECKS) as (keyof Answers)[]) {
    const problem = Object.hasOwn(record, field)
      ? checkAnswer(field, record[field], vocabulary)
      : "missing";
    if (problem) issues.push({ field, message: problem });
  }
  for (const key of Object.keys(record)) {
    if (!Object.hasOwn(FIELD_CHECKS, key)) issues.push({ field: key, message: "unknown field" });
  }
  if (issues.length > 0) throw new AnswersError(issues);
  return record as Answers;
}
