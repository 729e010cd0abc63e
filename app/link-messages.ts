/**
 * What an opened link said about itself, in the questions' own words: fields that fell back (with
 * the value that was refused, quoted), keys nobody knows, a link from a newer release, and advice
 * that changed since the link was made, and a Dockerfile it could not read. Shared by the page, the
 * embedded result and "Check a Dockerfile".
 */
import { type DecodedLink, FORMAT_VERSION } from "../src/permalink.ts";
import { defaultVocabulary } from "../src/vocabulary.ts";
import { imageById } from "./facts.ts";

const OTHER_LABELS: Record<string, string> = {
  formatVersion: "Link format",
  "matrix.sort": "Matrix sort",
  "matrix.order": "Matrix sort order",
  "matrix.filter": "Matrix filters",
};

/** The label a person knows a link field by: the question's, or "Size weight" for weights.size. */
export function fieldLabel(field: string): string {
  const question = defaultVocabulary.questions.find((q) => q.id === field);
  if (question) return question.label;
  if (field.startsWith("weights.")) {
    const id = field.slice("weights.".length);
    const criterion = defaultVocabulary.criteria.find((c) => c.id === id);
    return `${criterion?.label ?? id} weight`;
  }
  return OTHER_LABELS[field] ?? field;
}

const MAX_QUOTED = 40;

/**
 * A value from a link, quoted for display: at most 40 characters, with control and bidirectional
 * formatting characters shown as escapes, so a crafted link cannot reorder or hide the text around it.
 */
export function quote(text: string): string {
  const characters = [...text];
  const shown =
    characters.length > MAX_QUOTED ? `${characters.slice(0, MAX_QUOTED).join("")}…` : text;
  // Controls (Cc), formatting characters (Cf: zero-width and bidi marks, embeddings, isolates,
  // the byte-order mark) and line separators, as the command check in src/command.ts treats them.
  const escaped = shown.replace(
    /[\p{Cc}\p{Cf}\u2028\u2029]/gu,
    (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`,
  );
  return `“${escaped}”`;
}

/** Said where a link's Dockerfile (the "dockerfile" key, not an answer) could not be read. */
export const UNREADABLE_DOCKERFILE =
  "The Dockerfile in this link could not be read (it was cut short or changed), so it was left out.";

function key(text: string): string {
  return text === "" ? "an empty key" : quote(text);
}

/**
 * The notices for a link. With `now` (the data version and best image of today's result), a link
 * made with other data that recommended another image says so.
 */
export function linkMessages(
  link: DecodedLink,
  now?: { dataVersion: string; bestId: string },
): string[] {
  const messages: string[] = [];
  if (link.formatVersion > FORMAT_VERSION) {
    messages.push(
      `This link was made by a newer version of the tool (format ${link.formatVersion}); it was not read, and the default answers are shown.`,
    );
  }
  const reset = link.reset.filter((f) => f !== "dockerfile");
  if (reset.length > 0) {
    const fields = reset.map((f) => {
      const refused = link.refused[f];
      return refused === undefined ? fieldLabel(f) : `${fieldLabel(f)} (${quote(refused)})`;
    });
    messages.push(
      `${reset.length === 1 ? "This answer in the link was" : "These answers in the link were"} not valid and fell back to the default: ${fields.join(", ")}.`,
    );
  }
  if (reset.length < link.reset.length) messages.push(UNREADABLE_DOCKERFILE);
  if (link.ignored.length > 0 && link.formatVersion <= FORMAT_VERSION) {
    messages.push(
      `${link.ignored.length === 1 ? "This key in the link is" : "These keys in the link are"} not known and ${link.ignored.length === 1 ? "was" : "were"} ignored: ${link.ignored.map(key).join(", ")}.`,
    );
  }
  if (
    now &&
    link.dataVersion &&
    link.dataVersion !== now.dataVersion &&
    link.bestId &&
    link.bestId !== now.bestId
  ) {
    messages.push(
      `The matrix changed since this link was made (data ${link.dataVersion}, now ${now.dataVersion}): it recommended ${imageById(link.bestId)?.name ?? quote(link.bestId)}, and now recommends ${imageById(now.bestId)?.name ?? now.bestId}.`,
    );
  }
  return messages;
}
