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
  /** Back to the default answers, and the hash cleared: the way out of a state that broke the page. */
  resetAnswers: () => void;
};
export type AdvisorState = Hydrated & Actions;

/** The best image for the link, once the engine has loaded (links written before that omit it). */
function bestIdFor(state: Persisted): string | undefined {
  try {
    return engineIfLoaded()?.recommend(state.answers, { today: TODAY, weights: state.weights }).best
      .id;
  } catch {
    // The result's error boundary says what went wrong; the link is still written.
    return undefined;
  }
}

export const useAdvisor = create<AdvisorState>()(
  persist(
    (set) => ({
      answers: defaultAnswers,
      weights: {},
      link: null as DecodedLink | null,
      setAnswer: (field, value) => set((s) => ({ answers: { ...s.answers, [field]: value } })),
      setWeight: (criterion, weight) =>
        set((s) => ({ weights: { ...s.weights, [criterion]: weight } })),
      resetWeights: () => set({ weights: {} }),
      loadAnswers: (answers) => set({ answers, weights: {} }),
      dismissLink: () => set({ link: null }),
      resetAnswers: () => {
        set({ answers: defaultAnswers, weights: {}, link: null });
        useAdvisor.persist.clearStorage();
      },
    }),
    {
      name: "answers",
      storage: createHashStorage(bestIdFor),
      partialize: (s) => ({ answers: s.answers, weights: s.weights, link: null }),
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
