import { useDeferredValue, useMemo } from "react";
import { type Answers, defaultMatrix, whatWouldChangeTheWinner } from "../../src/index.ts";
import { imageById } from "../facts.ts";
import { useAdvisor } from "../store.ts";
import { useToday } from "../today.ts";

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
  // Twenty-odd extra rankings: deferred, so the recommendation itself updates first.
  const answers = useDeferredValue(useAdvisor((s) => s.answers));
  const weights = useDeferredValue(useAdvisor((s) => s.weights));
  const best = useDeferredValue(bestId);
  const today = useDeferredValue(useToday());
  const changes = useMemo(
    () => whatWouldChangeTheWinner(answers, { today, weights }, best),
    [answers, weights, best, today],
  );
  const byField = new Map<keyof Answers, typeof changes>();
  for (const change of changes)
    byField.set(change.field, [...(byField.get(change.field) ?? []), change]);
  return (
    <section aria-labelledby="whatif-heading" className="card space-y-2">
      <h2 id="whatif-heading" className="text-lg font-semibold">
        What would change the winner
      </h2>
      {changes.length === 0 ? (
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
