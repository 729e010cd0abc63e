/**
 * The result column: everything derived from the answers by the engine. Loaded as its own chunk
 * together with the engine (see engine.ts).
 */
import { useMemo } from "react";
import { type Answers, defaultAnswers, encodeAnswers } from "../src/index.ts";
import { BestCard } from "./components/BestCard.tsx";
import { CopyButton } from "./components/CopyButton.tsx";
import { EmbedDialog } from "./components/EmbedDialog.tsx";
import { FilesPanel } from "./components/FilesPanel.tsx";
import { LinkNotice } from "./components/LinkNotice.tsx";
import { Ranking } from "./components/Ranking.tsx";
import { RequirementsTable } from "./components/RequirementsTable.tsx";
import { UpdateConfigsPanel } from "./components/UpdateConfigs.tsx";
import { Warnings } from "./components/Warnings.tsx";
import { WhatIf } from "./components/WhatIf.tsx";
import { navigate } from "./navigation.ts";
import { useAdvisor } from "./store.ts";
import { useRecommendation } from "./use-recommendation.ts";

function permalink(fragment: string): string {
  const { origin, pathname, search } = window.location;
  return `${origin}${pathname}${search}#${fragment}`;
}

/** True for the answers a new visitor starts from: the result the build prerenders. */
function isDefault(answers: Answers, weights: Record<string, number>): boolean {
  return (
    Object.keys(weights).length === 0 &&
    (Object.keys(defaultAnswers) as (keyof Answers)[]).every(
      (field) => JSON.stringify(answers[field]) === JSON.stringify(defaultAnswers[field]),
    )
  );
}

export default function Result() {
  const recommendation = useRecommendation();
  const answers = useAdvisor((s) => s.answers);
  const weights = useAdvisor((s) => s.weights);
  const { best, files, warnings } = recommendation;
  const fragment = useMemo(
    () => encodeAnswers(answers, weights, best.id),
    [answers, weights, best.id],
  );
  return (
    <div className="min-w-0 space-y-6">
      {/* The prerendered page shows this result before any script runs: it says whose it is. */}
      {isDefault(answers, weights) && (
        <p
          className="rounded-lg bg-teal-50 px-3 py-2 text-sm font-semibold text-teal-900 dark:bg-teal-950 dark:text-teal-200"
          data-testid="default-verdict"
        >
          For the default answers. Change any answer and the result follows.
        </p>
      )}
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm muted">Updates as you answer. Share this exact result:</p>
        <div className="flex gap-2">
          <button type="button" className="btn" onClick={() => navigate("matrix", best.id)}>
            See in the matrix
          </button>
          <EmbedDialog fragment={fragment} />
          <CopyButton text={() => permalink(fragment)} label="Copy link" className="btn-primary" />
        </div>
      </div>
      <LinkNotice recommendation={recommendation} />
      <Warnings warnings={warnings} />
      <BestCard best={best} />
      <section aria-labelledby="files-heading" className="card">
        <h2 id="files-heading" className="mb-3 text-lg font-semibold">
          Files for {best.reference}
        </h2>
        {files ? (
          <>
            <FilesPanel files={files} answers={answers} title="Generated files" />
            <UpdateConfigsPanel answers={answers} />
          </>
        ) : (
          <p className="text-sm">
            No files yet: the start command needs a change (see the blocking warning above). The
            ranking still applies.
          </p>
        )}
      </section>
      {recommendation.requirements && (
        <RequirementsTable analysis={recommendation.requirements} answers={answers} />
      )}
      <WhatIf bestId={best.id} />
      <Ranking ranked={recommendation.ranked} />
    </div>
  );
}
