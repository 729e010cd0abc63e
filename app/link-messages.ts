/**
 * What an opened link said about itself, in words: the page's notice and the embed both show
 * these. Labels come from the questions (data/questions.json), so a new answer needs no entry here.
 */
import type { Answers } from "../src/answers.ts";
import { FORMAT_VERSION, type DecodedLink } from "../src/permalink.ts";
import { defaultVocabulary } from "../src/vocabulary.ts";

export type LinkMessage =
  | { kind: "text"; text: string }
  /** Answers the reader should check, with the values the link set. */
  | { kind: "review"; text: string; items: { label: string; value: string }[] };

/** A question's label for a message: "Registry mirror", not "Registry mirror (optional)". */
export function fieldLabel(field: string): string {
  const label = defaultVocabulary.questions.find((q) => q.id === field)?.label;
  return label ? label.replace(/ \(optional\)$/, "") : field;
}

/** How a sentence names a field carried as compressed text; others use their question's label. */
const TEXT_NAMES: Record<string, string> = { requirements: "requirements" };

/** An answer's value as the reader should see it: exactly what the link set. */
function shownValue(value: unknown): string {
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (Array.isArray(value)) return value.join(", ");
  if (value !== null && typeof value === "object")
    return Object.entries(value)
      .map(([from, to]) => `${from} → ${String(to)}`)
      .join(", ");
  return String(value);
}

export function linkMessages(link: DecodedLink): LinkMessage[] {
  const messages: LinkMessage[] = [];
  const text = (t: string) => messages.push({ kind: "text", text: t });
  if (link.unreadableFormat !== undefined) {
    text(
      `This link's format version ("${link.unreadableFormat}") is not one this tool writes, so the link was not read: the default answers are shown.`,
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
  if (link.reset.length > 0)
    text(
      `These fields in the link were not valid and were reset to their defaults: ${link.reset.map(fieldLabel).join(", ")}.`,
    );
  if (link.ignored.length > 0)
    text(`These keys in the link are not known and were ignored: ${link.ignored.join(", ")}.`);
  const review = link.review ?? [];
  if (review.length > 0)
    messages.push({
      kind: "review",
      text: "This link sets where images come from or what runs. Check these before you use the files:",
      items: review.map((field) => ({
        label: fieldLabel(field),
        value: shownValue(link.answers[field as keyof Answers]),
      })),
    });
  return messages;
}
