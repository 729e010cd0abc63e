import type { Recommendation } from "../../src/recommend.ts";
import { linkMessages } from "../link-messages.ts";
import { useAdvisor } from "../store.ts";
import { LinkMessageList } from "./LinkMessageList.tsx";

/**
 * What the opened link said about itself (see link-messages.ts): what it could not read, what fell
 * back, what to check before using the files, and advice that changed.
 */
export function LinkNotice({ recommendation }: { recommendation: Recommendation }) {
  const link = useAdvisor((s) => s.link);
  const dismiss = useAdvisor((s) => s.dismissLink);
  if (!link) return null;
  const messages = linkMessages(link, {
    dataVersion: recommendation.dataVersion,
    bestId: recommendation.best.id,
  });
  return <LinkMessageList messages={messages} onDismiss={dismiss} />;
}
