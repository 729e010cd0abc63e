import { lazy, Suspense } from "react";
import { Questionnaire } from "./components/Questionnaire.tsx";
import { WeightSliders } from "./components/WeightSliders.tsx";
import { engineReady } from "./engine.ts";
import { navigate, useView, type View } from "./navigation.ts";

const Result = lazy(() => engineReady.then(() => import("./Result.tsx")));
// The audit and its Dockerfile parser load only when this view opens.
const CheckView = lazy(() => import("./check/CheckView.tsx"));
const MatrixTable = lazy(() =>
  engineReady
    .then(() => import("./components/MatrixTable.tsx"))
    .then((m) => ({ default: m.MatrixTable })),
);

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
    <nav aria-label="Views" className="flex flex-wrap gap-1">
      {tab("advisor", "Advisor")}
      {tab("matrix", "Matrix")}
      {tab("check", "Check a Dockerfile")}
    </nav>
  );
}

/** Holds the result column's place while the engine chunk loads, so nothing jumps when it arrives. */
function ResultPlaceholder() {
  return (
    <div className="min-w-0 space-y-6" aria-busy="true">
      <p className="text-sm muted">Loading the recommendation…</p>
      <div className="card h-[36rem] animate-pulse bg-slate-100 dark:bg-slate-900" />
    </div>
  );
}

export function App() {
  const view = useView();
  return (
    <div className="mx-auto max-w-7xl px-3 pt-3 pb-6 sm:px-6">
      <div className="mb-4">
        <ViewTabs view={view.name} />
      </div>
      {view.name === "check" ? (
        <Suspense fallback={<p className="muted">Loading…</p>}>
          <CheckView />
        </Suspense>
      ) : view.name === "matrix" ? (
        <main className="space-y-3">
          <h2 className="text-xl font-semibold">The matrix: every candidate, every criterion</h2>
          <Suspense fallback={<p className="muted">Loading the matrix…</p>}>
            <MatrixTable highlight={view.highlight} />
          </Suspense>
        </main>
      ) : (
        <main className="grid gap-6 lg:grid-cols-[minmax(0,27rem)_minmax(0,1fr)]">
          <div className="min-w-0 space-y-6">
            <Questionnaire />
            <WeightSliders />
          </div>
          <Suspense fallback={<ResultPlaceholder />}>
            <Result />
          </Suspense>
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
