/**
 * The permalink codec: answers and weight overrides <-> a short, readable URL fragment.
 *
 * - The defaults are the allowlist: only known keys are read, only non-default values written.
 * - A link carries its format version (v), the data version (data) and the best image (best), so a
 *   reader can tell when the advice changed under an old link.
 * - Decoding never throws: a bad value falls back to its default and is named in `reset`; an unknown
 *   key is named in `ignored`; a link from a newer format is reported, not misread.
 * - Old formats stay readable through MIGRATIONS, one step per format.
 * - Keys added within a format (the matrix view's sort, order and filter; a Dockerfile being
 *   checked) are optional: older links without them read as before, so adding one needs no format
 *   change.
 * - Values that travel compressed share one limit on their compressed length (MAX_LINK_COMPRESSED).
 */

import LZString from "lz-string";
import { type Answers, checkAnswer, defaultAnswers } from "./answers.ts";
import { MAX_COMMAND_LENGTH } from "./command.ts";
import type { Matrix } from "./data/schema.ts";
import {
  defaultMatrixView,
  MATRIX_FILTERS,
  MATRIX_SORT_COLUMNS,
  type MatrixFilter,
  type MatrixView,
  sortsDescendingFirst,
} from "./matrix-view.ts";
import { REGISTRY_HOST } from "./registry-mirrors.ts";
import { defaultVocabulary } from "./vocabulary.ts";
import { impliedWeights, MAX_WEIGHT } from "./weights.ts";

/** What a link is read against: the questions (valid answers), the criteria (weights) and the data version. */
export type LinkVocabulary = Pick<Matrix, "dataVersion" | "questions" | "criteria">;

/** The format this version writes. */
export const FORMAT_VERSION = 1;

/** URL key for each answer: short, but still readable in a pasted link. */
const KEYS: Record<keyof Answers, string> = {
  pythonVersion: "python",
  nativeDeps: "native",
  debugging: "debug",
  security: "security",
  size: "size",
  architectures: "arch",
  packageManager: "tool",
  appKind: "kind",
  port: "port",
  healthPath: "health",
  command: "cmd",
  allowLogin: "login",
  registryMirror: "mirror",
  mirrorsByRegistry: "mirrors",
  requirements: "req",
  nativeDepsSource: "native-from",
  installProject: "install",
};
const WEIGHT_PREFIX = "w.";
const META = { version: "v", data: "data", best: "best" } as const;
/** URL keys of the matrix view, and the names `reset` uses for them. */
const VIEW_KEYS = { sort: "sort", order: "order", filter: "filter" } as const;
const VIEW_FIELDS = {
  sort: "matrix.sort",
  order: "matrix.order",
  filter: "matrix.filter",
} as const;
/** A Dockerfile pasted into "Check a Dockerfile": not an answer, but part of what a link shares. */
const DOCKERFILE = "dockerfile";

export type DecodedLink = {
  answers: Answers;
  /** Absolute weight overrides carried by the link. */
  weights: Record<string, number>;
  /**
   * Answer fields (weights as "weights.<id>", the matrix view as "matrix.sort", "matrix.order" and
   * "matrix.filter") whose value was invalid and fell back to the default.
   */
  reset: string[];
  /** For each entry of `reset`: the value the link had, as text (undecodable escapes as written). */
  refused: Record<string, string>;
  /** How the link sorts and filters the matrix; the default view when it says nothing. */
  matrixView: MatrixView;
  /** Keys the link had that this version does not know. */
  ignored: string[];
  /** The link's format version; greater than FORMAT_VERSION for a link from a newer release. */
  formatVersion: number;
  /** The data version the link was made with, if it says. */
  dataVersion: string | undefined;
  /** The best image when the link was made, if it says. */
  bestId: string | undefined;
  /**
   * The Dockerfile the link carries (compressed like requirements, within the same limit), when it
   * carries a readable one; an unreadable one is named "dockerfile" in `reset`.
   */
  dockerfile?: string;
};

/**
 * MIGRATIONS[n] rewrites the parameters of a format-n link into format n+1. Format 1 is the first,
 * so the table is empty; the next format change adds an entry and a fixture in permalink.test.ts.
 */
type Migration = (params: Map<string, string | undefined>) => Map<string, string | undefined>;
export const MIGRATIONS: Record<number, Migration> = {};

/**
 * Long free text travels compressed (lz-string, made for URLs). Every compressed value in one link
 * counts against this many characters together: past it a link gets unwieldy and mail clients and
 * chat tools cut it. What does not fit is left out of the link, and the page says so.
 */
export const MAX_LINK_COMPRESSED = 6_000;

/**
 * The answers that travel compressed, in the order they are kept when together they exceed
 * MAX_LINK_COMPRESSED (a later field gives way first). A new long field is one more entry here.
 */
