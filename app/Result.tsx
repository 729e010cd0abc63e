/**
 * The result: everything derived from the answers by the engine, in two parts the page places
 * apart: the verdict (with the link notice and the warnings) where the eye lands first, and the
 * details (files, reasons, alternatives). Loaded as its own chunk together with the engine (see
 * engine.ts).
 */
import { describeBlocked } from "../src/blocked-verdict.ts";
import { encodeAnswers } from "../src/permalink.ts";
import { BlockedResult } from "./components/BlockedResult.tsx";
import { CopyButton } from "./components/CopyButton.tsx";
import { EmbedDialog } from "./components/EmbedDialog.tsx";
import { FilesPanel } from "./components/FilesPanel.tsx";
import { UndoFix } from "./components/FixButtons.tsx";
import { LinkNotice } from "./components/LinkNotice.tsx";
import { Ranking } from "./components/Ranking.tsx";
import { RequirementsTable } from "./components/RequirementsTable.tsx";
import { UpdateConfigsPanel } from "./components/UpdateConfigs.tsx";
import { Verdict } from "./components/Verdict.tsx";
import { VerdictDock } from "./components/VerdictDock.tsx";
import { Warnings } from "./components/Warnings.tsx";
import { WhatIf } from "./components/WhatIf.tsx";
import { WhyItWon } from "./components/WhyItWon.tsx";
import { focusSection } from "./focus-section.ts";
import { navigate } from "./navigation.ts";
import { useAdvisor } from "./store.ts";
import { useRecommendation } from "./use-recommendation.ts";
import { verdictStatus } from "./verdict-status.ts";

function permalink(fragment: string): string {
  const { origin, pathname, search } = window.location;
  return `${origin}${pathname}${search}#${fragment}`;
}

/**
 * The verdict, then what the link said about itself, what blocks the files (if anything), then the
 * other warnings (collapsible).
 */
export function ResultVerdict() {
  const recommendation = useRecommendation();
  const answers = useAdvisor((s) => s.answers);
  const weights = useAdvisor((s) => s.weights);
  const matrixView = useAdvisor((s) => s.matrixView);
  const { best, warnings } = recommendation;
  const fragment = encodeAnswers(answers, weights, best.id);
  const runnerUp = recommendation.ranked.find((r) => r.id === recommendation.runnerUp);
  const blocked = describeBlocked(recommendation);
  const status = verdictStatus(blocked);
  return (
    <>
      <div className="space-y-3">
        <Verdict
          best={best}
          runnerUp={runnerUp}
          status={status}
          actions={
            <>
              <button
                type="button"
                className="btn btn-primary"
                onClick={() => focusSection("files")}
              >
                Get the files ↓
              </button>
              <button type="button" className="btn" onClick={() => navigate("matrix", best.id)}>
                See in the matrix
              </button>
              <EmbedDialog fragment={fragment} matrixView={matrixView} />
              <CopyButton text={permalink(fragment)} label="Copy link" />
            </>
          }
        />
        <LinkNotice recommendation={recommendation} />
        <UndoFix />
        {/* Blocking problems once, with the Dockerfile line each fails at and their fixes. */}
        {blocked && <BlockedResult blocked={blocked} />}
        <Warnings warnings={warnings.filter((w) => w.severity !== "blocking")} />
      </div>
      <VerdictDock best={best} status={status} />
    </>
  );
}

/** The files, why the best won, the requirements, what would change the winner, the others. */
export function ResultDetails() {
  const recommendation = useRecommendation();
  const answers = useAdvisor((s) => s.answers);
  const { best, files } = recommendation;
  const blocked = describeBlocked(recommendation);
  return (
    <div className="space-y-6">
      {/* Below the first screen on a phone, at its edge on a desktop: laid out only when near. */}
      <section
        id="files"
        tabIndex={-1}
        aria-labelledby="files-heading"
        className="card [contain-intrinsic-size:auto_55rem] [content-visibility:auto]"
      >
        <h2 id="files-heading" className="mb-3 text-lg font-semibold">
          Files for {best.reference}
        </h2>
        {files ? (
          <>
            <FilesPanel
              files={files}
              answers={answers}
              title="Generated files"
              reference={best.reference}
              blocked={blocked}
            />
            <UpdateConfigsPanel answers={answers} />
          </>
        ) : (
          <p className="text-sm">
            No Dockerfile until the start command can be written safely (see above). The ranking
            still applies.
          </p>
        )}
      </section>
      <WhyItWon best={best} />
      {recommendation.requirements && (
        <RequirementsTable analysis={recommendation.requirements} answers={answers} />
      )}
      <WhatIf bestId={best.id} />
      <Ranking
        ranked={recommendation.ranked}
        exclusionGroups={recommendation.exclusionGroups ?? []}
      />
    </div>
  );
}
