/**
 * What engine.ts loads: recommend() (and its steps, for the first result: see first-result.ts)
 * and, through it, the matrix. A module of its own, so the browser's import() gives its exports
 * directly (a shared chunk would need a namespace object).
 */
export {
  bestCandidate,
  rankCandidates,
  recommend,
  recommendFromRanking,
} from "../src/recommend.ts";
