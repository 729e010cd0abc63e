/**
 * The one store: the answers and the weight overrides, persisted to the URL hash. Everything else
 * (the recommendation, the files) is derived from these, never stored.
 */
import { create } from "zustand";
import { persist } from "zustand/middleware";
import { type Answers, defaultAnswers } from "../src/answers.ts";
import type { DecodedLink } from "../src/permalink.ts";
import { engineIfLoaded } from "./engine.ts";
import { createHashStorage, type Hydrated, type Persisted } from "./hash-storage.ts";
import { today } from "./today.ts";

export const TODAY = today();

type Actions = {
  setAnswer: <K extends keyof Answers>(field: K, value: Answers[K]) => void;
  setWeight: (criterion: string, weight: number) => void;
  resetWeights: () => void;
  loadAnswers: (answers: Answers) => void;
  dismissLink: () => void;
};
/**
 * `inferred`: the fields "Use these answers" set from a checked Dockerfile, marked in the
 * questionnaire until the next load or reset. The Dockerfile view sets it, and the Dockerfile,
 * with setState (its code loads with that view, not with the page).
 */
export type AdvisorState = Hydrated & Actions & { inferred: (keyof Answers)[] };

/** The best image for the link, once the engine has loaded (links written before that omit it). */
function bestIdFor(state: Persisted): string | undefined {
  return engineIfLoaded()?.recommend(state.answers, { today: TODAY, weights: state.weights }).best
    .id;
}

export const useAdvisor = create<AdvisorState>()(
  persist(
    (set) => ({
      answers: defaultAnswers,
      weights: {},
      dockerfile: "",
      inferred: [],
      link: null as DecodedLink | null,
      setAnswer: (field, value) => set((s) => ({ answers: { ...s.answers, [field]: value } })),
      setWeight: (criterion, weight) =>
        set((s) => ({ weights: { ...s.weights, [criterion]: weight } })),
      resetWeights: () => set({ weights: {} }),
      loadAnswers: (answers) => set({ answers, weights: {}, inferred: [] }),
      dismissLink: () => set({ link: null }),
    }),
    {
      name: "answers",
      storage: createHashStorage(bestIdFor),
      partialize: (s) => ({
        answers: s.answers,
        weights: s.weights,
        dockerfile: s.dockerfile,
        link: null,
      }),
      merge: (persisted, current) => ({ ...current, ...(persisted as Hydrated) }),
    },
  ),
);

/** Re-reads the hash when it changes under us: a pasted link, back or forward. */
export function followHashChanges(): void {
  window.addEventListener("hashchange", () => {
    void useAdvisor.persist.rehydrate();
  });
}
