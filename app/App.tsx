import { lazy, type ReactNode, Suspense, useState } from "react";
import { Questionnaire } from "./components/Questionnaire.tsx";
import { ErrorBoundary, Recovery } from "./components/Recovery.tsx";
import { lazyViews } from "./engine.ts";
import { focusSection } from "./focus-section.ts";
import { navigate, useView, type View } from "./navigation.ts";
import { useAdvisor } from "./store.ts";

// The audit and its Dockerfile parser load only when this view opens, apart from the engine chunk.
const CheckView = lazy(() => import("./check/CheckView.tsx"));

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
  // A link's result is never stood in for by another: it says it is loading.
  const fromLink = useAdvisor((s) => s.link !== null);
  return (
    <div className="card h-[21.625rem] lg:h-[12.5rem]" aria-busy="true">
      <p className="text-sm muted">
        {fromLink ? "Loading the result for this link…" : "Loading the recommendation…"}
      </p>
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

/**
 * A view from the engine chunk: Retry when the chunk does not load, Reset answers on an error.
 * `quiet` shows nothing instead, where another part of the page already says what went wrong.
 */
function EngineView({
  what,
  again,
  onError,
  quiet = false,
  children,
}: {
  what: string;
  /** Starts the engine's views afresh. */
  again: () => void;
  onError?: () => void;
  quiet?: boolean;
  children: ReactNode;
}) {
  const resetAnswers = useAdvisor((s) => s.resetAnswers);
  return (
    <ErrorBoundary
      onError={onError}
      fallback={(error) =>
        quiet ? null : <Recovery error={error} what={what} reset={resetAnswers} retry={again} />
      }
    >
      {children}
    </ErrorBoundary>
  );
}

export function App() {
  const view = useView();
  const [{ attempt, ResultVerdict, ResultDetails, MatrixPage, WeightSliders }, setViews] = useState(
    () => ({
      attempt: 0,
      ...lazyViews(),
    }),
  );
  // The verdict and the details fail together when the answers break the engine: the verdict's
  // place says so, once.
  const [verdictFailed, setVerdictFailed] = useState(false);
  // A lazy view that failed stays failed, so Retry and Reset answers make new ones, under new
  // boundaries (the key).
  const again = () => {
    setVerdictFailed(false);
    setViews((v) => ({ attempt: v.attempt + 1, ...lazyViews() }));
  };
  return (
    // The footer is plain HTML below the page (index.html), like the heading above it.
    <div className="mx-auto max-w-7xl px-3 pt-3 sm:px-6">
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
          <EngineView key={attempt} what="the matrix" again={again}>
            <Suspense fallback={<p className="muted">Loading the matrix…</p>}>
              <MatrixPage highlight={view.highlight} />
            </Suspense>
          </EngineView>
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
            <EngineView
              key={attempt}
              what="the recommendation"
              again={again}
              onError={() => setVerdictFailed(true)}
            >
              <Suspense fallback={<VerdictPlaceholder />}>
                <ResultVerdict />
              </Suspense>
            </EngineView>
          </div>
          <div className="min-w-0 space-y-6 lg:col-start-1 lg:row-span-2 lg:row-start-1">
            <Questionnaire />
            {/* With the engine chunk (the first download's budget): the prerendered sliders stay
                until it is in, and only the weights' own place says if it fails. */}
            <EngineView key={attempt} what="the criterion weights" again={again} quiet>
              <Suspense fallback={null}>
                <WeightSliders />
              </Suspense>
            </EngineView>
          </div>
          <div className="min-w-0 lg:col-start-2 lg:row-start-2">
            <EngineView key={attempt} what="the details" again={again} quiet={verdictFailed}>
              <Suspense fallback={<DetailsPlaceholder />}>
                <ResultDetails />
              </Suspense>
            </EngineView>
          </div>
        </main>
      )}
    </div>
  );
}
