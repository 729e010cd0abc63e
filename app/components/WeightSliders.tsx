import { useId } from "react";
import { defaultVocabulary } from "../../src/vocabulary.ts";
import { impliedWeights } from "../../src/weights.ts";
import { useAdvisor } from "../store.ts";

/** One 0-5 slider per criterion; moving one overrides the weight the answers imply. */
export function WeightSliders() {
  const answers = useAdvisor((s) => s.answers);
  const weights = useAdvisor((s) => s.weights);
  const setWeight = useAdvisor((s) => s.setWeight);
  const resetWeights = useAdvisor((s) => s.resetWeights);
  const implied = impliedWeights(answers, defaultVocabulary);
  const id = useId();
  const overridden = Object.keys(weights).length > 0;
  return (
    <section aria-labelledby={`${id}-heading`} className="card space-y-3">
      <div className="flex items-center justify-between gap-2">
        <h2 id={`${id}-heading`} className="text-lg font-semibold">
          Criterion weights
        </h2>
        <button type="button" className="btn" onClick={resetWeights} disabled={!overridden}>
          Reset weights
        </button>
      </div>
      <p className="text-sm muted">
        Your answers set these. Move a slider to override one (0 ignores the criterion).
      </p>
      {defaultVocabulary.criteria.map((criterion) => {
        const value = weights[criterion.id] ?? implied[criterion.id] ?? 0;
        const isOverride = Object.hasOwn(weights, criterion.id);
        return (
          <div key={criterion.id} className="grid grid-cols-[7rem_1fr_3.5rem] items-center gap-3">
            <label htmlFor={`${id}-${criterion.id}`} className="text-sm">
              {criterion.label}
            </label>
            <input
              id={`${id}-${criterion.id}`}
              type="range"
              min={0}
              max={5}
              step={1}
              value={value}
              aria-describedby={`${id}-${criterion.id}-note`}
              onChange={(e) => setWeight(criterion.id, Number(e.target.value))}
              className="w-full min-w-0 accent-teal-700"
            />
            <span
              id={`${id}-${criterion.id}-note`}
              className="text-right text-xs tabular-nums muted"
            >
              {value}
              {isOverride ? " (set)" : ""}
            </span>
          </div>
        );
      })}
    </section>
  );
}
