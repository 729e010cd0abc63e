/**
 * The engine chunk (app/views.ts: the engine, the full matrix and the views built on them). The
 * first download stays within the bundle budget while the questionnaire renders; the HTML
 * preloads this chunk alongside it. A failed load (offline, blocked, a redeploy removed the
 * chunk) can be tried again: Chromium fetches a failed dynamic import again when asked.
 */
import { lazy, startTransition, useEffect, useState } from "react";
import { nextTask } from "./next-task.ts";

type Views = typeof import("./views.ts");

/** The engine chunk did not load. */
export class ChunkLoadError extends Error {
  constructor(cause: unknown) {
    super(
      `The engine chunk could not be loaded: ${cause instanceof Error ? cause.message : cause}`,
    );
    this.name = "ChunkLoadError";
  }
}

let loaded: Views | undefined;
let loading: Promise<Views> | undefined;
const listeners = new Set<() => void>();

function loadViews(): Promise<Views> {
  loading ??= import("./views.ts").then(
    async (views) => {
      // Start-up in tasks of its own: the chunk's evaluation, the first result (views.ts), then
      // the views, rendered as a transition, in slices that yield to the browser.
      await nextTask();
      await views.prepareFirstResult();
      loaded = views;
      startTransition(() => {
        for (const listener of listeners) listener();
      });
      return views;
    },
    (cause: unknown) => {
      loading = undefined;
      throw new ChunkLoadError(cause);
    },
  );
  return loading;
}

/** The engine if its chunk has arrived, for code that can do without it (the link's best id). */
export function engineIfLoaded(): Views["engine"] | undefined {
  return loaded?.engine;
}

/** Whether the page is React's: until then (prerendering, hydrating) views render without the chunk. */
let started = false;

/** Called once the page is React's (app/main.tsx). */
export function startViews(): void {
  started = true;
}

/**
 * The chunk's exports once it has arrived (undefined before), for a component that can do without
 * them until then; it renders again when they arrive, as a transition. Undefined while
 * prerendering and hydrating too, so what the prerender wrote never depends on whether the chunk
 * was in by then. (useSyncExternalStore would re-render every such component in one blocking
 * task: it never lets a store's update be a transition.)
 */
export function useLoadedViews(): Views | undefined {
  const [views, setViews] = useState(() => (started ? loaded : undefined));
  useEffect(() => {
    const listener = () => startTransition(() => setViews(loaded));
    // The chunk may have arrived while this component was hydrating.
    if (loaded) listener();
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, []);
  return views;
}

/** Loads the chunk ahead of rendering (the build's prerender), so its views render at once. */
export async function preloadViews(): Promise<void> {
  await loadViews();
}

/**
 * Fresh lazy components for the chunk's views. A lazy component that failed stays failed, so
 * Retry asks for a new set. Once the chunk is in, a view resolves without suspending: React reads
 * a thenable that calls back at once, so nothing flashes its fallback, and the build's prerender
 * writes whole HTML (a suspended boundary would need inline scripts the CSP does not allow).
 */
export function lazyViews() {
  const view = <
    K extends
      | "ResultVerdict"
      | "ResultDetails"
      | "MatrixPage"
      | "EmbedMatrix"
      | "EmbedResult"
      | "WeightSliders",
  >(
    name: K,
  ) =>
    lazy(() => {
      const views = loaded;
      if (views)
        return {
          // biome-ignore lint/suspicious/noThenProperty: React's lazy() reads a thenable; one that calls back at once renders without suspending.
          then: (resolve: (module: { default: Views[K] }) => void) =>
            resolve({ default: views[name] }),
        } as PromiseLike<{ default: Views[K] }> as Promise<{ default: Views[K] }>;
      return loadViews().then((v) => ({ default: v[name] }));
    });
  return {
    ResultVerdict: view("ResultVerdict"),
    ResultDetails: view("ResultDetails"),
    MatrixPage: view("MatrixPage"),
    EmbedMatrix: view("EmbedMatrix"),
    EmbedResult: view("EmbedResult"),
    WeightSliders: view("WeightSliders"),
  };
}
