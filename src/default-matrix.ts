/**
 * The matrix built from data/ by scripts/validate-data.ts, already validated, so the browser
 * ships the data without the validator.
 */
import type { Matrix } from "./data/schema.ts";
import generated from "./generated/matrix.json" with { type: "json" };

// The JSON's inferred type is looser than Matrix (strings for enums); validation guarantees the shape.
export const defaultMatrix: Matrix = generated.matrix as unknown as Matrix;