const COMPRESSED_FIELDS: readonly (keyof Answers)[] = ["requirements"];

/** Each compressed answer's link text, or undefined where it does not fit within the shared limit. */
function compressedValues(answers: Answers): Map<keyof Answers, string | undefined> {
  const values = new Map<keyof Answers, string | undefined>();
  let used = 0;
  for (const field of COMPRESSED_FIELDS) {
    const text = answers[field] as string;
    if (text === "") {
      values.set(field, "");
      continue;
    }
    const compressed = LZString.compressToEncodedURIComponent(text);
    const fits = used + compressed.length <= MAX_LINK_COMPRESSED;
    if (fits) used += compressed.length;
    values.set(field, fits ? compressed : undefined);
  }
  return values;
}

/** The answers a link for these answers leaves out because they do not fit (see MAX_LINK_COMPRESSED). */
export function omittedFromLink(answers: Answers): (keyof Answers)[] {
  return [...compressedValues(answers)].flatMap(([field, value]) =>
    value === undefined ? [field] : [],
  );
}

/** Compressed characters the answers' long fields take in a link (only those that fit count). */
function compressedLength(values: Map<keyof Answers, string | undefined>): number {
  let used = 0;
  for (const value of values.values()) used += value?.length ?? 0;
  return used;
}

/**
 * A Dockerfile's link text beside these answers, or undefined when it does not fit in what the
 * answers leave of MAX_LINK_COMPRESSED. It comes after every compressed answer, so it gives way
 * first: a link always keeps the requirements that shape its recommendation.
 */
function compressedDockerfile(
  dockerfile: string,
  values: Map<keyof Answers, string | undefined>,
): string | undefined {
  if (dockerfile === "") return undefined;
  const compressed = LZString.compressToEncodedURIComponent(dockerfile);
  return compressedLength(values) + compressed.length <= MAX_LINK_COMPRESSED
    ? compressed
    : undefined;
}

/**
 * Whether a link for these answers leaves this Dockerfile out because it does not fit beside them
 * (see MAX_LINK_COMPRESSED); false for an empty one, which a link never carries.
 */
export function linkOmitsDockerfile(answers: Answers, dockerfile: string): boolean {
  return (
    dockerfile !== "" && compressedDockerfile(dockerfile, compressedValues(answers)) === undefined
  );
}

function encodeValue(
  field: keyof Answers,
  value: Answers[keyof Answers],
  compressed: Map<keyof Answers, string | undefined>,
): string {
  if (compressed.has(field)) return compressed.get(field) ?? "";
  if (field === "architectures") return (value as string[]).join(",");
  if (field === "allowLogin") return value ? "1" : "0";
  if (field === "mirrorsByRegistry")
    // Hosts and prefixes never contain "," or "=" (REGISTRY_HOST, REGISTRY_MIRROR), so these split them.
    return Object.entries(value as Record<string, string>)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([host, prefix]) => `${host}=${prefix}`)
      .join(",");
  return String(value);
}

/** host=prefix pairs back into a map; undefined when a pair has no "=". */
function decodeMirrorMap(text: string): Record<string, string> | undefined {
  if (text === "") return {};
  const map: Record<string, string> = {};
  for (const pair of text.split(",")) {
    const eq = pair.indexOf("=");
    const host = pair.slice(0, eq);
    // Checked here as well as by checkAnswer, so no key such as __proto__ is ever assigned.
    if (eq <= 0 || !REGISTRY_HOST.test(host)) return undefined;
    map[host] = pair.slice(eq + 1);
  }
  return map;
}

/** Reads one answer from its URL text; undefined when the text is not a valid value. */
function decodeValue(
  field: keyof Answers,
  text: string,
  vocabulary: LinkVocabulary,
): Answers[keyof Answers] | undefined {
  let value: unknown = text;
  if (field === "architectures") value = text.split(",");
  else if (field === "allowLogin") value = text === "1" ? true : text === "0" ? false : undefined;
  else if (field === "port") value = /^\d{1,5}$/.test(text) ? Number(text) : undefined;
  else if (field === "mirrorsByRegistry") value = decodeMirrorMap(text);
  else if (field === "command" && text.length > MAX_COMMAND_LENGTH) return undefined;
  else if (COMPRESSED_FIELDS.includes(field))
    value = LZString.decompressFromEncodedURIComponent(text) ?? undefined;
  if (value === undefined) return undefined;
  return checkAnswer(field, value, vocabulary) === null
    ? (value as Answers[keyof Answers])
    : undefined;
}

/** What a link may carry besides the answers, the weights and the best image. */
export type LinkExtras = {
  matrixView?: MatrixView;
  /** A Dockerfile being checked; left out when it does not fit (see `linkOmitsDockerfile`). */
  dockerfile?: string;
};

