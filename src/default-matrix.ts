/**
 * The matrix built from data/ by scripts/validate-data.ts, already validated, so the browser
 * ships the data without the validator.
 */
import type { Matrix } from "./data/schema.ts";
import generated from "./generated/matrix.json" with { type: "json" };

export const defaultMatrix: Matrix = generated.matrix as Matrix;
