import type { Recommendation } from "../../src/index.ts";
import { imageById } from "../facts.ts";
import { linkMessages } from "../link-messages.ts";
import { LinkMessageList } from "./LinkMessageList.tsx";
import { useAdvisor } from "../store.ts";

/** What the opened link said about itself: fields that fell back, unknown keys, changed advice. */
export function LinkNotice({ recommendation }: { recommendation: Recommendation }) {
  const link = useAdvisor((s) => s.link);
  const dismiss = useAdvisor((s) => s.dismissLink);
  if (!link) return null;
  const messages = linkMessages(link);
  const best = recommendation.best.id;
  if (
    link.dataVersion &&
    link.dataVersion !== recommendation.dataVersion &&
    link.bestId &&
    link.bestId !== best
  ) {
    messages.push({
      kind: "text",
      text: `The matrix changed since this link was made (data ${link.dataVersion}, now ${recommendation.dataVersion}): it recommended ${imageById(link.bestId)?.name ?? link.bestId}, and now recommends ${imageById(best)?.name ?? best}.`,
    });
  }
  if (messages.length === 0) return null;
  return (
    <section
      aria-label="About this link"
      className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-800 dark:bg-amber-950/50"
      data-testid="link-notice"
    >
      <LinkMessageList messages={messages} />
      <button type="button" className="btn" onClick={dismiss}>
        Dismiss
      </button>
    </section>
  );
}
