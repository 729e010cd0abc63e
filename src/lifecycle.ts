/**
 * End-of-life rules. End of life means the end of free public security updates: Debian's LTS end,
 * Ubuntu's standard support end, Alpine's and Python's own end dates. A distro's own Python follows
 * the distro (the distro keeps patching it).
 */
import { known } from "./data/fact.ts";
import type { Distro, ImageEntry, Matrix } from "./data/schema.ts";
import { soonHorizon } from "./dates.ts";

/** The upstream end-of-life date of a Python minor version, if the data has one. */
export function pythonEndOfLife(matrix: Matrix, version: string): string | undefined {
  const release = matrix.pythonReleases.find((r) => r.version === version);
  return release ? known(release.endOfLife) : undefined;
}

/** True when an end date has passed: the day itself is the last supported day. */
export function isPast(endDate: string | undefined, today: string): boolean {
  return endDate !== undefined && endDate < today;
}

/** True when an end date falls within 12 months of today (and has not passed). */
export function endsWithinAYear(endDate: string | undefined, today: string): boolean {
  return endDate !== undefined && endDate >= today && endDate <= soonHorizon(today);
}

export function distroOf(matrix: Matrix, image: ImageEntry): Distro | undefined {
  return matrix.distros.find((d) => d.id === image.distro);
}

/**
 * The Python the recommendation will run: the version asked for while upstream supports it,
 * otherwise the nearest offered version that is still supported (newer wins a tie, since moving
 * forward is the upgrade path).
 */
export function effectivePythonVersion(
  matrix: Matrix,
  asked: string,
  offered: string[],
  today: string,
): string {
  if (!isPast(pythonEndOfLife(matrix, asked), today)) return asked;
  const supported = offered.filter((v) => !isPast(pythonEndOfLife(matrix, v), today));
  if (supported.length === 0) return asked;
  const minor = (v: string) => Number(v.split(".")[1]);
  const target = minor(asked);
  return [...supported].sort((a, b) => {
    const distance = Math.abs(minor(a) - target) - Math.abs(minor(b) - target);
    return distance !== 0 ? distance : minor(b) - minor(a);
  })[0] as string;
}

/** When the image stops getting security fixes: its own end where the data has one, else its distro's. */
export function imageEndOfLife(matrix: Matrix, image: ImageEntry): string | undefined {
  return imageSupport(matrix, image).end;
}

/** The end of security fixes and whose end it is: the image's own (distroless) or its distro's. */
export function imageSupport(
  matrix: Matrix,
  image: ImageEntry,
): { end: string | undefined; owner: string | undefined } {
  const own = image.endOfLife ? known(image.endOfLife) : undefined;
  if (own !== undefined) return { end: own, owner: image.name };
  const distro = distroOf(matrix, image);
  return { end: distro ? known(distro.endOfLife) : undefined, owner: distro?.name };
}

/**
 * The date an image's Python stops getting fixes: the distro's end for a distro-packaged Python,
 * upstream's end otherwise.
 */
export function imagePythonEndOfLife(
  matrix: Matrix,
  image: ImageEntry,
  version: string,
): string | undefined {
  if (image.python.provision === "distro-package") return imageEndOfLife(matrix, image);
  return pythonEndOfLife(matrix, version);
}
