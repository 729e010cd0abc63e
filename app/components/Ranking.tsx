import { useMemo, useState } from "react";
import { type Answers, generateFiles, type Ranked } from "../../src/index.ts";
import { imageById } from "../facts.ts";
import { useAdvisor } from "../store.ts";
import { useToday } from "../today.ts";
import { CriteriaBars } from "./CriteriaBars.tsx";
import { FilesPanel } from "./FilesPanel.tsx";
import { ImageFacts } from "./ImageFacts.tsx";

function AlternativeFiles({ id, answers }: { id: string; answers: Answers }) {
  const today = useToday();
  const files = useMemo(() => generateFiles(id, answers, { today }), [id, answers, today]);
  if (!files)
    return (
      <p className="text-sm">
        No files: the start command needs fixing first (see the warning above).
      </p>
    );
  return <FilesPanel files={files} answers={answers} title={`Files for ${id}`} />;
}

function Row({ row, rank }: { row: Ranked; rank: number }) {
  const answers = useAdvisor((s) => s.answers);
  const [open, setOpen] = useState(false);
  const [facts, setFacts] = useState(false);
  const image = imageById(row.id);
  const excluded = row.excluded !== undefined;
  return (
    <li
      className="rounded-lg border border-slate-200 p-3 dark:border-slate-700"
      data-testid={`rank-${row.id}`}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="font-semibold">
          {excluded ? "" : `${rank}. `}
          {image?.name ?? row.id}
          {image?.status === "end-of-life" && (
            <span className="ml-2 rounded bg-red-100 px-1.5 text-xs text-red-800 dark:bg-red-950 dark:text-red-200">
              end of life
            </span>
          )}
        </h3>
        <span className="text-sm muted tabular-nums">
          {excluded ? "excluded" : `${row.score}/100`}
        </span>
      </div>
      <p className="break-all font-mono text-xs muted">{row.reference}</p>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
        {(row.excluded ?? row.reasons).map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      {/* Rendered once opened: sixteen rows of bars and sourced facts, all closed, would double
          the page the browser lays out before its first paint. */}
      <details className="mt-2 text-sm" onToggle={(e) => setFacts(e.currentTarget.open)}>
        <summary className="link w-fit cursor-pointer">Scores and facts</summary>
        {facts && (
          <div className="mt-2 grid gap-4 md:grid-cols-2">
            <CriteriaBars row={row} />
            <ImageFacts row={row} />
          </div>
        )}
      </details>
      {!excluded && (
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
      )}
    </li>
  );
}

/** The other candidates: eligible ones with why they lost, then the excluded ones with why. */
export function Ranking({ ranked }: { ranked: Ranked[] }) {
  const others = ranked.slice(1);
  const eligible = others.filter((r) => !r.excluded);
  const excluded = others.filter((r) => r.excluded);
  return (
    <>
      <section aria-labelledby="alternatives-heading" className="card space-y-3">
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
      <section aria-labelledby="excluded-heading" className="card space-y-3">
        <h2 id="excluded-heading" className="text-lg font-semibold">
          Excluded ({excluded.length})
        </h2>
        <ul className="space-y-3">
          {excluded.map((row) => (
            <Row key={row.id} row={row} rank={0} />
          ))}
        </ul>
      </section>
    </>
  );
}
