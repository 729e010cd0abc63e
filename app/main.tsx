import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.tsx";
import { ErrorBoundary, Recovery } from "./components/Recovery.tsx";
import { followHashChanges, useAdvisor } from "./store.ts";
import "./styles.css";

followHashChanges();
const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      {/* Whatever breaks the page, it keeps a way out: the error and Reset answers. */}
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
    </StrictMode>,
  );
}
