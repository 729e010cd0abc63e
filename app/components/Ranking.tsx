import { useMemo, useState } from "react";
import type { Answers } from "../../src/answers.ts";
import { blockedLabel, describeBlocked } from "../../src/blocked-verdict.ts";
import { candidateFiles, type ExclusionGroup, type Ranked } from "../../src/recommend.ts";
import { imageById } from "../facts.ts";
import { navigate } from "../navigation.ts";
import { TODAY, useAdvisor } from "../store.ts";
import { CriteriaBars } from "./CriteriaBars.tsx";
import { FilesPanel } from "./FilesPanel.tsx";
import { ImageFacts } from "./ImageFacts.tsx";
import { LazyDetails } from "./LazyDetails.tsx";

function AlternativeFiles({ id, answers }: { id: string; answers: Answers }) {
  const candidate = useMemo(() => candidateFiles(id, answers, { today: TODAY }), [id, answers]);
  if (!candidate.files)
    return (
      <p className="text-sm">
        No files: the start command needs fixing first (see the warning above).
      </p>
    );
  return (
    <FilesPanel
      files={candidate.files}
      answers={answers}
      title={`Files for ${imageById(id)?.name ?? id}`}
      blocked={describeBlocked(candidate)}
    />
  );
}

function Row({ row, rank }: { row: Ranked; rank: number }) {
  const answers = useAdvisor((s) => s.answers);
  const [open, setOpen] = useState(false);
  const image = imageById(row.id);
  return (
    <li
      className="rounded-lg border border-slate-200 p-3 dark:border-slate-700"
      data-testid={`rank-${row.id}`}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="font-semibold">
          {rank}. {image?.name ?? row.id}
        </h3>
        <span className="text-sm muted tabular-nums">
          {row.blockedBy ? blockedLabel(row.blockedBy) : `${row.score}/100`}
        </span>
      </div>
      <p className="break-all font-mono text-xs muted">{row.reference}</p>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
        {row.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <LazyDetails summary="Scores and facts" className="mt-2 text-sm">
        <div className="mt-2 grid gap-4 md:grid-cols-2">
          <CriteriaBars row={row} />
          <ImageFacts row={row} />
        </div>
      </LazyDetails>
      <div className="mt-2">
        <button type="button" className="btn" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? "Hide its Dockerfile" : "Show its Dockerfile"}
        </button>
        {open && (
          <div className="mt-3">
            <AlternativeFiles id={row.id} answers={answers} />
          </div>
        )}
      </div>
    </li>
  );
}

/** Excluded candidates by shared reason (from the engine): each reason once, then who it rules out. */
function ExclusionGroups({ groups, count }: { groups: ExclusionGroup[]; count: number }) {
  return (
    <section
      aria-labelledby="excluded-heading"
      className="card space-y-3 [content-visibility:auto] [contain-intrinsic-size:auto_100rem]"
    >
      <h2 id="excluded-heading" className="text-lg font-semibold">
        Excluded ({count})
      </h2>
      {groups.length === 0 ? (
        <p className="text-sm muted">No candidate is excluded by these answers.</p>
      ) : (
        <ul className="space-y-3 text-sm">
          {groups.map((group) => (
            <li key={group.title} data-testid={`exclusion-${group.kind}`}>
              <h3 className="font-semibold">
                {group.title}{" "}
                <span className="font-normal muted">
                  ({group.images.length} {group.images.length === 1 ? "image" : "images"})
                </span>
              </h3>
              <ul className="mt-1 list-disc space-y-0.5 pl-5">
                {group.images.map((image) => (
                  <li key={image.id}>
                    {image.name}
                    {image.detail && <span className="muted">: {image.detail}</span>}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="btn" onClick={() => navigate("matrix")}>
        Compare every candidate in the matrix
      </button>
    </section>
  );
}

/** The other candidates: eligible ones with why they lost, then the excluded ones by reason. */
export function Ranking({
  ranked,
  exclusionGroups,
}: {
  ranked: Ranked[];
  exclusionGroups: ExclusionGroup[];
}) {
  const others = ranked.slice(1);
  const eligible = others.filter((r) => !r.excluded);
  return (
    <>
      <section
        aria-labelledby="alternatives-heading"
        className="card space-y-3 [content-visibility:auto] [contain-intrinsic-size:auto_100rem]"
      >
        <h2 id="alternatives-heading" className="text-lg font-semibold">
          Alternatives, and why they lost
        </h2>
        {eligible.length === 0 ? (
          <p className="text-sm muted">No other candidate fits these answers.</p>
        ) : (
          <ol className="space-y-3">
            {eligible.map((row, i) => (
              <Row key={row.id} row={row} rank={i + 2} />
            ))}
          </ol>
        )}
      </section>
      <ExclusionGroups groups={exclusionGroups} count={others.length - eligible.length} />
    </>
  );
}
