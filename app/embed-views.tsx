/** The two embedded views. Loaded as their own chunk with the engine and the matrix. */
import { useEffect, useMemo, useState } from "react";
import {
  dataAgeWarning,
  decodeAnswers,
  defaultMatrix,
  describeBlocked,
  recommend,
} from "../src/index.ts";
import { BestCard } from "./components/BestCard.tsx";
import { BlockedResult } from "./components/BlockedResult.tsx";
import { FilesPanel } from "./components/FilesPanel.tsx";
import { MatrixTable } from "./components/MatrixTable.tsx";
import { Warnings } from "./components/Warnings.tsx";
import { today } from "./today.ts";

const TODAY = today();

function appUrl(fragment: string): string {
  return new URL(`./${fragment ? `#${fragment}` : ""}`, window.location.href).href;
}

export function EmbedMatrix() {
  const age = dataAgeWarning(defaultMatrix, TODAY);
  return (
    <div className="space-y-2">
      <h1 className="text-lg font-semibold">Base image matrix</h1>
      {age.severity !== "info" && <Warnings warnings={[age]} />}
      <MatrixTable />
      <p className="text-xs muted">
        Data {defaultMatrix.dataVersion}. {age.severity === "info" && `${age.message} `}
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
  const result = useMemo(
    () => recommend(link.answers, { today: TODAY, weights: link.weights }),
    [link],
  );
  const blocked = describeBlocked(result);
  const age = result.warnings.find((w) => w.code === "data-age");
  return (
    <div className="space-y-4">
      {link.reset.length > 0 && (
        <p className="rounded border border-amber-300 bg-amber-50 p-2 text-sm dark:border-amber-800 dark:bg-amber-950/50">
          Reset to defaults (not valid in the link): {link.reset.join(", ")}.
        </p>
      )}
      {blocked && <BlockedResult blocked={blocked} fixable={false} />}
      {/* Notes stay out of the compact view, except the data's age, which goes in the footer;
          blocking warnings are in the blocked panel above. */}
      <Warnings
        warnings={result.warnings.filter((w) => w.severity === "warning")}
        fixable={false}
      />
      <BestCard best={result.best} verdict={blocked?.verdict} />
      {result.files && (
        <section aria-label="Files" className="card">
          <FilesPanel
            files={result.files}
            answers={link.answers}
            title="Generated files"
            blocked={blocked}
          />
        </section>
      )}
      <p className="text-xs muted">
        <a className="link" href={appUrl(fragment)} target="_blank" rel="noreferrer">
          Open this result in Base Image Advisor
        </a>{" "}
        · data {result.dataVersion}
        {age?.severity === "info" && ` · ${age.message}`}
      </p>
    </div>
  );
}
