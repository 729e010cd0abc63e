/**
 * The build's prerender (scripts/prerender-plugin.ts loads this through Vite, in Node): the page's
 * own tree for the default answers on the build date, awaiting the engine chunk's views, so the
 * HTML shows the questionnaire and the verdict before any script runs.
 */
import { prerender } from "react-dom/static";
import { preloadViews } from "./engine.ts";
import { Page } from "./Page.tsx";
import { currentToday } from "./today.ts";

export async function renderPage(): Promise<{ html: string; built: string }> {
  await preloadViews();
  // One piece: React outlines a large boundary into a hidden <div> and an inline script that moves
  // it into place, which the page's CSP (rightly) does not run.
  const { prelude } = await prerender(<Page />, { progressiveChunkSize: Number.POSITIVE_INFINITY });
  return { html: await new Response(prelude).text(), built: currentToday() };
}
