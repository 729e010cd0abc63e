/**
 * The page's whole tree, as the browser renders it and as the build prerenders it: the same
 * elements in the same places, so hydration (and useId) match.
 */
import { StrictMode, useEffect } from "react";
import { App } from "./App.tsx";
import { ErrorBoundary, Recovery } from "./components/Recovery.tsx";
import { useAdvisor } from "./store.ts";

/** Whatever breaks the page, it keeps a way out: the error and Reset answers. */
function Guarded() {
  return (
    <ErrorBoundary
      fallback={(error, retry) => (
        <div className="mx-auto max-w-7xl px-3 py-6 sm:px-6">
          <Recovery
            error={error}
            what="the page"
            retry={retry}
            reset={useAdvisor.getState().resetAnswers}
          />
        </div>
      )}
    >
      <App />
    </ErrorBoundary>
  );
}

function Started({ onStart }: { onStart: (() => void) | undefined }) {
  useEffect(() => onStart?.(), [onStart]);
  return null;
}

/** `onStart` runs once the page is React's (never while prerendering). */
export function Page({ onStart }: { onStart?: () => void }) {
  return (
    <StrictMode>
      <Guarded />
      <Started onStart={onStart} />
    </StrictMode>
  );
}
