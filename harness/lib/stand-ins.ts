/**
 * Which candidates the harness builds (each on its stand-in final image, whose build stage may need
 * another) and which it accounts for as not buildable here: every image in data/ must be one or
 * the other, so a new candidate cannot slip past the harness unnoticed.
 */
import type { Matrix } from "../../src/index.ts";
import { debianTrixieSlim } from "../bases/debian-trixie-slim.ts";
import { distrolessPython3Debian13 } from "../bases/distroless-python3-debian13.ts";
import { pythonSlimTrixie } from "../bases/python-slim-trixie.ts";
import type { StandInRecipe } from "../bases/recipe.ts";
import { NOT_BUILDABLE } from "./not-buildable.ts";

/** The images built here, by candidate id. */
export const STAND_INS: Record<string, StandInRecipe> = {
  "python-slim": pythonSlimTrixie,
  "debian-13-slim": debianTrixieSlim,
  "distroless-python3-debian13": distrolessPython3Debian13,
};

/** The candidates neither built here nor listed with a reason in not-buildable.ts. */
export function unaccountedImages(matrix: Matrix): string[] {
  return matrix.images
    .map((image) => image.id)
    .filter((id) => !(id in STAND_INS) && !(id in NOT_BUILDABLE));
}
