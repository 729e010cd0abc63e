/**
 * The one store: the answers, the weight overrides, the matrix view and a Dockerfile being
 * checked, kept in the URL hash.
 * Everything else (the recommendation, the files) is derived from these, never stored. (zustand's
 * persist middleware did this before, for 1 KB more of first download.)
 */
import { create } from "zustand";
import { type Answers, defaultAnswers } from "../src/answers.ts";
import { defaultMatrixView, type MatrixView } from "../src/matrix-view.ts";
import type { Fix } from "../src/warnings.ts";
import { engineIfLoaded } from "./engine.ts";
import { clearHash, type Hydrated, type Persisted, readHash, writeHash } from "./hash-storage.ts";
import { currentToday } from "./today.ts";

type Actions = {
  setAnswer: <K extends keyof Answers>(field: K, value: Answers[K]) => void;
  setWeight: (criterion: string, weight: number) => void;
  resetWeights: () => void;
  loadAnswers: (answers: Answers) => void;
  setMatrixView: (view: MatrixView) => void;
  dismissLink: () => void;
  /** Back to the default answers, and the hash cleared: the way out of a state that broke the page. */
  resetAnswers: () => void;
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
  | {
      answers: Persisted["answers"];
      weights: Persisted["weights"];
      today: string;
      result: Result;
    }
  | undefined;

/**
 * The recommendation for these answers and weights on `today`, once the engine has loaded. The
 * last one is kept, so the link writer, the verdict and the details rank the candidates once per
 * change. Throws what the engine throws (the result's error boundary shows it).
 */
export function recommendationFor(
  answers: Persisted["answers"],
  weights: Persisted["weights"],
  today: string,
): Result | undefined {
  if (last?.answers === answers && last.weights === weights && last.today === today)
    return last.result;
  const engine = engineIfLoaded();
  if (!engine) return undefined;
  last = { answers, weights, today, result: engine.recommend(answers, { today, weights }) };
  return last.result;
}

/** Keeps a recommendation computed ahead of the first view that shows it (first-result.ts). */
export function keepRecommendation(
  answers: Persisted["answers"],
  weights: Persisted["weights"],
  today: string,
  result: Result,
): void {
  last = { answers, weights, today, result };
}

/** The best image for the link, once the engine has loaded (links written before that omit it). */
function bestIdFor(state: Persisted): string | undefined {
  try {
    return recommendationFor(state.answers, state.weights, currentToday())?.best.id;
  } catch {
    // The result's error boundary says what went wrong; the link is still written.
    return undefined;
  }
}

export const useAdvisor = create<AdvisorState>()((set) => ({
  ...readHash(),
  lastFix: null as LastFix,
  inferred: [],
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
  resetAnswers: () => {
    set({
      answers: defaultAnswers,
      weights: {},
      matrixView: defaultMatrixView,
      dockerfile: "",
      inferred: [],
      link: null,
      lastFix: null,
    });
    clearHash();
  },
}));

/** A state read from the hash is not written back: the link stays as it was given. */
let fromHash = false;

/** Writes the answers to the hash whenever they change (not the link notice's dismissal). */
useAdvisor.subscribe((state, previous) => {
  if (
    fromHash ||
    (state.answers === previous.answers &&
      state.weights === previous.weights &&
      state.matrixView === previous.matrixView &&
      state.dockerfile === previous.dockerfile)
  )
    return;
  writeHash(state, bestIdFor(state));
});

/** Re-reads the hash when it changes under us: a pasted link, back or forward. */
export function followHashChanges(): void {
  window.addEventListener("hashchange", () => {
    fromHash = true;
    // The answers are replaced: the last fix no longer applies.
    useAdvisor.setState({ ...readHash(), lastFix: null });
    fromHash = false;
  });
}
