/**
 * The result column: everything derived from the answers by the engine. Loaded as its own chunk
 * together with the engine (see engine.ts).
 */
import { describeBlocked, encodeAnswers } from "../src/index.ts";
import { BestCard } from "./components/BestCard.tsx";
import { BlockedResult } from "./components/BlockedResult.tsx";
import { CopyButton } from "./components/CopyButton.tsx";
import { EmbedDialog } from "./components/EmbedDialog.tsx";
import { FilesPanel } from "./components/FilesPanel.tsx";
import { UndoFix } from "./components/FixButtons.tsx";
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

export default function Result() {
  const recommendation = useRecommendation();
  const answers = useAdvisor((s) => s.answers);
  const weights = useAdvisor((s) => s.weights);
  const { best, files, warnings } = recommendation;
  const blocked = describeBlocked(recommendation);
  const fragment = encodeAnswers(answers, weights, best.id);
  return (
    <div className="min-w-0 space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm muted">Updates as you answer. Share this exact result:</p>
        <div className="flex gap-2">
          <button type="button" className="btn" onClick={() => navigate("matrix", best.id)}>
            See in the matrix
          </button>
          <EmbedDialog fragment={fragment} />
          <CopyButton text={permalink(fragment)} label="Copy link" className="btn-primary" />
        </div>
      </div>
      <LinkNotice recommendation={recommendation} />
      <UndoFix />
      {blocked && <BlockedResult blocked={blocked} />}
      <Warnings warnings={warnings.filter((w) => w.severity !== "blocking")} />
      <BestCard best={best} verdict={blocked?.verdict} />
      <section aria-labelledby="files-heading" className="card">
        <h2 id="files-heading" className="mb-3 text-lg font-semibold">
          Files for {best.reference}
        </h2>
        {files ? (
          <>
            <FilesPanel files={files} answers={answers} title="Generated files" blocked={blocked} />
            <UpdateConfigsPanel answers={answers} />
          </>
        ) : (
          <p className="text-sm">
            No Dockerfile until the start command can be written safely (see above). The ranking
            still applies.
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
