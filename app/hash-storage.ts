/**
 * Zustand persistence to the URL hash. Reading validates through decodeAnswers (bad fields fall back
 * and are reported); writing uses history.replaceState, and only when the fragment changes.
 */
import type { PersistStorage, StorageValue } from "zustand/middleware";
import type { Answers } from "../src/answers.ts";
import { type DecodedLink, decodeAnswers, encodeAnswers } from "../src/permalink.ts";

/** What the link holds: the answers, weight overrides, and a Dockerfile being checked ("" for none). */
export type Persisted = { answers: Answers; weights: Record<string, number>; dockerfile: string };
/** What the store receives on hydration: the answers plus what the link said about itself. */
export type Hydrated = Persisted & { link: DecodedLink | null };

export function createHashStorage(
  bestIdFor: (state: Persisted) => string | undefined,
): PersistStorage<Hydrated> {
  return {
    getItem: (): StorageValue<Hydrated> => {
      const fragment = window.location.hash.replace(/^#/, "");
      const link = decodeAnswers(fragment);
      return {
        state: {
          answers: link.answers,
          weights: link.weights,
          dockerfile: link.dockerfile ?? "",
          link: fragment === "" ? null : link,
        },
        version: 0,
      };
    },
    setItem: (_name, value) => {
      const { answers, weights, dockerfile } = value.state;
      const fragment = encodeAnswers(
        answers,
        weights,
        bestIdFor(value.state),
        undefined,
        dockerfile,
      );
      if (window.location.hash.replace(/^#/, "") !== fragment) {
        window.history.replaceState(window.history.state, "", `#${fragment}`);
      }
    },
    removeItem: () => {
      window.history.replaceState(
        window.history.state,
        "",
        window.location.pathname + window.location.search,
      );
    },
  };
}
