/**
 * How the refresh reads and writes a fact in data/: the one module that knows a fact is
 * `{ value, source?, note? }` citing an entry of its file's top-level `sources`, where the source
 * carries the read date. When the data model changes, this is the module to adapt.
 *
 * Documents are the parsed JSON of data files (already validated); writes change them in place,
 * and the caller serialises them back.
 */
import type { Source } from "../data/schema.ts";

/** Where a fact sits in its document: keys and array indexes from the top. */
export type Pointer = (string | number)[];
/** A fact as data/ stores it. */
export type StoredFact = { value: unknown; source?: string; note?: string };
type Document = { sources: Source[] } & Record<string, unknown>;

function at(dataFile: unknown, pointer: Pointer): unknown {
  let node = dataFile;
  for (const key of pointer) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/**
 * How one kind of fact is stored: what the comparison sees of a stored value (`read`), and what a
 * write stores for an upstream value (`write`). "unknown" never reaches either.
 */
export type FactCodec = { read(stored: unknown): unknown; write(value: unknown): unknown };

/** Most facts store the value itself. */
export const PLAIN: FactCodec = { read: (stored) => stored, write: (value) => value };

/**
 * An end of support (src/data/schema.ts supportEndSchema): `{ date }`, or `{ rule, estimate? }`
 * when the end is an event. The comparison sees a published date as the date itself; a rule stays
 * the rule, so a date published upstream replaces it. A write stores a published date.
 */
export const SUPPORT_END: FactCodec = {
  read: (stored) =>
    stored !== null && typeof stored === "object" && "date" in stored
      ? (stored as { date: string }).date
      : stored,
  write: (value) => ({ date: value }),
};

/** The fact at `pointer`, or undefined when there is none. */
export function factAt(dataFile: unknown, pointer: Pointer): StoredFact | undefined {
  const node = at(dataFile, pointer);
  return node !== null && typeof node === "object" && "value" in node
    ? (node as StoredFact)
    : undefined;
}

/** The day the fact's source was read; undefined for a fact without a source (an unknown). */
export function readDate(dataFile: unknown, fact: StoredFact): string | undefined {
  if (fact.source === undefined) return undefined;
  return (dataFile as Document).sources.find((s) => s.id === fact.source)?.read;
}

/** The newest read date among the document's sources: when its lists were last looked through. */
export function listRead(dataFile: unknown): string | undefined {
  return (dataFile as Document).sources
    .map((s) => s.read)
    .sort()
    .at(-1);
}

/** A new value for a fact, the source that states it, and a note (or none) to go with it. */
export type FactChange = { value: unknown; source: Source; note?: string };

function cite(dataFile: Document, source: Source): void {
  if (!dataFile.sources.some((s) => s.id === source.id)) dataFile.sources.push(source);
}

/**
 * Sets the fact at `pointer` (creating it when the pointer ends in a missing key), citing the new
 * source. The old note described the old reading, so it is replaced, not kept.
 */
export function writeFact(dataFile: unknown, pointer: Pointer, change: FactChange): void {
  const parent = at(dataFile, pointer.slice(0, -1)) as Record<string | number, unknown>;
  const key = pointer.at(-1) as string | number;
  const fact: StoredFact = { value: change.value, source: change.source.id };
  if (change.note) fact.note = change.note;
  parent[key] = fact;
  cite(dataFile as Document, change.source);
}

/**
 * Adds a Python release to data/python-releases.json, in version order, with its end of life.
 * New minors are the one kind of entry the refresh creates rather than updates.
 */
export function addPythonRelease(dataFile: unknown, version: string, change: FactChange): void {
  const releases = (dataFile as { releases: { version: string }[] }).releases;
  const minor = (v: string) => Number(v.split(".")[1]);
  const index = releases.findIndex((r) => minor(r.version) > minor(version));
  const entry = { version, endOfLife: { value: null } as unknown };
  releases.splice(index < 0 ? releases.length : index, 0, entry);
  writeFact(dataFile, ["releases", releases.indexOf(entry), "endOfLife"], change);
}

function citedIds(node: unknown, ids: Set<string>): void {
  if (node === null || typeof node !== "object") return;
  if (Array.isArray(node)) {
    for (const child of node) citedIds(child, ids);
    return;
  }
  for (const [key, child] of Object.entries(node)) {
    if (key === "sources") continue;
    if (key === "source" && typeof child === "string") ids.add(child);
    else citedIds(child, ids);
  }
}

/** Drops the sources no fact cites any more (the validator requires every source to be cited). */
export function pruneSources(dataFile: unknown): void {
  const doc = dataFile as Document;
  const ids = new Set<string>();
  citedIds(doc, ids);
  doc.sources = doc.sources.filter((s) => ids.has(s.id));
}
