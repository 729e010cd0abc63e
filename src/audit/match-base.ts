/**
 * Which matrix entry a FROM names. Every fact comes from data/: the references each variant
 * publishes (with `{python}` filled in for each version the image lists), each image's
 * distribution, and each distribution's name, whose parenthesised codename ("Debian 13 (trixie)")
 * and version ("debian-13", "alpine-3.24") are what tags spell.
 *
 * - exact: the reference is one the matrix lists (a Python patch release counts as its minor).
 * - floating: the tag is a listed tag without its distribution part (`python:3.12-slim` for
 *   `python:3.12-slim-trixie` or `-slim-bookworm`): the publisher moves it between releases.
 * - pattern: the tag follows a listed pattern for a Python version the image does not list
 *   (`python:3.9-slim-trixie`): the variant's facts hold, the version's support is the data's.
 * - none: the matrix does not describe it; the tag may still name a Python or a distribution.
 */
import { known } from "../data/fact.ts";
import type { Distro, ImageEntry, Matrix, Variant } from "../data/schema.ts";
import { canonicalReference, type ImageReference, parseImageReference } from "./image-reference.ts";

/** One reference the matrix lists. */
export type Published = {
  image: ImageEntry;
  variant: Variant;
  /** The Python minor version the reference carries, when the data says. */
  python: string | undefined;
  reference: string;
};

/** How a reference matched the matrix, the entries it names, and what its tag says. */
export type BaseMatch = {
  how: "exact" | "floating" | "pattern" | "none";
  /** The entries the reference is (exact, pattern) or may be today (floating). */
  entries: Published[];
  /** The Python minor version the tag names, if it names one. */
  python: string | undefined;
  /** The distribution, when the tag or the entries settle it. */
  distro: Distro | undefined;
};

type Template = {
  image: ImageEntry;
  variant: Variant;
  path: string;
  prefix: string;
  suffix: string;
};
type Index = { exact: Map<string, Published[]>; templates: Template[] };

const indexes = new WeakMap<Matrix, Index>();

function buildIndex(matrix: Matrix): Index {
  const exact = new Map<string, Published[]>();
  const templates: Template[] = [];
  for (const image of matrix.images) {
    const versions = known(image.python.versions) ?? [];
    for (const variant of image.variants) {
      const concrete = variant.reference.includes("{python}")
        ? versions.map((python) => ({
            python,
            reference: variant.reference.replaceAll("{python}", python),
          }))
        : [
            {
              python: versions.length === 1 ? versions[0] : undefined,
              reference: variant.reference,
            },
          ];
      for (const { python, reference } of concrete) {
        const parsed = parseImageReference(reference);
        if (!parsed) continue;
        const entry = { image, variant, python, reference };
        const key = canonicalReference(parsed);
        exact.set(key, [...(exact.get(key) ?? []), entry]);
      }
      const placeholder = variant.reference.indexOf("{python}");
      const colon = variant.reference.lastIndexOf(":", placeholder);
      if (placeholder !== -1 && colon !== -1) {
        const parsed = parseImageReference(variant.reference.slice(0, colon));
        if (parsed)
          templates.push({
            image,
            variant,
            path: canonicalReference(parsed, false),
            prefix: variant.reference.slice(colon + 1, placeholder),
            suffix: variant.reference.slice(placeholder + "{python}".length),
          });
      }
    }
  }
  return { exact, templates };
}

function indexFor(matrix: Matrix): Index {
  let index = indexes.get(matrix);
  if (!index) {
    index = buildIndex(matrix);
    indexes.set(matrix, index);
  }
  return index;
}

/** The codename in a distribution's name ("Debian 13 (trixie)" -> "trixie"). */
function codename(distro: Distro): string | undefined {
  return /\(([a-z]+)\)/i.exec(distro.name)?.[1]?.toLowerCase();
}

/** The version in a distribution's id ("alpine-3.24" -> "3.24", "ubuntu-24.04" -> "24.04"). */
function distroVersion(distro: Distro): string | undefined {
  return /-(\d+(?:\.\d+)*)$/.exec(distro.id)?.[1];
}

/** The repository a distribution's own images live in: the first word of its name, in lower case. */
function distroRepository(distro: Distro): string {
  return (distro.name.split(" ")[0] ?? "").toLowerCase();
}

function distroOf(matrix: Matrix, image: ImageEntry): Distro | undefined {
  return matrix.distros.find((d) => d.id === image.distro);
}

/**
 * True when `pinned` is `rest` with the distribution part its image's distro gives it:
 * "slim" over "slim-trixie", "" over "trixie", "alpine" over "alpine3.24".
 */
