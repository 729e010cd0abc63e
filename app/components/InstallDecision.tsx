import { decideProjectInstall } from "../../src/install-project.ts";
import { useAdvisor } from "../store.ts";

/**
 * What installProject decides for the current answers, next to its question (from src/). In the
 * engine chunk (app/views.ts): deciding reads the requirements and the command with the engine's
 * parsers, which the page's first download does without.
 */
export function InstallDecision() {
  const answers = useAdvisor((s) => s.answers);
  const decision = decideProjectInstall(answers);
  if (decision.decidedBy === "answer") return null;
  return (
    <p className="mt-2 text-sm text-teal-800 dark:text-teal-300" data-testid="install-decision">
      <strong>Automatic: {decision.install ? "installs the project" : "dependencies only"}.</strong>{" "}
      {decision.reason}
    </p>
  );
}