/** The matrix view's URL parameters: only what differs from the default view. */
function matrixViewParams(view: MatrixView): [string, string][] {
  const params: [string, string][] = [];
  if (view.sort !== defaultMatrixView.sort) params.push([VIEW_KEYS.sort, view.sort]);
  if (view.descending !== sortsDescendingFirst(view.sort))
    params.push([VIEW_KEYS.order, view.descending ? "desc" : "asc"]);
  const filters = MATRIX_FILTERS.filter((f) => view.filters.includes(f));
  if (filters.length > 0) params.push([VIEW_KEYS.filter, filters.join(",")]);
  return params;
}

/**
 * The matrix view alone as a fragment ("sort=size&filter=glibc", "" for the default view), for a
 * matrix embed; decodeAnswers reads it back.
 */
export function encodeMatrixView(view: MatrixView): string {
  return joinParams(matrixViewParams(view));
}

function joinParams(params: Iterable<[string, string]>): string {
  return [...params].map(([key, value]) => `${key}=${encodeComponent(value)}`).join("&");
}

/**
 * The URL fragment (without "#") for these answers, weight overrides, best image, matrix view and
 * a Dockerfile being checked. Defaults and weights equal to what the answers imply are left out,
 * and so are long texts that do not fit (`omittedFromLink`, `linkOmitsDockerfile`).
 */
export function encodeAnswers(
  answers: Answers,
  weights?: Record<string, number>,
  bestId?: string,
  matrix: LinkVocabulary = defaultVocabulary,
  extras: LinkExtras = {},
): string {
  const params = new Map<string, string>();
  params.set(META.version, String(FORMAT_VERSION));
  params.set(META.data, matrix.dataVersion);
  if (bestId) params.set(META.best, bestId);
  const compressed = compressedValues(answers);
  const none = new Map<keyof Answers, string | undefined>();
  for (const field of Object.keys(KEYS) as (keyof Answers)[]) {
    const value = encodeValue(field, answers[field], compressed);
    if (value !== encodeValue(field, defaultAnswers[field], none)) params.set(KEYS[field], value);
  }
  const implied = impliedWeights(answers, matrix);
  for (const criterion of matrix.criteria) {
    const weight = weights?.[criterion.id];
    if (
      weight !== undefined &&
      Object.hasOwn(weights ?? {}, criterion.id) &&
      weight !== implied[criterion.id]
    ) {
      params.set(`${WEIGHT_PREFIX}${criterion.id}`, String(weight));
    }
  }
  for (const [key, value] of extras.matrixView ? matrixViewParams(extras.matrixView) : [])
    params.set(key, value);
  const file = compressedDockerfile(extras.dockerfile ?? "", compressed);
  if (file) params.set(DOCKERFILE, file);
  return joinParams(params);
}

/** Percent-encoding that leaves the characters a fragment allows as they are, for readable links. */
function encodeComponent(text: string): string {
  return encodeURIComponent(text)
    .replace(/%20/g, "+")
    .replace(/%2C/g, ",")
    .replace(/%3A/g, ":")
    .replace(/%2F/g, "/")
    .replace(/%40/g, "@");
}

/** The inverse of encodeComponent; undefined for malformed escapes such as "%E0%A4%A". */
function decodeComponent(text: string): string | undefined {
  try {
    return decodeURIComponent(text.replace(/\+/g, " "));
  } catch {
    return undefined;
  }
}

