/**
 * The questionnaire's answers: their type, defaults and the check of each field. Hand-written checks
 * rather than Zod, because this module is in the page's first download (the bundle budget), and
 * twelve fields need no library. Validating a whole set of answers (parse-answers.ts) is the
 * engine's, and loads with it.
 */
import type { Matrix } from "./data/schema.ts";
import { checkMirrorMap, REGISTRY_MIRROR } from "./registry-mirrors.ts";

export { REGISTRY_MIRROR } from "./registry-mirrors.ts";

export const NATIVE_DEPS = ["none", "wheels", "compile"] as const;
export const DEBUGGING = ["none", "occasional", "shell"] as const;
export const SECURITY = ["standard", "high", "strict"] as const;
export const SIZE = ["relaxed", "balanced", "minimal"] as const;
export const TARGET_ARCHITECTURES = ["amd64", "arm64"] as const;
export const PACKAGE_TOOLS = ["pip", "uv", "poetry"] as const;
export const APP_KINDS = ["web", "worker", "cli"] as const;
export const INSTALL_PROJECT = ["auto", "yes", "no"] as const;

/** What the developer told us about the app. Every field is required; see `defaultAnswers`. */
export type Answers = {
  /** A Python minor version the data lists, such as "3.13". */
  pythonVersion: string;
  /** none: pure Python; wheels: compiled packages with prebuilt wheels; compile: built from source or needing system libraries. */
  nativeDeps: (typeof NATIVE_DEPS)[number];
  /** none: never; occasional: exec in now and then; shell: a shell and package manager in production. */
  debugging: (typeof DEBUGGING)[number];
  security: (typeof SECURITY)[number];
  size: (typeof SIZE)[number];
  /** Non-empty, no duplicates. */
  architectures: (typeof TARGET_ARCHITECTURES)[number][];
  packageManager: (typeof PACKAGE_TOOLS)[number];
  appKind: (typeof APP_KINDS)[number];
  /** 1-65535; used for web apps. */
  port: number;
  /** "" means a TCP connect check; otherwise an HTTP path such as "/health". */
  healthPath: string;
  /** The start command as typed. Checked before it reaches a Dockerfile (see command.ts). */
  command: string;
  /** false excludes images that need a registry login. */
  allowLogin: boolean;
  /**
   * An organisation's Docker Hub mirror prefix such as "registry.example.internal/dockerhub/":
   * Docker Hub references go through it. "" (the default) pulls from Docker Hub itself.
   */
  registryMirror: string;
  /**
   * Mirrors for other registries, by registry host: { "ghcr.io": "registry.example.internal/ghcr/" }.
   * A registry not listed is pulled directly. {} (the default) lists none.
   */
  mirrorsByRegistry: Record<string, string>;
  /** A pasted requirements.txt or pyproject.toml; "" (the default) means none. */
  requirements: string;
  /** "auto": nativeDeps follows the requirements analysis when there is one; "manual": the answer stands. */
  nativeDepsSource: "auto" | "manual";
  /**
   * Whether the Dockerfile installs the project itself after its dependencies (for its console
   * scripts, or a src-layout package). "auto" (the default) decides from a pasted pyproject.toml,
   * else from the command and the packaging tool; `Recommendation.projectInstall` says what and why.
   */
  installProject: (typeof INSTALL_PROJECT)[number];
};

/**
 * The answers about how the app is installed and started. They shape the generated files and the
 * advice about the start command, never the ranking: the ranking code takes `RankingAnswers`, so
 * reading one of these there does not compile. Answers that differ only in these share one ranking
 * (the what-if pass skips them; the exhaustive test ranks once for all their combinations).
 */
export const FILE_ANSWER_FIELDS = [
  "packageManager",
  "appKind",
  "port",
  "healthPath",
  "command",
  "installProject",
] as const satisfies readonly (keyof Answers)[];
export type FileAnswerField = (typeof FILE_ANSWER_FIELDS)[number];
/** The answers the ranking may read: all but `FILE_ANSWER_FIELDS`. */
export type RankingAnswers = Omit<Answers, FileAnswerField>;

