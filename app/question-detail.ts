import { defaultMatrix } from "../src/default-matrix.ts";

/**
 * A question's longer explanation ("What does this mean?"), from the full matrix: the first
 * download's vocabulary only marks that there is one (src/vocabulary.ts).
 */
export function questionDetail(id: string): string | undefined {
  return defaultMatrix.questions.find((q) => q.id === id)?.detail;
}