/** key=value pairs; the first occurrence of a key wins. Malformed pairs are kept as undecodable. */
function parseParams(fragment: string): Map<string, string | undefined> {
  const params = new Map<string, string | undefined>();
  for (const pair of fragment.replace(/^#/, "").split("&")) {
    if (pair === "") continue;
    const eq = pair.indexOf("=");
    const key = decodeComponent(eq === -1 ? pair : pair.slice(0, eq)) ?? pair;
    const value = eq === -1 ? "" : decodeComponent(pair.slice(eq + 1));
    if (!params.has(key)) params.set(key, value);
  }
  return params;
}

/** Restores answers and weight overrides from a fragment. Never throws. */
export function decodeAnswers(
  fragment: string,
  matrix: LinkVocabulary = defaultVocabulary,
): DecodedLink {
  const answers: Answers = { ...defaultAnswers, architectures: [...defaultAnswers.architectures] };
  const result: DecodedLink = {
    answers,
    weights: {},
    reset: [],
    refused: {},
    matrixView: { ...defaultMatrixView, filters: [] },
    ignored: [],
    formatVersion: FORMAT_VERSION,
    dataVersion: undefined,
    bestId: undefined,
  };
  let params = parseParams(typeof fragment === "string" ? fragment : "");
  const versionText = params.has(META.version) ? (params.get(META.version) ?? "") : undefined;
  const version =
    versionText === undefined
      ? FORMAT_VERSION
      : /^\d{1,6}$/.test(versionText)
        ? Number(versionText)
        : Number.NaN;
  if (Number.isNaN(version) || version < 1) {
    refuse(result, "formatVersion", versionText ?? "");
  } else {
    result.formatVersion = version;
    if (version > FORMAT_VERSION) {
      // A newer release wrote this link; reading its keys with today's meaning could mislead.
      result.ignored = [...params.keys()].filter((k) => k !== META.version);
      return result;
    }
    for (let v = version; v < FORMAT_VERSION; v++) params = MIGRATIONS[v]?.(params) ?? params;
  }

  const fieldsByKey = new Map(
    Object.entries(KEYS).map(([field, key]) => [key, field as keyof Answers]),
  );
  const criteria = new Set(matrix.criteria.map((c) => c.id));
  let compressedSoFar = 0;
  for (const [key, raw] of params) {
    if (key === META.version) continue;
    // An undecodable value (a broken %-escape) is invalid for every field.
    const text = raw ?? "";
    if (key === VIEW_KEYS.sort || key === VIEW_KEYS.order || key === VIEW_KEYS.filter) continue;
    if (key === META.data) {
      result.dataVersion = /^[\w.-]{1,40}$/.test(text) ? text : undefined;
      continue;
    }
    if (key === META.best) {
      result.bestId = /^[a-z0-9.-]{1,80}$/.test(text) ? text : undefined;
      continue;
    }
    if (key === DOCKERFILE) continue;
    if (key.startsWith(WEIGHT_PREFIX)) {
      const id = key.slice(WEIGHT_PREFIX.length);
      if (!criteria.has(id)) {
        result.ignored.push(key);
      } else if (/^\d$/.test(text) && Number(text) <= MAX_WEIGHT) {
        result.weights[id] = Number(text);
      } else {
        refuse(result, `weights.${id}`, raw);
      }
      continue;
    }
    const field = fieldsByKey.get(key);
    if (field === undefined) {
      result.ignored.push(key);
      continue;
    }
    // Compressed values share one budget: one that would take the link past it is refused.
    if (COMPRESSED_FIELDS.includes(field)) compressedSoFar += text.length;
    const value =
      raw === undefined || compressedSoFar > MAX_LINK_COMPRESSED
        ? undefined
        : decodeValue(field, text, matrix);
    if (value === undefined) refuse(result, field, raw);
    else (answers as Record<keyof Answers, unknown>)[field] = value;
  }
  if (params.has(DOCKERFILE)) {
    // Read after the answers, as it is written: it gets what their compressed values leave.
    const raw = params.get(DOCKERFILE);
    const text = raw ?? "";
    const file =
      raw === undefined || compressedSoFar + text.length > MAX_LINK_COMPRESSED
        ? undefined
        : LZString.decompressFromEncodedURIComponent(text);
    if (file) result.dockerfile = file;
    else refuse(result, DOCKERFILE, raw);
  }
  decodeMatrixView(params, matrix, result);
  return result;
}

/** Names a field that fell back to its default, with the text the link had for it. */
function refuse(result: DecodedLink, field: string, raw: string | undefined): void {
  result.reset.push(field);
  result.refused[field] = raw ?? "(not decodable)";
}

/** Reads sort, order and filter; each bad one falls back on its own and is named. */
function decodeMatrixView(
  params: Map<string, string | undefined>,
  vocabulary: LinkVocabulary,
  result: DecodedLink,
): void {
  const view = result.matrixView;
  const sortKeys = new Set<string>([
    ...MATRIX_SORT_COLUMNS,
    ...vocabulary.criteria.map((c) => c.id),
  ]);
  if (params.has(VIEW_KEYS.sort)) {
    const sort = params.get(VIEW_KEYS.sort);
    if (sort !== undefined && sortKeys.has(sort)) view.sort = sort;
    else refuse(result, VIEW_FIELDS.sort, sort);
  }
  view.descending = sortsDescendingFirst(view.sort);
  if (params.has(VIEW_KEYS.order)) {
    const order = params.get(VIEW_KEYS.order);
    if (order === "asc" || order === "desc") view.descending = order === "desc";
    else refuse(result, VIEW_FIELDS.order, order);
  }
  if (params.has(VIEW_KEYS.filter)) {
    const text = params.get(VIEW_KEYS.filter);
    const names = text === undefined || text === "" ? [] : text.split(",");
    if (text !== undefined && names.every((n) => (MATRIX_FILTERS as readonly string[]).includes(n)))
      view.filters = MATRIX_FILTERS.filter((f: MatrixFilter) => names.includes(f));
    else refuse(result, VIEW_FIELDS.filter, text);
  }
}
