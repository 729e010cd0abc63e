import { useEffect, useState } from "react";
import type { Answers } from "../../src/answers.ts";
import { defaultMatrix } from "../../src/default-matrix.ts";
import { type WinnerChange, winnerChangeSteps } from "../../src/what-if.ts";
import { imageById } from "../facts.ts";
import { TODAY, useAdvisor } from "../store.ts";

/**
 * Longest stretch of what-if rankings between yields to the browser. Lighthouse counts any task
 * over 50 ms as blocking after a 4x CPU slowdown, so slices stay well under 12 ms.
 */
const SLICE_MS = 8;

/**
 * The what-if pass (twenty-odd rankings) run in slices of at most SLICE_MS after the result has
 * rendered, so it never holds up the recommendation, a paint or input. Until the first pass ends
 * it returns null; later, the previous changes stay until the new ones are ready.
 */
function useWinnerChanges(
  answers: Answers,
  weights: Record<string, number>,
  bestId: string,
): WinnerChange[] | null {
  const [changes, setChanges] = useState<WinnerChange[] | null>(null);
  useEffect(() => {
    const steps = winnerChangeSteps(answers, { today: TODAY, weights }, bestId);
    const found: WinnerChange[] = [];
    let timer: ReturnType<typeof setTimeout>;
    const slice = () => {
      const end = performance.now() + SLICE_MS;
      for (let step = steps.next(); ; step = steps.next()) {
        if (step.done) {
          setChanges(found);
          return;
        }
        if (step.value) found.push(step.value);
        if (performance.now() >= end) break;
      }
      timer = setTimeout(slice, 0);
    };
    timer = setTimeout(slice, 0);
    return () => clearTimeout(timer);
  }, [answers, weights, bestId]);
  return changes;
}

function label(field: keyof Answers): string {
  return defaultMatrix.questions.find((q) => q.id === field)?.label ?? field;
}

function valueLabel(field: keyof Answers, value: unknown): string {
  if (field === "allowLogin") return value ? "allowed" : "not allowed";
  if (Array.isArray(value)) return value.join(" + ");
  const option = defaultMatrix.questions
    .find((q) => q.id === field)
    ?.options?.find((o) => o.value === value);
  return option?.label ?? String(value);
}

/** For each question, the other answers that would make a different image the best. */
export function WhatIf({ bestId }: { bestId: string }) {
  const answers = useAdvisor((s) => s.answers);
  const weights = useAdvisor((s) => s.weights);
  const changes = useWinnerChanges(answers, weights, bestId);
  const byField = new Map<keyof Answers, WinnerChange[]>();
  for (const change of changes ?? [])
    byField.set(change.field, [...(byField.get(change.field) ?? []), change]);
  return (
    // Far below the first screen: laid out only when near the viewport.
    <section
      aria-labelledby="whatif-heading"
      className="card space-y-2 [contain-intrinsic-size:auto_20rem] [content-visibility:auto]"
    >
      <h2 id="whatif-heading" className="text-lg font-semibold">
        What would change the winner
      </h2>
      {changes === null ? (
        <p className="text-sm muted" aria-busy="true">
          Trying each other answer…
        </p>
      ) : changes.length === 0 ? (
        <p className="text-sm muted">No single different answer changes the recommendation.</p>
      ) : (
        <dl className="space-y-2 text-sm">
          {[...byField].map(([field, list]) => (
            <div key={field}>
              <dt className="font-medium">{label(field)}</dt>
              <dd>
                <ul className="list-disc pl-5">
                  {list.map((c) => (
                    <li key={JSON.stringify(c.value)}>
                      {valueLabel(field, c.value)} → {imageById(c.bestId)?.name ?? c.bestId}{" "}
                      <span className="font-mono text-xs muted">({c.bestReference})</span>
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
