/**
 * End-of-life rules. End of life means the end of free public security updates: Debian's LTS end,
 * Ubuntu's standard support end, Alpine's and Python's own end dates. A candidate can end in three
 * ways, kept apart in the data: its image (the publisher stops rebuilding the tag), its distro, and
 * its Python. The earliest of them is the one that counts; an end known only as a rule counts
 * through its estimate, and anything that shows an estimate labels it as one.
 */
import type { Distro, Fact, ImageEntry, Matrix, SupportEndValue } from "./data/schema.ts";
import { soonHorizon } from "./dates.ts";

/** One way a candidate's security fixes end, resolved from the data. */
export type SupportEnd = {
  /** image: the publisher stops rebuilding it; distro: the distribution's end; python: the Python's. */
  kind: "image" | "distro" | "python";
  /** Who ends, for messages: the image's name, the distro's name, or "Python 3.12". */
  owner: string;
  /** The date to compare and rank by: the published date, or the estimate of a rule. */
  date: string | undefined;
  /** True when `date` is an estimate, not a published date. */
  estimated: boolean;
  /** What ends support when that is an event rather than a date. */
  rule?: string;
  /** Why the estimate's date is expected. */
  basis?: string;
  /** The data could not say (and `note` says what was looked for). */
  unknown: boolean;
  /** The data file the fact is in, whose `sources` hold `source`. */
  file: "image" | "distros" | "python-releases";
  /** The id of the source in that file. */
  source?: string;
  note?: string;
};

function resolve(
  fact: Fact<SupportEndValue>,
  kind: SupportEnd["kind"],
  owner: string,
  file: SupportEnd["file"],
): SupportEnd {
  const extra = {
    file,
    ...(fact.source ? { source: fact.source } : {}),
    ...(fact.note ? { note: fact.note } : {}),
  };
  const value = fact.value;
  if (value === "unknown")
    return { kind, owner, date: undefined, estimated: false, unknown: true, ...extra };
  if ("date" in value)
    return { kind, owner, date: value.date, estimated: false, unknown: false, ...extra };
  return {
    kind,
    owner,
    date: value.estimate?.date,
    estimated: value.estimate !== undefined,
    rule: value.rule,
    ...(value.estimate ? { basis: value.estimate.basis } : {}),
    unknown: false,
    ...extra,
  };
}

/** The date an end can be compared by (published or estimated), if it has one. */
export function endDate(fact: Fact<SupportEndValue>): string | undefined {
  const value = fact.value;
  if (value === "unknown") return undefined;
  return "date" in value ? value.date : value.estimate?.date;
}

/** The upstream end-of-life date of a Python minor version, if the data has one. */
export function pythonEndOfLife(matrix: Matrix, version: string): string | undefined {
  const release = matrix.pythonReleases.find((r) => r.version === version);
  return release ? endDate(release.endOfLife) : undefined;
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

/** The ends of the image itself, whatever Python it runs: its own (if recorded) and its distro's. */
export function imageEnds(matrix: Matrix, image: ImageEntry): SupportEnd[] {
  const ends: SupportEnd[] = [];
  if (image.lifecycle?.image)
    ends.push(resolve(image.lifecycle.image, "image", image.name, "image"));
  const distro = distroOf(matrix, image);
  if (distro) ends.push(resolve(distro.endOfLife, "distro", distro.name, "distros"));
  return ends;
}

/**
 * Every end that applies to an image running `python`: the image's own, the distro's, and the
 * Python's. The Python's is the image's own record for that version where it has one (an
 * Application Stream), none for a distro-packaged Python (the distro's end covers it), and
 * upstream's otherwise.
 */
export function candidateEnds(matrix: Matrix, image: ImageEntry, python: string): SupportEnd[] {
  const ends = imageEnds(matrix, image);
  const own = image.lifecycle?.python?.[python];
  const owner = `Python ${python}`;
  if (own) ends.push(resolve(own, "python", owner, "image"));
  else if (image.python.provision !== "distro-package") {
    const release = matrix.pythonReleases.find((r) => r.version === python);
    if (release) ends.push(resolve(release.endOfLife, "python", owner, "python-releases"));
  }
  return ends;
}

/** The end that comes first among those with a date; a published date wins a tie with an estimate. */
export function earliestEnd(ends: readonly SupportEnd[]): SupportEnd | undefined {
  let earliest: SupportEnd | undefined;
  for (const end of ends) {
    if (end.date === undefined) continue;
    if (
      !earliest ||
      end.date < (earliest.date as string) ||
      (end.date === earliest.date && earliest.estimated && !end.estimated)
    )
      earliest = end;
  }
  return earliest;
}

/** "2028-06-30", "around 2027-06-01 (estimate: ...)", the rule when it has no date, or "unknown". */
export function describeEnd(end: SupportEnd): string {
  if (end.unknown || (end.date === undefined && end.rule === undefined)) return "unknown";
  if (end.date === undefined) return `no date yet: ${end.rule}`;
  return end.estimated ? `around ${end.date} (estimate: ${end.basis})` : end.date;
}