function floatsOver(rest: string, pinned: string, distro: Distro | undefined): boolean {
  if (!distro) return false;
  const name = codename(distro);
  const version = distroVersion(distro);
  if (name && pinned === (rest === "" ? name : `${rest}-${name}`)) return true;
  return version !== undefined && /[a-z]$/.test(rest) && pinned === `${rest}${version}`;
}

/** A Python version at the start of a tag: "3.12" (minor), "3.12.4" (a patch of 3.12), "3" (major only). */
function splitVersion(tag: string): { minor: string | undefined; rest: string } {
  const match = /^(\d+)(?:\.(\d+)(?:\.\d+[a-z0-9]*)?)?(?=-|$)/.exec(tag);
  if (!match) return { minor: undefined, rest: tag.replace(/^-/, "") };
  const rest = tag.slice(match[0].length).replace(/^-/, "");
  return { minor: match[2] === undefined ? undefined : `${match[1]}.${match[2]}`, rest };
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

/** The distribution a tag names by codename or version, for a repository of that distribution or any tag token. */
function distroFromTag(matrix: Matrix, ref: ImageReference): Distro | undefined {
  const tag = ref.tag ?? "";
  const tokens = tag.split("-");
  const last = ref.repository.split("/").at(-1) ?? "";
  return matrix.distros.find((d) => {
    const name = codename(d);
    const version = distroVersion(d);
    if (last === distroRepository(d) && ref.registry === "")
      return (
        (name !== undefined && tokens[0] === name) ||
        (version !== undefined && tokens[0] === version)
      );
    return (
      (name !== undefined && tokens.includes(name)) ||
      // Some tags glue the name and version together: "alpine3.24", "debian13".
      (version !== undefined && tokens.includes(`${distroRepository(d)}${version}`))
    );
  });
}

/** The matrix entries a reference names, and what its tag says when the matrix does not list it. */
export function matchBase(ref: ImageReference, matrix: Matrix): BaseMatch {
  const index = indexFor(matrix);
  const path = canonicalReference(ref, false);
  // An untagged reference matches an untagged matrix reference as it is written (UBI's).
  const direct = index.exact.get(ref.tag === undefined ? path : `${path}:${ref.tag}`);
  if (direct) return settle("exact", direct, matrix);

  const tag = ref.tag ?? "latest";
  const templates = index.templates.filter((t) => t.path === path && tag.startsWith(t.prefix));
  // A listed tag first, through any image's template (two images may share one, such as an
  // end-of-life line and the current one); a pattern only when no image lists that version.
  let pattern: Published | undefined;
  for (const template of templates) {
    const { minor, rest } = splitVersion(tag.slice(template.prefix.length));
    if (minor === undefined || rest !== template.suffix.replace(/^-/, "")) continue;
    const reference = `${path}:${template.prefix}${minor}${template.suffix}`;
    const listed = index.exact.get(reference);
    if (listed && listed.length > 0) return settle("exact", listed, matrix);
    // Of several templates, a supported image's facts describe an unlisted version best.
    if (!pattern || (pattern.image.status !== "supported" && template.image.status === "supported"))
      pattern = { image: template.image, variant: template.variant, python: minor, reference };
  }
  if (pattern) return settle("pattern", [pattern], matrix, pattern.python);

  const floating: Published[] = [];
  let named: string | undefined;
  for (const template of templates) {
    const { minor, rest } = splitVersion(tag.slice(template.prefix.length));
    const suffix = template.suffix.replace(/^-/, "");
    const versions = known(template.image.python.versions) ?? [];
    named = minor ?? named;
    const floats =
      (minor === undefined && rest === suffix) ||
      floatsOver(rest, suffix, distroOf(matrix, template.image));
    if (!floats) continue;
    // A floating tag of a version the image does not list is not this image's.
    const wanted = minor === undefined ? versions : versions.filter((v) => v === minor);
    for (const python of wanted)
      floating.push({
        image: template.image,
        variant: template.variant,
        python,
        reference: `${path}:${template.prefix}${python}${template.suffix}`,
      });
  }
  if (floating.length > 0) return settle("floating", floating, matrix, named);
  return { how: "none", entries: [], python: named, distro: distroFromTag(matrix, ref) };
}

function settle(
  how: BaseMatch["how"],
  entries: Published[],
  matrix: Matrix,
  python?: string,
): BaseMatch {
  const distros = unique(entries.map((e) => e.image.distro));
  const pythons = unique(entries.map((e) => e.python));
  return {
    how,
    entries,
    python: python ?? (pythons.length === 1 ? pythons[0] : undefined),
    distro: distros.length === 1 ? matrix.distros.find((d) => d.id === distros[0]) : undefined,
  };
}
