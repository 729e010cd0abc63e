/** The two embedded views. Loaded as their own chunk with the engine and the matrix. */
import { useEffect, useMemo, useState } from "react";
import { describeBlocked } from "../src/blocked-verdict.ts";
import { dataAgeWarning } from "../src/data-age.ts";
import { defaultMatrix } from "../src/default-matrix.ts";
import type { MatrixView } from "../src/matrix-view.ts";
import { decodeAnswers } from "../src/permalink.ts";
import { recommend } from "../src/recommend.ts";
import { summarizeAnswers } from "./answers-summary.ts";
import { BlockedResult } from "./components/BlockedResult.tsx";
import { FilesPanel } from "./components/FilesPanel.tsx";
import { MatrixTable } from "./components/MatrixTable.tsx";
import { Verdict } from "./components/Verdict.tsx";
import { Warnings } from "./components/Warnings.tsx";
import { linkMessages } from "./link-messages.ts";
import { today } from "./today.ts";
import { verdictStatus } from "./verdict-status.ts";

const TODAY = today();

function appUrl(fragment: string): string {
  return new URL(`./${fragment ? `#${fragment}` : ""}`, window.location.href).href;
}

/** Reads this frame's own fragment (and follows changes to it); never writes it. */
function useFragment(): string {
  const [fragment, setFragment] = useState(window.location.hash.replace(/^#/, ""));
  useEffect(() => {
    const update = () => setFragment(window.location.hash.replace(/^#/, ""));
    window.addEventListener("hashchange", update);
    return () => window.removeEventListener("hashchange", update);
  }, []);
  return fragment;
}

/** What the link said about itself, for the embedded views (no dismissing: the frame is a document). */
function LinkMessages({ messages }: { messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <section
      aria-label="About this link"
      className="rounded-lg border border-amber-300 bg-amber-50 p-2 text-sm dark:border-amber-800 dark:bg-amber-950/50"
      data-testid="link-notice"
    >
      {messages.map((m) => (
        <p key={m}>{m}</p>
      ))}
    </section>
  );
}

/** The matrix, opened sorted and filtered as its link says; the reader may re-sort it in place. */
export function EmbedMatrix() {
  const fragment = useFragment();
  const link = useMemo(() => decodeAnswers(fragment), [fragment]);
  const [view, setView] = useState<MatrixView>(link.matrixView);
  useEffect(() => setView(link.matrixView), [link]);
  const refused = link.reset.length > 0 || link.ignored.length > 0;
  const age = dataAgeWarning(defaultMatrix, TODAY);
  return (
    <div className="space-y-2">
      <h1 className="text-lg font-semibold">Base image matrix</h1>
      {refused && <LinkMessages messages={linkMessages(link)} />}
      {age.severity !== "info" && <Warnings warnings={[age]} />}
      <MatrixTable view={view} onViewChange={setView} pythonVersion={link.answers.pythonVersion} />
      <p className="text-xs muted">
        Data {defaultMatrix.dataVersion}. {age.severity === "info" && `${age.message} `}
        <a className="link" href={appUrl("")} target="_blank" rel="noreferrer">
          Open Base Image Advisor
        </a>
      </p>
    </div>
  );
}

/**
 * One recommendation, recomputed with today's data: which answers it is for, what the link said
 * about itself (a changed matrix among it), every warning and note, and the files.
 */
export function EmbedResult() {
  const fragment = useFragment();
  const link = useMemo(() => decodeAnswers(fragment), [fragment]);
  const result = useMemo(
    () => recommend(link.answers, { today: TODAY, weights: link.weights }),
    [link],
  );
  const runnerUp = result.ranked.find((r) => r.id === result.runnerUp);
  const weighted = Object.keys(link.weights).length > 0;
  const blocked = describeBlocked(result);
  return (
    <div className="space-y-3">
      <Verdict
        best={result.best}
        runnerUp={runnerUp}
        status={verdictStatus(blocked)}
        label="Recommended base image for these answers"
      />
      <p className="text-xs muted" data-testid="embed-answers">
        For: {summarizeAnswers(link.answers).join(" · ")}
        {weighted ? " · criterion weights set by hand" : ""}.
      </p>
      <LinkMessages
        messages={linkMessages(link, { dataVersion: result.dataVersion, bestId: result.best.id })}
      />
      {/* The answers cannot change in an embed: no one-click fixes. */}
      {blocked && <BlockedResult blocked={blocked} fixable={false} />}
      <Warnings
        warnings={result.warnings.filter((w) => w.severity !== "blocking")}
        fixable={false}
      />
      {result.files && (
        <section aria-label="Files" className="card">
          <FilesPanel
            files={result.files}
            answers={link.answers}
            title="Generated files"
            reference={result.best.reference}
            blocked={blocked}
          />
        </section>
      )}
      <p className="text-xs muted">
        <a className="link" href={appUrl(fragment)} target="_blank" rel="noreferrer">
          Open this result in Base Image Advisor
        </a>{" "}
        · data {result.dataVersion}
      </p>
    </div>
  );
}
