/**
 * The recommendation for the answers the page opens with, computed before the first view that
 * shows it renders (engine.ts), in two tasks: ranking the candidates, then writing the best one's
 * files, as recommend() does in one. The first run of the engine's code is its slowest (it is
 * compiled as it runs): in one piece, inside the first render, it was one of the longest tasks of
 * start-up, which Lighthouse counts as blocking time.
 */
import * as engine from "./engine-entry.ts";
import { nextTask } from "./next-task.ts";
import { keepRecommendation, useAdvisor } from "./store.ts";
import { currentToday } from "./today.ts";

export async function prepareFirstResult(): Promise<void> {
  const { answers, weights } = useAdvisor.getState();
  const today = currentToday();
  try {
    const ranking = engine.rankCandidates(answers, { today, weights });
    await nextTask();
    keepRecommendation(
      answers,
      weights,
      today,
      engine.recommendFromRanking(ranking, ranking.answers),
    );
  } catch {
    // Not kept: the view computes it again, and its error boundary says what went wrong.
  }
}
