import { useMemo } from "react";
import { type Recommendation, recommend } from "../src/recommend.ts";
import { TODAY, useAdvisor } from "./store.ts";

/** The recommendation for the current answers, recomputed only when they change. */
export function useRecommendation(): Recommendation {
  const answers = useAdvisor((s) => s.answers);
  const weights = useAdvisor((s) => s.weights);
  return useMemo(() => recommend(answers, { today: TODAY, weights }), [answers, weights]);
}
