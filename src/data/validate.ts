/**
 * Validates the files of data/ and assembles the matrix. Two layers: the strict Zod schema per file,
 * then cross-reference checks across files. Every message starts with the file and the field:
 *   data/images/python-alpine.json: ratings.size.score: expected 1-5, got 7
 * Pure: it takes file contents keyed by path, so tests can feed it broken fixtures.
 */
import type { z } from "zod";
import { crossCheck } from "./cross-checks.ts";
import {
  criteriaSchema,
  distrosSchema,
  imageSchema,
  type Matrix,
  metaSchema,
  notesSchema,
  type PackageEntry,
  packageSchema,
  pythonReleasesSchema,
  questionsSchema,
  toolsSchema,
} from "./schema.ts";

export const DATA_FILES = {
  meta: "data/meta.json",
  criteria: "data/criteria.json",
  distros: "data/distros.json",
  pythonReleases: "data/python-releases.json",
  tools: "data/tools.json",
  questions: "data/questions.json",
  notes: "data/notes.json",
} as const;
export const IMAGES_DIR = "data/images/";
export const PACKAGES_DIR = "data/packages/";

export type ValidationResult = { matrix: Matrix; errors: [] } | { matrix: null; errors: string[] };

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function preview(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** One line per Zod issue: file, dotted field path, what was expected and what was found. */
export function formatIssues(
  file: string,
  input: unknown,
  issues: readonly z.core.$ZodIssue[],
): string[] {
  return issues.flatMap((issue) => {
    const field = (path: readonly PropertyKey[]) =>
      path.length > 0 ? path.map(String).join(".") : "(file)";
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => `${file}: ${field([...issue.path, key])}: unknown key`);
    }
    const value = valueAt(input, issue.path);
    if (value === undefined && issue.code === "invalid_type") {
      return [`${file}: ${field(issue.path)}: missing (expected ${issue.expected})`];
    }
    const message = issue.message.replace(/^Invalid input: /, "");
    return [`${file}: ${field(issue.path)}: ${message}, got ${preview(value)}`];
  });
}

function parseJson(file: string, text: string | undefined, errors: string[]): unknown {
  if (text === undefined) {
    errors.push(`${file}: missing file`);
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    errors.push(`${file}: not valid JSON: ${(error as Error).message}`);
    return undefined;
  }
}

function checked<T>(
  file: string,
  schema: z.ZodType<T>,
  text: string | undefined,
  errors: string[],
): T | undefined {
  const input = parseJson(file, text, errors);
  if (input === undefined) return undefined;
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  errors.push(...formatIssues(file, input, result.error.issues));
  return undefined;
}

/**
 * Validates every data file. `files` maps a path relative to the repository (data/...) to its text.
 * Files under data/ that are neither known vocabulary files nor images are reported.
 */
export function validateData(files: ReadonlyMap<string, string>): ValidationResult {
  const errors: string[] = [];
  const meta = checked(DATA_FILES.meta, metaSchema, files.get(DATA_FILES.meta), errors);
  const criteria = checked(
    DATA_FILES.criteria,
    criteriaSchema,
    files.get(DATA_FILES.criteria),
    errors,
  );
  const distros = checked(DATA_FILES.distros, distrosSchema, files.get(DATA_FILES.distros), errors);
  const releases = checked(
    DATA_FILES.pythonReleases,
    pythonReleasesSchema,
    files.get(DATA_FILES.pythonReleases),
    errors,
  );
  const tools = checked(DATA_FILES.tools, toolsSchema, files.get(DATA_FILES.tools), errors);
  const questions = checked(
    DATA_FILES.questions,
    questionsSchema,
    files.get(DATA_FILES.questions),
    errors,
  );

  const notes = checked(DATA_FILES.notes, notesSchema, files.get(DATA_FILES.notes), errors);
  const known = new Set<string>(Object.values(DATA_FILES));
  const images: { file: string; entry: z.infer<typeof imageSchema> }[] = [];
  const packages: { file: string; entry: PackageEntry }[] = [];
  const inDir = (file: string, dir: string) =>
    file.startsWith(dir) && file.endsWith(".json") && !file.slice(dir.length).includes("/");
  for (const [file, text] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (inDir(file, IMAGES_DIR)) {
      const entry = checked(file, imageSchema, text, errors);
      if (entry) images.push({ file, entry });
    } else if (inDir(file, PACKAGES_DIR)) {
      const entry = checked(file, packageSchema, text, errors);
      if (entry) packages.push({ file, entry });
    } else if (file.endsWith(".json") && !known.has(file)) {
      errors.push(
        `${file}: not a data file the matrix knows (images go in ${IMAGES_DIR}, packages in ${PACKAGES_DIR})`,
      );
    }
  }
  if (images.length === 0 && !errors.some((e) => e.startsWith(IMAGES_DIR)))
    errors.push(`${IMAGES_DIR}: no image files`);

  if (
    errors.length > 0 ||
    !meta ||
    !criteria ||
    !distros ||
    !releases ||
    !tools ||
    !questions ||
    !notes
  ) {
    return { matrix: null, errors };
  }
  const matrix: Matrix = {
    dataVersion: meta.dataVersion,
    criteria: criteria.criteria,
    images: images.map((i) => i.entry),
    distros: distros.distros,
    distroSources: distros.sources,
    pythonReleases: releases.releases,
    pythonSources: releases.sources,
    tools: tools.tools,
    toolSources: tools.sources,
    questions: questions.questions,
    packages: packages.map((p) => p.entry),
    notes: notes.notes,
    noteSources: notes.sources,
  };
  const crossErrors = crossCheck(
    matrix,
    images.map((i) => i.file),
    packages.map((p) => p.file),
  );
  return crossErrors.length > 0 ? { matrix: null, errors: crossErrors } : { matrix, errors: [] };
}
