/**
 * The questionnaire's answers: their type, defaults and validation. Uses zod/mini because this
 * module ships to the browser (the full Zod is for build-time data validation only).
 */
import * as z from "zod/mini";
import type { Matrix } from "./data/schema.ts";

export const NATIVE_DEPS = ["none", "wheels", "compile"] as const;
export const DEBUGGING = ["none", "occasional", "shell"] as const;
export const SECURITY = ["standard", "high", "strict"] as const;
export const SIZE = ["relaxed", "balanced", "minimal"] as const;
export const TARGET_ARCHITECTURES = ["amd64", "arm64"] as const;
export const PACKAGE_TOOLS = ["pip", "uv", "poetry"] as const;
export const APP_KINDS = ["web", "worker", "cli"] as const;

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
};

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
}) as Readonly<Answers>;

/**
 * A health-check path goes into a Python string literal inside the HEALTHCHECK, so it is limited to
 * characters that need no quoting anywhere: RFC 3986 unreserved characters and "/".
 */
export const HEALTH_PATH = /^$|^\/[A-Za-z0-9._~/-]{0,199}$/;

/** Thrown by `recommend` and `generateFiles` when answers fail validation; lists every bad field. */
export class AnswersError extends Error {
  readonly issues: { field: string; message: string }[];
  constructor(issues: { field: string; message: string }[]) {
    super(`Invalid answers: ${issues.map((i) => `${i.field}: ${i.message}`).join("; ")}`);
    this.name = "AnswersError";
    this.issues = issues;
  }
}

/** The Python versions a questionnaire may offer: those listed in data/questions.json. */
export function offeredPythonVersions(matrix: Matrix): string[] {
  const question = matrix.questions.find((q) => q.id === "pythonVersion");
  return (question?.options ?? []).map((o) => o.value);
}

const schemas = new WeakMap<Matrix, z.ZodMiniType<Answers>>();

/** The answers schema for one matrix (the Python versions come from the data). */
export function answersSchema(matrix: Matrix): z.ZodMiniType<Answers> {
  const cached = schemas.get(matrix);
  if (cached) return cached;
  const versions = offeredPythonVersions(matrix);
  const schema = z.strictObject({
    pythonVersion: z
      .string()
      .check(
        z.refine((v) => versions.includes(v), { error: `expected one of ${versions.join(", ")}` }),
      ),
    nativeDeps: z.enum(NATIVE_DEPS),
    debugging: z.enum(DEBUGGING),
    security: z.enum(SECURITY),
    size: z.enum(SIZE),
    architectures: z.array(z.enum(TARGET_ARCHITECTURES)).check(
      z.minLength(1, { error: "expected at least one architecture" }),
      z.refine((a) => new Set(a).size === a.length, { error: "expected no duplicates" }),
    ),
    packageManager: z.enum(PACKAGE_TOOLS),
    appKind: z.enum(APP_KINDS),
    port: z.int().check(z.minimum(1), z.maximum(65535)),
    healthPath: z.string().check(
      z.regex(HEALTH_PATH, {
        error: 'expected "" or a path starting with / using letters, digits and / . _ ~ -',
      }),
    ),
    command: z.string(),
    allowLogin: z.boolean(),
  }) as unknown as z.ZodMiniType<Answers>;
  schemas.set(matrix, schema);
  return schema;
}

/** Validates `answers` against the matrix or throws an AnswersError naming each bad field. */
export function parseAnswers(answers: unknown, matrix: Matrix): Answers {
  const result = answersSchema(matrix).safeParse(answers);
  if (result.success) return result.data;
  throw new AnswersError(
    result.error.issues.map((issue) => ({
      field: issue.path.length > 0 ? issue.path.map(String).join(".") : "(answers)",
      message: issue.message,
    })),
  );
}
