/**
 * The small part of the matrix a page needs before the engine loads: the questions and their
 * options, the criteria, the Python release dates and the data version. Generated from data/ by
 * scripts/validate-data.ts alongside the full matrix.
 */
import type { Matrix } from "./data/schema.ts";
import generated from "./generated/vocabulary.json" with { type: "json" };

export type Vocabulary = Pick<Matrix, "dataVersion" | "questions" | "criteria" | "pythonReleases">;

export const defaultVocabulary: Vocabulary = generated.vocabulary as Vocabulary;
