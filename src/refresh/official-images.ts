/**
 * A docker-library/official-images `library/<repository>` file: the tags Docker Hub serves and the
 * architectures each is built for. The format is bashbrew's RFC 2822-like manifest
 * (docker-library/official-images README, "Library definition files"): `Key: value` lines, indented
 * continuation lines, `#` comments, and blank lines between entries. The first paragraph without
 * `Tags` holds defaults; an entry without `Architectures` inherits them, and bashbrew's own default
 * is amd64 alone.
 */
import { UpstreamFormatError } from "./upstream-error.ts";

/** One entry: its tags (Tags and SharedTags together) and its architectures, bashbrew names. */
export type LibraryEntry = { tags: string[]; architectures: string[] };

type Paragraph = { fields: Map<string, string>; line: number };

function paragraphs(file: string, text: string): Paragraph[] {
  const result: Paragraph[] = [];
  let current: Paragraph | undefined;
  let lastKey: string | undefined;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trimStart().startsWith("#")) return;
    if (raw.trim() === "") {
      current = undefined;
      lastKey = undefined;
      return;
    }
    if (/^\s/.test(raw)) {
      if (!current || !lastKey)
        throw new UpstreamFormatError(file, `line ${line}: an indented line continues no field`);
      current.fields.set(lastKey, `${current.fields.get(lastKey)} ${raw.trim()}`);
      return;
    }
    const match = /^([A-Za-z0-9][A-Za-z0-9-]*):(.*)$/.exec(raw);
    if (!match?.[1])
      throw new UpstreamFormatError(
        file,
        `line ${line}: expected "Key: value", got ${JSON.stringify(raw.slice(0, 60))}`,
      );
    if (!current) {
      current = { fields: new Map(), line };
      result.push(current);
    }
    const key = match[1];
    if (current.fields.has(key))
      throw new UpstreamFormatError(file, `line ${line}: ${key} given twice in one entry`);
    current.fields.set(key, (match[2] ?? "").trim());
    lastKey = key;
  });
  return result;
}

function list(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** Every entry of a library file. Throws UpstreamFormatError (file and line) on malformed input. */
export function parseLibraryFile(file: string, text: string): LibraryEntry[] {
  const all = paragraphs(file, text);
  const [first] = all;
  const defaults = first && !first.fields.has("Tags") ? first : undefined;
  const entries: LibraryEntry[] = [];
  const seen = new Map<string, number>();
  for (const paragraph of all) {
    if (paragraph === defaults) continue;
    const tags = [
      ...list(paragraph.fields.get("Tags")),
      ...list(paragraph.fields.get("SharedTags")),
    ];
    if (!paragraph.fields.has("Tags") || list(paragraph.fields.get("Tags")).length === 0)
      throw new UpstreamFormatError(file, `line ${paragraph.line}: an entry without Tags`);
    const architectures = list(
      paragraph.fields.get("Architectures") ?? defaults?.fields.get("Architectures") ?? "amd64",
    );
    // SharedTags legitimately repeat across entries (one per OS variant); Tags may not.
    for (const tag of list(paragraph.fields.get("Tags"))) {
      const before = seen.get(tag);
      if (before !== undefined)
        throw new UpstreamFormatError(
          file,
          `line ${paragraph.line}: tag ${tag} already given at line ${before}`,
        );
      seen.set(tag, paragraph.line);
    }
    entries.push({ tags: [...new Set(tags)], architectures });
  }
  if (entries.length === 0) throw new UpstreamFormatError(file, "no entry with Tags");
  return entries;
}
