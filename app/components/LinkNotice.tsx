import { FORMAT_VERSION } from "../../src/permalink.ts";
import type { Recommendation } from "../../src/recommend.ts";
import { imageById } from "../facts.ts";
import { useAdvisor } from "../store.ts";

const FIELD_LABEL: Record<string, string> = { formatVersion: "link format" };

/** What the opened link said about itself: fields that fell back, unknown keys, changed advice. */
export function LinkNotice({ recommendation }: { recommendation: Recommendation }) {
  const link = useAdvisor((s) => s.link);
  const dismiss = useAdvisor((s) => s.dismissLink);
  if (!link) return null;
  const messages: string[] = [];
  if (link.formatVersion > FORMAT_VERSION) {
    messages.push(
      `This link was made by a newer version of the tool (format ${link.formatVersion}); it was not read, and the default answers are shown.`,
    );
  }
  if (link.reset.length > 0) {
    messages.push(
      `These fields in the link were not valid and were reset to their defaults: ${link.reset.map((f) => FIELD_LABEL[f] ?? f).join(", ")}.`,
    );
  }
  if (link.ignored.length > 0 && link.formatVersion <= FORMAT_VERSION) {
    messages.push(
      `These keys in the link are not known and were ignored: ${link.ignored.join(", ")}.`,
    );
  }
  const best = recommendation.best.id;
  if (
    link.dataVersion &&
    link.dataVersion !== recommendation.dataVersion &&
    link.bestId &&
    link.bestId !== best
  ) {
    messages.push(
      `The matrix changed since this link was made (data ${link.dataVersion}, now ${recommendation.dataVersion}): it recommended ${imageById(link.bestId)?.name ?? link.bestId}, and now recommends ${imageById(best)?.name ?? best}.`,
    );
  }
  if (messages.length === 0) return null;
  return (
    <section
      aria-label="About this link"
      className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-800 dark:bg-amber-950/50"
      data-testid="link-notice"
    >
      {messages.map((m) => (
        <p key={m}>{m}</p>
      ))}
      <button type="button" className="btn mt-2" onClick={dismiss}>
        Dismiss
      </button>
    </section>
  );
}
