/**
 * The recommendation for the answers the page opens with, computed before the first view that
 * shows it renders (engine.ts), in tasks of its own. The first run of the engine's code is its
 * slowest (24 ms against 2.5 ms warm in Node: it is compiled as it runs); in one piece, inside the
 * first render, it was one of the longest tasks of start-up, which Lighthouse counts as blocking
 * time. So: bestCandidate() first, whose result is not needed but whose run compiles the part of
 * the ranking that evaluates every candidate; then the whole ranking, which runs that part warm;
 * then the best one's files. recommend() does the last two in one.
 */
import * as engine from "./engine-entry.ts";
import { nextTask } from "./next-task.ts";
import { keepRecommendation, useAdvisor } from "./store.ts";
import { currentToday } from "./today.ts";

export async function prepareFirstResult(): Promise<void> {
  const { answers, weights } = useAdvisor.getState();
  const today = currentToday();
  try {
    engine.bestCandidate(answers, { today, weights });
    await nextTask();
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
