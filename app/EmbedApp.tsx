import { Suspense, useState } from "react";
import { ErrorBoundary, Recovery } from "./components/Recovery.tsx";
import { lazyViews } from "./engine.ts";

export function EmbedApp({ view }: { view: "matrix" | "result" }) {
  const [{ EmbedMatrix, EmbedResult }, setViews] = useState(lazyViews);
  return (
    <main className="p-3">
      <ErrorBoundary
        fallback={(error, again) => (
          <Recovery
            error={error}
            what={view === "matrix" ? "the matrix" : "the recommendation"}
            retry={() => {
              setViews(lazyViews());
              again();
            }}
          />
        )}
      >
        <Suspense fallback={<p className="text-sm muted">Loading…</p>}>
          {view === "matrix" ? <EmbedMatrix /> : <EmbedResult />}
        </Suspense>
      </ErrorBoundary>
    </main>
  );
}
