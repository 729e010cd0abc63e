import { lazy, Suspense } from "react";
import { Questionnaire } from "./components/Questionnaire.tsx";
import { WeightSliders } from "./components/WeightSliders.tsx";
import { engineReady } from "./engine.ts";
import { focusSection } from "./focus-section.ts";
import { navigate, useView, type View } from "./navigation.ts";

// Both parts come from one chunk, loaded with the engine.
const result = () => engineReady.then(() => import("./Result.tsx"));
const ResultVerdict = lazy(() => result().then((m) => ({ default: m.ResultVerdict })));
const ResultDetails = lazy(() => result().then((m) => ({ default: m.ResultDetails })));
// The audit and its Dockerfile parser load only when this view opens.
const CheckView = lazy(() => import("./check/CheckView.tsx"));
const MatrixPage = lazy(() =>
  engineReady
    .then(() => import("./components/MatrixPage.tsx"))
    .then((m) => ({ default: m.MatrixPage })),
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

/**
 * Hold the verdict's and the details' places while the engine chunk loads. The verdict's is the
 * height the default answers' verdict takes on a phone (412 px wide, Lighthouse's) and on a wide
 * screen, so the questions below it do not move when it arrives.
 */
function VerdictPlaceholder() {
  return (
    <div className="card h-[21.625rem] lg:h-[12.5rem]" aria-busy="true">
      <p className="text-sm muted">Loading the recommendation…</p>
    </div>
  );
}
function DetailsPlaceholder() {
  return <div className="card h-[36rem] animate-pulse bg-slate-100 dark:bg-slate-900" />;
}

/**
 * The first tab stop: past the questions to the recommendation (or the matrix). A button-like
 * link that focuses the target itself, because the URL's hash holds the answers.
 */
function SkipLink({ view }: { view: View["name"] }) {
  return (
    // biome-ignore lint/a11y/useValidAnchor: a skip link is a link to a part of this page; it focuses the target itself only because the hash holds the answers.
    <a
      href="#main"
      className="btn sr-only focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-50"
      onClick={(e) => {
        e.preventDefault();
        focusSection(view === "matrix" ? "main" : "recommendation");
      }}
    >
      {view === "matrix" ? "Skip to the matrix" : "Skip to the recommendation"}
    </a>
  );
}

export function App() {
  const view = useView();
  return (
    // Room at the bottom on narrow screens for the bar that keeps the verdict in sight.
    <div className="mx-auto max-w-7xl px-3 pt-3 pb-20 sm:px-6 lg:pb-6">
      <SkipLink view={view.name} />
      <div className="mb-4">
        <ViewTabs view={view.name} />
      </div>
      {view.name === "check" ? (
        <Suspense fallback={<p className="muted">Loading…</p>}>
          <CheckView />
        </Suspense>
      ) : view.name === "matrix" ? (
        <main id="main" tabIndex={-1} className="space-y-3">
          <h2 className="text-xl font-semibold">The matrix: every candidate, every criterion</h2>
          <Suspense fallback={<p className="muted">Loading the matrix…</p>}>
            <MatrixPage highlight={view.highlight} />
          </Suspense>
        </main>
      ) : (
        // The verdict comes first in the page (and for screen readers); on wide screens it sits
        // beside the questions, above the details, like a configuration generator's output.
        <main
          id="main"
          tabIndex={-1}
          className="grid gap-6 lg:grid-cols-[minmax(0,27rem)_minmax(0,1fr)] lg:grid-rows-[auto_1fr]"
        >
          <div id="recommendation" tabIndex={-1} className="min-w-0 lg:col-start-2 lg:row-start-1">
            <Suspense fallback={<VerdictPlaceholder />}>
              <ResultVerdict />
            </Suspense>
          </div>
          <div className="min-w-0 space-y-6 lg:col-start-1 lg:row-span-2 lg:row-start-1">
            <Questionnaire />
            <WeightSliders />
          </div>
          <div className="min-w-0 lg:col-start-2 lg:row-start-2">
            <Suspense fallback={<DetailsPlaceholder />}>
              <ResultDetails />
            </Suspense>
          </div>
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
