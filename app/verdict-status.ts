import type { Recommendation } from "../src/index.ts";
import type { VerdictStatus } from "./components/Verdict.tsx";

/**
 * What blocks a result, if anything: no files at all (the start command cannot be written safely),
 * or blocking warnings. The verdict shows this where the score would be.
 */
export function verdictStatus(recommendation: Recommendation): VerdictStatus {
  if (!recommendation.files)
    return { kind: "blocked", headline: "No files: the start command needs a change" };
  const blocking = recommendation.warnings.filter((w) => w.severity === "blocking").length;
  if (blocking > 0)
    return {
      kind: "blocked",
      headline: `${blocking} blocking ${blocking === 1 ? "problem" : "problems"} to fix`,
    };
  return { kind: "ready" };
}
