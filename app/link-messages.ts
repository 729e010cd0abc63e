/**
/**
 * What an opened link said about itself, in the questions' own words: a format version that could
 * not be read or is newer than this release, compressed text that was cut short, fields that fell
 * back (with the value that was refused, quoted), keys nobody knows, answers that decide where
 * images come from or what runs (with their values, to check), advice that changed since the link
 * was made, and a Dockerfile it could not read. Shared by the page, the embedded result and
 * "Check a Dockerfile".
 */
import type { Answers } from "../src/answers.ts";
import { type DecodedLink, FORMAT_VERSION } from "../src/permalink.ts";
import { defaultVocabulary } from "../src/vocabulary.ts";
import { imageById } from "./facts.ts";

export type LinkMessage =
  | { kind: "text"; text: string }
  /** Answers the reader should check, with the values the link set. */
  | { kind: "review"; text: string; items: { label: string; value: string }[] };

const OTHER_LABELS: Record<string, string> = {
  "matrix.sort": "Matrix sort",
  "matrix.order": "Matrix sort order",
  "matrix.filter": "Matrix filters",
};

/**
 * The label a person knows a link field by: the question's ("Registry mirror", without its
 * "(optional)"), or "Size weight" for weights.size.
 */
export function fieldLabel(field: string): string {
  const question = defaultVocabulary.questions.find((q) => q.id === field);
  if (question) return question.label.replace(/ \(optional\)$/, "");
  if (field.startsWith("weights.")) {
    const id = field.slice("weights.".length);
    const criterion = defaultVocabulary.criteria.find((c) => c.id === id);
    return `${criterion?.label ?? id} weight`;
  }
  return OTHER_LABELS[field] ?? field;
}

/** How a sentence names a field carried as compressed text; others use their question's label. */
const TEXT_NAMES: Record<string, string> = { requirements: "requirements" };

const MAX_QUOTED = 40;

/**
 * Text from a link with control and bidirectional formatting characters shown as escapes, so a
 * crafted link cannot reorder or hide the text around it. Controls (Cc), formatting characters
 * (Cf: zero-width and bidi marks, embeddings, isolates, the byte-order mark) and line separators,
 * as the command check in src/command.ts treats them.
 */
function visible(text: string): string {
  return text.replace(
    /[\p{Cc}\p{Cf}\u2028\u2029]/gu,
    (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`,
  );
}

/** A value from a link, quoted for display: at most 40 characters, shown as `visible` does. */
export function quote(text: string): string {
  const characters = [...text];
  const shown =
    characters.length > MAX_QUOTED ? `${characters.slice(0, MAX_QUOTED).join("")}…` : text;
  return `“${visible(shown)}”`;
}

/** Said where a link's Dockerfile (the "dockerfile" key, not an answer) could not be read. */
export const UNREADABLE_DOCKERFILE =
  "The Dockerfile in this link could not be read (it was cut short or changed), so it was left out.";

function key(text: string): string {
  return text === "" ? "an empty key" : quote(text);
}

/** An answer's value as the reader should check it: all of what the link set, nothing hidden. */
function reviewValue(value: Answers[keyof Answers]): string {
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (Array.isArray(value)) return value.join(", ");
  if (value !== null && typeof value === "object")
    return Object.entries(value)
      .map(([host, prefix]) => `${visible(host)} → ${visible(String(prefix))}`)
      .join(", ");
  return visible(String(value));
}

/**
 * The notices for a link. With `now` (the data version and best image of today's result), a link
 * made with other data that recommended another image says so.
 */
export function linkMessages(
  link: DecodedLink,
  now?: { dataVersion: string; bestId: string },
): LinkMessage[] {
  const messages: LinkMessage[] = [];
  const text = (t: string) => messages.push({ kind: "text", text: t });
  if (link.unreadableFormat !== undefined) {
    text(
      `This link's format version (${quote(link.unreadableFormat)}) is not one this tool writes, so the link was not read: the default answers are shown.`,
    );
    return messages;
  }
  if (link.formatVersion > FORMAT_VERSION) {
    text(
      `This link was made by a newer version of the tool (format ${link.formatVersion}); it was not read, and the default answers are shown.`,
    );
    return messages;
  }
  for (const field of link.unreadable ?? [])
    text(
      `The ${TEXT_NAMES[field] ?? fieldLabel(field)} in this link could not be read (the link may have been cut short); the rest of the link was read.`,
    );
  // The Dockerfile is not an answer: it has its own message.
  const reset = link.reset.filter((f) => f !== "dockerfile");
  if (reset.length > 0) {
    const fields = reset.map((f) => {
      const refused = link.refused[f];
      return refused === undefined ? fieldLabel(f) : `${fieldLabel(f)} (${quote(refused)})`;
    });
    text(
      `${reset.length === 1 ? "This answer in the link was" : "These answers in the link were"} not valid and fell back to the default: ${fields.join(", ")}.`,
    );
  }
  if (reset.length < link.reset.length) text(UNREADABLE_DOCKERFILE);
  if (link.ignored.length > 0) {
    text(
      `${link.ignored.length === 1 ? "This key in the link is" : "These keys in the link are"} not known and ${link.ignored.length === 1 ? "was" : "were"} ignored: ${link.ignored.map(key).join(", ")}.`,
    );
  }
  const review = link.review ?? [];
  if (review.length > 0)
    messages.push({
      kind: "review",
      text: "This link sets where images come from or what runs. Check these before you use the files:",
      items: review.map((field) => ({
        label: fieldLabel(field),
        value: reviewValue(link.answers[field]),
      })),
    });
  if (
    now &&
    link.dataVersion &&
    link.dataVersion !== now.dataVersion &&
    link.bestId &&
    link.bestId !== now.bestId
  ) {
    text(
      `The matrix changed since this link was made (data ${link.dataVersion}, now ${now.dataVersion}): it recommended ${imageById(link.bestId)?.name ?? quote(link.bestId)}, and now recommends ${imageById(now.bestId)?.name ?? now.bestId}.`,
    );
  }
  return messages;
}
