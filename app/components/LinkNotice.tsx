import type { Recommendation } from "../../src/recommend.ts";
import { linkMessages } from "../link-messages.ts";
import { useAdvisor } from "../store.ts";

/** What the opened link said about itself: fields that fell back, unknown keys, changed advice. */
export function LinkNotice({ recommendation }: { recommendation: Recommendation }) {
  const link = useAdvisor((s) => s.link);
  const dismiss = useAdvisor((s) => s.dismissLink);
  if (!link) return null;
  const messages = linkMessages(link, {
    dataVersion: recommendation.dataVersion,
    bestId: recommendation.best.id,
  });
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
