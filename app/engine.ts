/**
 * The engine and the full matrix load as their own chunk, started as soon as the page runs, so the
 * first download stays within the bundle budget while the questionnaire renders. Until the chunk
 * arrives, the result column shows a placeholder of the same shape. It is recommend.ts, not the
 * whole public API (index.ts), so the Dockerfile audit that index.ts also exports loads only with
 * its own view.
 */
type Engine = typeof import("./engine-entry.ts");

let loaded: Engine | undefined;

export const engineReady: Promise<Engine> = import("./engine-entry.ts").then((engine) => {
  loaded = engine;
  return engine;
});

/** The engine if its chunk has arrived, for code that can do without it (the link's best id). */
export function engineIfLoaded(): Engine | undefined {
  return loaded;
}
