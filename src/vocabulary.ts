/**
 * The small part of the matrix a page needs before the engine loads: the questions and their
 * options, the criteria, the Python release dates and the data version. Generated from data/ by
 * scripts/validate-data.ts alongside the full matrix. A question's `detail` and a criterion's
 * `description` are "" here where they exist: their text is in the full matrix (`defaultMatrix`),
 * which loads with the engine.
 */
import type { Matrix } from "./data/schema.ts";
import generated from "./generated/vocabulary.json" with { type: "json" };

export type Vocabulary = Pick<Matrix, "dataVersion" | "questions" | "criteria" | "pythonReleases">;

export const defaultVocabulary: Vocabulary = generated.vocabulary as Vocabulary;
