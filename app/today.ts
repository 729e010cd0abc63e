/**
 * Today's date (UTC) for the engine, which never reads the clock itself.
 *
 * The prerendered page was rendered on its build date (<html data-built>). Hydration renders with
 * that date, so the markup matches what the server wrote; then startToday() moves the page to
 * today, and whatever depends on the date (end-of-life warnings) is recomputed.
 */
import { useSyncExternalStore } from "react";

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function builtOn(): string | undefined {
  const built =
    typeof document === "undefined" ? undefined : document.documentElement.dataset.built;
  return built && /^\d{4}-\d{2}-\d{2}$/.test(built) ? built : undefined;
}

/** The date the page was rendered with: the build date when prerendered, else today. */
const rendered = builtOn() ?? today();
let current = rendered;
const listeners = new Set<() => void>();

/** The date the page shows advice for now. */
export function currentToday(): string {
  return current;
}

/** The date to render with: the build date while hydrating, today once startToday() has run. */
export function useToday(): string {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    currentToday,
    () => rendered,
  );
}

/** Moves the page from its build date to today. */
export function startToday(): void {
  const now = today();
  if (now === current) return;
  current = now;
  for (const listener of listeners) listener();
}
