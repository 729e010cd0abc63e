import { useMemo } from "react";
import type { Recommendation } from "../src/recommend.ts";
import { recommendationFor, useAdvisor } from "./store.ts";

/** The recommendation for the current answers, shared by every component that shows it. */
export function useRecommendation(): Recommendation {
  const answers = useAdvisor((s) => s.answers);
  const weights = useAdvisor((s) => s.weights);
  // Components that call this load with the engine (see engine.ts), so it is there.
  return useMemo(() => recommendationFor(answers, weights) as Recommendation, [answers, weights]);
}
