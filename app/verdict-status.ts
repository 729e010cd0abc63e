import type { BlockedDescription } from "../src/index.ts";
import type { VerdictStatus } from "./components/Verdict.tsx";

/**
 * The verdict's status from the engine's description of what blocks the files (`describeBlocked`,
 * undefined when the files would build and start). The page decides nothing itself: the headline
 * is the engine's ("Won't build as pinned: 2 packages").
 */
export function verdictStatus(blocked: BlockedDescription | undefined): VerdictStatus {
  return blocked ? { kind: "blocked", headline: blocked.verdict } : { kind: "ready" };
}
