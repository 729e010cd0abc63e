/**
 * From a user's Dockerfile to the advisor's: the audit, the answers it reveals (then the defaults,
 * or a questionnaire's answers, overridden by any answers given), the recommendation for them, and a unified diff from the
 * user's file to the generated one. The Python minor the file runs is kept while it is supported
 * and on offer; otherwise the nearest supported version is used, and a blocking warning says so.
 */
import { type Answers, defaultAnswers } from "../answers.ts";
import type { Matrix } from "../data/schema.ts";
import { defaultMatrix } from "../default-matrix.ts";
import { pythonEndOfLife } from "../lifecycle.ts";
import { type Recommendation, recommend } from "../recommend.ts";
import type { Warning } from "../warnings.ts";
import { auditDockerfile, type DockerfileAudit } from "./audit-dockerfile.ts";
import { unifiedDiff } from "./unified-diff.ts";

/** What the migration reads besides the text. */
export type MigrateOptions = {
  /** YYYY-MM-DD; the engine never reads the clock. */
  today: string;
  /** Answers that override what the file reveals (and the defaults). */
  answers?: Partial<Answers>;
  /** What to fall back on where the file says nothing (a questionnaire's answers); defaultAnswers if left out. */
  defaults?: Answers;
  /** Absolute 0-5 weight overrides, as recommend() takes them. */
  weights?: Record<string, number>;
  matrix?: Matrix;
};

/** A Dockerfile's migration: its audit, the answers used and where they came from, the advice and the diff. */
export type Migration = {
  audit: DockerfileAudit;
  /** The answers the recommendation used. */
  answers: Answers;
  /** Where each answer came from: read from the file, given, or the defaults. */
  answerSources: Record<keyof Answers, "file" | "given" | "default">;
  recommendation: Recommendation;
  /** The generated Dockerfile, or null when the start command cannot be written safely. */
  dockerfile: string | null;
  /** Unified diff from the user's file to the generated one ("" when there is none to show). */
  diff: string;
  /** What the migration changed that the user must know, before the recommendation's own warnings. */
  warnings: Warning[];
};

/** The names the diff gives the two files. */
export const DIFF_NAMES = { before: "Dockerfile", after: "Dockerfile (migrated)" } as const;

/**
 * Audits `text` and writes the advisor's Dockerfile for the app it describes.
 *
 * @throws AnswersError when `options.answers` holds invalid answers; TypeError for a bad `today`.
 */
export function migrateDockerfile(text: string, options: MigrateOptions): Migration {
  const matrix = options.matrix ?? defaultMatrix;
  const given = options.answers ?? {};
  const defaults = options.defaults ?? defaultAnswers;
  const requirements = given.requirements ?? defaults.requirements;
  const first = auditDockerfile(text, {
    today: options.today,
    matrix,
    ...(typeof requirements === "string" ? { requirements } : {}),
  });
  const inferred = first.inferred.answers;
  const answers: Answers = { ...defaults, ...inferred, ...given } as Answers;
  const answerSources = {} as Migration["answerSources"];
  for (const field of Object.keys(defaultAnswers) as (keyof Answers)[])
    answerSources[field] = Object.hasOwn(given, field)
      ? "given"
      : Object.hasOwn(inferred, field)
        ? "file"
        : "default";

  const recommendation = recommend(answers, {
    today: options.today,
    matrix,
    ...(options.weights ? { weights: options.weights } : {}),
  });
  const warnings: Warning[] = [];
  const read = first.inferred.python;
  if (read && answerSources.pythonVersion === "file" && answers.pythonVersion !== read.version) {
    const end = pythonEndOfLife(matrix, read.version);
    // Blocking, as recommend() says it when it moves a Python: the app must be tested on the new one.
    warnings.push({
      code: "python-end-of-life",
      severity: "blocking",
      message: `Your Dockerfile runs Python ${read.version} (line ${read.line})${end ? `, which reached end of life on ${end}` : ", which the advisor does not offer"}. The migrated Dockerfile uses Python ${answers.pythonVersion}, the nearest supported version.`,
      fix: `Test the app on Python ${answers.pythonVersion} before you deploy the migrated image; update pins that do not support it.`,
      field: "pythonVersion",
    });
  }
  const named = first.inferred.installedByName;
  if (named)
    warnings.push({
      code: "packages-by-name",
      severity: "info",
      message: `Line ${named.line} installs ${named.names.join(", ")} by name. The migrated Dockerfile installs what ${answers.packageManager === "pip" ? "requirements.txt" : "the lock file"} lists, so they must be there.`,
      fix:
        answers.packageManager === "pip"
          ? `Add them to requirements.txt, pinned (pip freeze in a working environment prints the versions).`
          : "Add them to pyproject.toml and lock them.",
      field: "requirements",
    });
  const readable = !first.findings.some(
    (f) => f.code === "file-too-large" || f.code === "binary-file",
  );
  if (!readable)
    warnings.push({
      code: "migration-unreadable",
      severity: "warning",
      message:
        "The file could not be read as a Dockerfile, so the migration uses the default answers.",
      fix: "Paste the Dockerfile as text to get a migration for your app.",
    });
  const dockerfile = recommendation.files?.Dockerfile ?? null;
  return {
    audit: first,
    answers,
    answerSources,
    recommendation,
    dockerfile,
    diff: dockerfile !== null && readable ? unifiedDiff(text, dockerfile, DIFF_NAMES) : "",
    warnings,
  };
}
