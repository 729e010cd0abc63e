import { useMemo } from "react";
import { type Recommendation, recommend } from "../src/index.ts";
import { useAdvisor } from "./store.ts";
import { useToday } from "./today.ts";

/** The recommendation for the current answers, recomputed only when they change. */
export function useRecommendation(): Recommendation {
  const answers = useAdvisor((s) => s.answers);
  const weights = useAdvisor((s) => s.weights);
  const today = useToday();
  return useMemo(() => recommend(answers, { today, weights }), [answers, weights, today]);
}
