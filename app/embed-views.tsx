/** The two embedded views. Loaded as their own chunk with the engine and the matrix. */
import { useEffect, useMemo, useState } from "react";
import { decodeAnswers, defaultMatrix, recommend } from "../src/index.ts";
import { BestCard } from "./components/BestCard.tsx";
import { FilesPanel } from "./components/FilesPanel.tsx";
import { LinkMessageList } from "./components/LinkMessageList.tsx";
import { MatrixTable } from "./components/MatrixTable.tsx";
import { Warnings } from "./components/Warnings.tsx";
import { linkMessages } from "./link-messages.ts";
import { today } from "./today.ts";

const TODAY = today();

function appUrl(fragment: string): string {
  return new URL(`./${fragment ? `#${fragment}` : ""}`, window.location.href).href;
}

export function EmbedMatrix() {
  return (
    <div className="space-y-2">
      <h1 className="text-lg font-semibold">Base image matrix</h1>
      <MatrixTable />
      <p className="text-xs muted">
        Data {defaultMatrix.dataVersion}.{" "}
        <a className="link" href={appUrl("")} target="_blank" rel="noreferrer">
          Open Base Image Advisor
        </a>
      </p>
    </div>
  );
}

/** Reads the answers from this frame's own fragment (and follows changes to it); never writes it. */
function useFragment(): string {
  const [fragment, setFragment] = useState(window.location.hash.replace(/^#/, ""));
  useEffect(() => {
    const update = () => setFragment(window.location.hash.replace(/^#/, ""));
    window.addEventListener("hashchange", update);
    return () => window.removeEventListener("hashchange", update);
  }, []);
  return fragment;
}

export function EmbedResult() {
  const fragment = useFragment();
  const link = useMemo(() => decodeAnswers(fragment), [fragment]);
  const messages = useMemo(() => linkMessages(link), [link]);
  const result = useMemo(
    () => recommend(link.answers, { today: TODAY, weights: link.weights }),
    [link],
  );
  return (
    <div className="space-y-4">
      {messages.length > 0 && (
        <section
          aria-label="About this link"
          className="space-y-2 rounded border border-amber-300 bg-amber-50 p-2 text-sm dark:border-amber-800 dark:bg-amber-950/50"
        >
          <LinkMessageList messages={messages} />
        </section>
      )}
      <Warnings warnings={result.warnings.filter((w) => w.severity !== "info")} />
      <BestCard best={result.best} />
      {result.files && (
        <section aria-label="Files" className="card">
          <FilesPanel files={result.files} answers={link.answers} title="Generated files" />
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
