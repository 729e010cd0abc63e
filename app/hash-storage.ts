/**
 * Zustand persistence to the URL hash. Reading validates through decodeAnswers (bad fields fall back
 * and are reported); writing uses history.replaceState, and only when the fragment changes.
 */
import type { PersistStorage, StorageValue } from "zustand/middleware";
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
          matrixView: link.matrixView,
          dockerfile: link.dockerfile ?? "",
          link: fragment === "" ? null : link,
        },
        version: 0,
      };
    },
    setItem: (_name, value) => {
      const { answers, weights, matrixView, dockerfile } = value.state;
      const fragment = encodeAnswers(answers, weights, bestIdFor(value.state), undefined, {
        matrixView,
        dockerfile,
      });
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
