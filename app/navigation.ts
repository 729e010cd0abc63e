/**
 * Which view the main page shows: the advisor, the matrix (?view=matrix, with &highlight=<id> to
 * mark a row), or the Dockerfile check (?view=check). The query string holds the view; the hash
 * keeps holding the answers (and a Dockerfile being checked).
 */
import { useSyncExternalStore } from "react";

export type View = { name: "advisor" | "matrix" | "check"; highlight: string | undefined };

const CHANGE = "base-image-advisor:navigate";

function read(): string {
  return window.location.search;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener("popstate", onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

export function useView(): View {
  // The prerendered page is the advisor (no query string).
  const search = useSyncExternalStore(subscribe, read, () => "");
  const params = new URLSearchParams(search);
  const highlight = params.get("highlight") ?? undefined;
  const name = params.get("view");
  return {
    name: name === "matrix" || name === "check" ? name : "advisor",
    highlight: highlight && /^[a-z0-9.-]{1,80}$/.test(highlight) ? highlight : undefined,
  };
}

/** Switches view with a history entry, keeping the answers in the hash. */
export function navigate(view: View["name"], highlight?: string): void {
  const params = new URLSearchParams();
  if (view !== "advisor") params.set("view", view);
  if (view === "matrix" && highlight) params.set("highlight", highlight);
  const query = params.toString();
  window.history.pushState(
    null,
    "",
    `${window.location.pathname}${query ? `?${query}` : ""}${window.location.hash}`,
  );
  window.dispatchEvent(new Event(CHANGE));
  window.scrollTo(0, 0);
}
