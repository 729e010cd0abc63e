/**
 * The answers in the URL hash. Reading validates through decodeAnswers (bad fields fall back and
 * are reported); writing uses history.replaceState, and only when the fragment changes.
 */
import type { Answers } from "../src/answers.ts";
import type { MatrixView } from "../src/matrix-view.ts";
import { type DecodedLink, decodeAnswers, encodeAnswers } from "../src/permalink.ts";

export type Persisted = {
  answers: Answers;
  weights: Record<string, number>;
  /** How the matrix view is sorted and filtered: in the link too, so a shared matrix opens the same. */
  matrixView: MatrixView;
  /** A Dockerfile being checked ("" for none): in the link too, compressed like requirements. */
  dockerfile: string;
};
/** What the page starts from: the answers plus what the link said about itself. */
export type Hydrated = Persisted & { link: DecodedLink | null };

/** The answers in the hash (the defaults when there is none, or no window: the prerender). */
export function readHash(): Hydrated {
  const fragment = typeof window === "undefined" ? "" : window.location.hash.replace(/^#/, "");
  const link = decodeAnswers(fragment);
  return {
    answers: link.answers,
    weights: link.weights,
    matrixView: link.matrixView,
    dockerfile: link.dockerfile ?? "",
    link: fragment === "" ? null : link,
  };
}

export function writeHash(
  { answers, weights, matrixView, dockerfile }: Persisted,
  bestId: string | undefined,
): void {
  const fragment = encodeAnswers(answers, weights, bestId, undefined, { matrixView, dockerfile });
  if (window.location.hash.replace(/^#/, "") !== fragment)
    window.history.replaceState(window.history.state, "", `#${fragment}`);
}

export function clearHash(): void {
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, "", pathname + search);
}
