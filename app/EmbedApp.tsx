import { lazy, Suspense } from "react";

const EmbedMatrix = lazy(() =>
  import("./embed-views.tsx").then((m) => ({ default: m.EmbedMatrix })),
);
const EmbedResult = lazy(() =>
  import("./embed-views.tsx").then((m) => ({ default: m.EmbedResult })),
);

export function EmbedApp({ view }: { view: "matrix" | "result" }) {
  return (
    <main className="p-3">
      <Suspense fallback={<p className="text-sm muted">Loading…</p>}>
        {view === "matrix" ? <EmbedMatrix /> : <EmbedResult />}
      </Suspense>
    </main>
  );
}
