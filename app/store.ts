/**
 * The one store: the answers and the weight overrides, persisted to the URL hash. Everything else
 * (the recommendation, the files) is derived from these, never stored.
 */
import { create } from "zustand";
import { persist } from "zustand/middleware";
import { type Answers, defaultAnswers } from "../src/answers.ts";
import { defaultMatrixView, type MatrixView } from "../src/matrix-view.ts";
import type { DecodedLink } from "../src/permalink.ts";
import type { Fix } from "../src/warnings.ts";
import { engineIfLoaded } from "./engine.ts";
import { createHashStorage, type Hydrated, type Persisted } from "./hash-storage.ts";
import { today } from "./today.ts";

export const TODAY = today();

type Actions = {
  setAnswer: <K extends keyof Answers>(field: K, value: Answers[K]) => void;
  setWeight: (criterion: string, weight: number) => void;
  resetWeights: () => void;
  loadAnswers: (answers: Answers) => void;
  setMatrixView: (view: MatrixView) => void;
  dismissLink: () => void;
  /** Applies one of the engine's fixes in one step, keeping what it replaced for undo. */
  applyFix: (fix: Fix) => void;
  /** Puts back the answers the last fix replaced. */
  undoFix: () => void;
};
/** The last fix applied and the answers before it, until undone or another answer changes. */
type LastFix = { label: string; previous: Answers } | null;
/**
 * `inferred`: the fields "Use these answers" set from a checked Dockerfile, marked in the
 * questionnaire until the next load or reset. The Dockerfile view sets it, and the Dockerfile,
 * with setState (its code loads with that view, not with the page).
 */
export type AdvisorState = Hydrated & Actions & { lastFix: LastFix; inferred: (keyof Answers)[] };

type Engine = NonNullable<ReturnType<typeof engineIfLoaded>>;
type Result = ReturnType<Engine["recommend"]>;
let last:
  | { answers: Persisted["answers"]; weights: Persisted["weights"]; result: Result }
  | undefined;

/**
 * The recommendation for these answers and weights, once the engine has loaded. The last one is
 * kept, so the link writer, the verdict and the details rank the candidates once per change.
 */
export function recommendationFor(
  answers: Persisted["answers"],
  weights: Persisted["weights"],
): Result | undefined {
  if (last?.answers === answers && last.weights === weights) return last.result;
  const engine = engineIfLoaded();
  if (!engine) return undefined;
  last = { answers, weights, result: engine.recommend(answers, { today: TODAY, weights }) };
  return last.result;
}

/** The best image for the link, once the engine has loaded (links written before that omit it). */
function bestIdFor(state: Persisted): string | undefined {
  return recommendationFor(state.answers, state.weights)?.best.id;
}

export const useAdvisor = create<AdvisorState>()(
  persist(
    (set) => ({
      answers: defaultAnswers,
      weights: {},
      matrixView: defaultMatrixView,
      dockerfile: "",
      inferred: [],
      link: null as DecodedLink | null,
      lastFix: null as LastFix,
      setAnswer: (field, value) =>
        set((s) => ({ answers: { ...s.answers, [field]: value }, lastFix: null })),
      setWeight: (criterion, weight) =>
        set((s) => ({ weights: { ...s.weights, [criterion]: weight } })),
      resetWeights: () => set({ weights: {} }),
      loadAnswers: (answers) => set({ answers, weights: {}, lastFix: null, inferred: [] }),
      setMatrixView: (matrixView) => set({ matrixView }),
      dismissLink: () => set({ link: null }),
      applyFix: (fix) =>
        set((s) => ({
          answers: { ...s.answers, ...fix.answers },
          lastFix: { label: fix.label, previous: s.answers },
        })),
      undoFix: () => set((s) => (s.lastFix ? { answers: s.lastFix.previous, lastFix: null } : {})),
    }),
    {
      name: "answers",
      storage: createHashStorage(bestIdFor),
      partialize: (s) => ({
        answers: s.answers,
        weights: s.weights,
        matrixView: s.matrixView,
        dockerfile: s.dockerfile,
        link: null,
      }),
      // A link opened or a hash change replaces the answers: the last fix no longer applies.
      merge: (persisted, current) => ({ ...current, ...(persisted as Hydrated), lastFix: null }),
    },
  ),
);

/** Re-reads the hash when it changes under us: a pasted link, back or forward. */
export function followHashChanges(): void {
  window.addEventListener("hashchange", () => {
    void useAdvisor.persist.rehydrate();
  });
}
