import type { Question } from "../../src/data/schema.ts";
import { useLoadedViews } from "../engine.ts";

/**
 * A question's "What does this mean?". Its text comes with the engine chunk (src/vocabulary.ts
 * only marks that there is one, for the first download's budget); the closed summary is there from
 * the first paint, so nothing moves when the text arrives.
 */
export function QuestionDetail({ question }: { question: Question }) {
  const text = useLoadedViews()?.questionDetail(question.id);
  if (question.detail === undefined) return null;
  return (
    <details className="mt-1 text-sm">
      <summary className="cursor-pointer link w-fit">What does this mean?</summary>
      <p className="mt-1 muted">{text ?? "Loading…"}</p>
    </details>
  );
}