/** The answers a new visitor starts from. */
export const defaultAnswers: Readonly<Answers> = Object.freeze({
  pythonVersion: "3.13",
  nativeDeps: "wheels",
  debugging: "occasional",
  security: "high",
  size: "balanced",
  architectures: ["amd64"],
  packageManager: "pip",
  appKind: "web",
  port: 8000,
  healthPath: "",
  command: "gunicorn app:app --bind 0.0.0.0:8000",
  allowLogin: true,
  registryMirror: "",
  mirrorsByRegistry: Object.freeze({}) as Record<string, string>,
  requirements: "",
  nativeDepsSource: "auto",
  installProject: "auto",
}) as Readonly<Answers>;

/**
 * A health-check path goes into a Python string literal inside the HEALTHCHECK, so it is limited to
 * characters that need no quoting anywhere: RFC 3986 unreserved characters and "/".
 */
export const HEALTH_PATH = /^$|^\/[A-Za-z0-9._~/-]{0,199}$/;

/** The requirements text an answer may carry (the analysis has its own, byte-based limit too). */
export const MAX_REQUIREMENTS_CHARACTERS = 100_000;

/** The part of the matrix that answers are checked against: the questions and their options. */
export type Vocabulary = Pick<Matrix, "questions">;

/** The Python versions a questionnaire may offer: those listed in data/questions.json. */
export function offeredPythonVersions(vocabulary: Vocabulary): string[] {
  const question = vocabulary.questions.find((q) => q.id === "pythonVersion");
  return (question?.options ?? []).map((o) => o.value);
}

function oneOf(values: readonly string[]) {
  return (value: unknown) =>
    typeof value === "string" && values.includes(value)
      ? null
      : `expected one of ${values.join(", ")}`;
}

type FieldCheck = (value: unknown, vocabulary: Vocabulary) => string | null;

/** One check per field; each returns null when the value is valid, else what was expected. */
export const FIELD_CHECKS: Record<keyof Answers, FieldCheck> = {
  pythonVersion: (value, vocabulary) => oneOf(offeredPythonVersions(vocabulary))(value),
  nativeDeps: oneOf(NATIVE_DEPS),
  debugging: oneOf(DEBUGGING),
  security: oneOf(SECURITY),
  size: oneOf(SIZE),
  architectures: (value) => {
    if (!Array.isArray(value) || value.length === 0)
      return "expected a non-empty list of architectures";
    if (value.some((a) => !TARGET_ARCHITECTURES.includes(a)))
      return `expected only ${TARGET_ARCHITECTURES.join(", ")}`;
    return new Set(value).size === value.length ? null : "expected no duplicates";
  },
  packageManager: oneOf(PACKAGE_TOOLS),
  appKind: oneOf(APP_KINDS),
  port: (value) =>
    Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 65535
      ? null
      : "expected a whole number from 1 to 65535",
  healthPath: (value) =>
    typeof value === "string" && HEALTH_PATH.test(value)
      ? null
      : 'expected "" or a path starting with / using letters, digits and / . _ ~ -',
  command: (value) => (typeof value === "string" ? null : "expected text"),
  allowLogin: (value) => (typeof value === "boolean" ? null : "expected true or false"),
  registryMirror: (value) =>
    typeof value === "string" && REGISTRY_MIRROR.test(value)
      ? null
      : 'expected "" or a registry path ending with /, such as registry.example.internal/dockerhub/',
  mirrorsByRegistry: (value) => checkMirrorMap(value),
  requirements: (value) =>
    typeof value !== "string"
      ? "expected text"
      : value.length > MAX_REQUIREMENTS_CHARACTERS
        ? `expected at most ${MAX_REQUIREMENTS_CHARACTERS} characters`
        : null,
  nativeDepsSource: oneOf(["auto", "manual"]),
  installProject: oneOf(INSTALL_PROJECT),
};

/** The problem with one field's value, or null when it is valid. */
export function checkAnswer(
  field: keyof Answers,
  value: unknown,
  vocabulary: Vocabulary,
): string | null {
  return FIELD_CHECKS[field](value, vocabulary);
}
