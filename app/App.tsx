import { type ReactNode, Suspense, useState } from "react";
import { Questionnaire } from "./components/Questionnaire.tsx";
import { ErrorBoundary, Recovery } from "./components/Recovery.tsx";
import { WeightSliders } from "./components/WeightSliders.tsx";
import { lazyViews } from "./engine.ts";
import { navigate, useView, type View } from "./navigation.ts";
import { useAdvisor } from "./store.ts";

function ViewTabs({ view }: { view: View["name"] }) {
  const tab = (name: View["name"], label: string) => (
    <button
      type="button"
      aria-current={view === name ? "page" : undefined}
      onClick={() => navigate(name)}
      className={`rounded-md px-3 py-1.5 text-sm font-medium ${view === name ? "bg-teal-700 text-white" : "hover:bg-slate-200 dark:hover:bg-slate-800"}`}
    >
      {label}
    </button>
  );
  return (
    <nav aria-label="Views" className="flex gap-1">
      {tab("advisor", "Advisor")}
      {tab("matrix", "Matrix")}
    </nav>
  );
}

/** Holds the result column's place while the engine chunk loads, so nothing jumps when it arrives. */
function ResultPlaceholder() {
  // A link's result is never stood in for by another: it says it is loading.
  const fromLink = useAdvisor((s) => s.link !== null);
  return (
    <div className="min-w-0 space-y-6" aria-busy="true">
      <p className="text-sm muted">
        {fromLink ? "Loading the result for this link…" : "Loading the recommendation…"}
      </p>
      <div className="card h-[36rem] animate-pulse bg-slate-100 dark:bg-slate-900" />
    </div>
  );
}

/** A view from the engine chunk: Retry when the chunk does not load, Reset answers on an error. */
function EngineView({
  what,
  retry,
  children,
}: {
  what: string;
  retry: () => void;
  children: ReactNode;
}) {
  const resetAnswers = useAdvisor((s) => s.resetAnswers);
  return (
    <ErrorBoundary
      fallback={(error, again) => (
        <Recovery
          error={error}
          what={what}
          reset={resetAnswers}
          retry={() => {
            retry();
            again();
          }}
        />
      )}
    >
      {children}
    </ErrorBoundary>
  );
}

export function App() {
  const view = useView();
  const [{ Result, MatrixTable }, setViews] = useState(lazyViews);
  const retry = () => setViews(lazyViews());
  return (
    <div className="mx-auto max-w-7xl px-3 pt-3 pb-6 sm:px-6">
      <div className="mb-4">
        <ViewTabs view={view.name} />
      </div>
      {view.name === "matrix" ? (
        <main className="space-y-3">
          <h2 className="text-xl font-semibold">The matrix: every candidate, every criterion</h2>
          <EngineView what="the matrix" retry={retry}>
            <Suspense fallback={<p className="muted">Loading the matrix…</p>}>
              <MatrixTable highlight={view.highlight} />
            </Suspense>
          </EngineView>
        </main>
      ) : (
        <main className="grid gap-6 lg:grid-cols-[minmax(0,27rem)_minmax(0,1fr)]">
          <div className="min-w-0 space-y-6">
            <Questionnaire />
            <WeightSliders />
          </div>
          <EngineView what="the recommendation" retry={retry}>
            <Suspense fallback={<ResultPlaceholder />}>
              <Result />
            </Suspense>
          </EngineView>
        </main>
      )}
      <footer className="mt-10 space-y-2 border-t border-slate-200 pt-4 text-sm muted dark:border-slate-800">
        <p>
          Sizes are for the base image alone, uncompressed: your packages come on top. Every fact
          links its source and the day it was read; a fact nobody could source says "unknown".
        </p>
        <p>
          This is not a vulnerability scanner. Check your dependencies with{" "}
          <a className="link" href="https://pypi.org/project/pip-audit/" rel="noreferrer">
            pip-audit
          </a>{" "}
          and the built image with an image scanner (Trivy, Grype or Docker Scout). Matrix exports:{" "}
          <a className="link" href="matrix.md">
            Markdown
          </a>
          ,{" "}
          <a className="link" href="matrix.csv">
            CSV
          </a>
          ,{" "}
          <a className="link" href="matrix.json">
            JSON
          </a>{" "}
          (
          <a className="link" href="matrix.schema.json">
            schema
          </a>
          ).
        </p>
      </footer>
    </div>
  );
}
