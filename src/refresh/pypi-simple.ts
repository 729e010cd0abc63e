/**
 * PyPI's Simple repository API in JSON (PEP 691, with PEP 700's `versions` and upload times), read
 * for what data/packages records per range of releases: the CPython minors with Linux wheels and
 * whether manylinux/musllinux wheels exist for x86_64 and aarch64. The release read for a range is
 * its newest final release, the one an unpinned install within the range gets.
 */
import { z } from "zod";
import { compareVersions } from "../versions.ts";
import { minorSatisfies } from "./requires-python.ts";
import { checkShape, parseJsonFile } from "./upstream-error.ts";
import {
  minorsServed,
  parseLinuxPlatform,
  parseWheelName,
  WHEEL_PLATFORMS,
  type WheelPlatform,
  wheelPlatform,
} from "./wheel-tags.ts";

/** The Accept header that asks PyPI for the JSON form (PEP 691, "Content negotiation"). */
export const SIMPLE_JSON_ACCEPT = "application/vnd.pypi.simple.v1+json";

/** One file of a project page. */
export type SimpleFile = { filename: string; requiresPython?: string; yanked: boolean };
/** A project page: the name and every file of every release. */
export type SimpleProject = { name: string; files: SimpleFile[] };

const schema = z.looseObject({
  meta: z.looseObject({
    "api-version": z.string().regex(/^1\.\d+$/, "expected API version 1.x"),
  }),
  name: z.string().min(1),
  files: z.array(
    z.looseObject({
      filename: z.string().min(1),
      "requires-python": z.string().nullable().optional(),
      yanked: z.union([z.boolean(), z.string()]).optional(),
    }),
  ),
});

/** Reads a project page (`/simple/<name>/` as JSON). Throws UpstreamFormatError naming the file. */
export function parseSimpleProject(file: string, text: string): SimpleProject {
  const data = checkShape(file, schema, parseJsonFile(file, text));
  return {
    name: data.name,
    files: data.files.map((f) => {
      const entry: SimpleFile = {
        filename: f.filename,
        // PEP 592: yanked is true or a reason string; either way it is not installed by default.
        yanked: f.yanked !== undefined && f.yanked !== false,
      };
      if (f["requires-python"]) entry.requiresPython = f["requires-python"];
      return entry;
    }),
  };
}

const FINAL = /^(\d+(?:\.\d+)*)(?:\.post(\d+))?$/;

function compareFinal(a: string, b: string): number {
  const [, releaseA = "", postA = "0"] = FINAL.exec(a) ?? [];
  const [, releaseB = "", postB = "0"] = FINAL.exec(b) ?? [];
  return compareVersions(releaseA, releaseB) || Number(postA) - Number(postB);
}

/** The version a file belongs to: from a wheel's name, or an sdist's `{name}-{version}.tar.gz`. */
function fileVersion(filename: string): string | undefined {
  const wheel = parseWheelName(filename);
  if (wheel) return wheel.version;
  const sdist = /^.+-([^-]+)\.(?:tar\.gz|zip)$/.exec(filename);
  return sdist?.[1];
}

/**
 * The newest final release (no pre-release, no dev release) with files that are not yanked, at or
 * above `from` and below `until`.
 */
export function newestRelease(
  project: SimpleProject,
  from: string,
  until: string | undefined,
): string | undefined {
  const versions = new Set<string>();
  for (const file of project.files) {
    const version = fileVersion(file.filename);
    if (!file.yanked && version && FINAL.test(version)) versions.add(version);
  }
  return [...versions]
    .filter(
      (v) => compareFinal(v, from) >= 0 && (until === undefined || compareFinal(v, until) < 0),
    )
    .sort(compareFinal)
    .at(-1);
}

/** A wheel fact as the data stores it: a boolean, or unknown with a note saying why. */
export type WheelFact = { value: boolean } | { value: "unknown"; note: string };

/** What one release publishes, in the terms of data/packages. */
export type ReleaseWheels = {
  /**
   * CPython minors with at least one Linux wheel; for a release without any, those its
   * requires-python admits; undefined when it has neither (nothing says which it supports).
   */
  python: string[] | undefined;
  wheels: Record<WheelPlatform, WheelFact>;
  /** The oldest glibc/musl the Linux wheels need (their lowest policy), when there are any. */
  minimum: { glibc?: string; musl?: string };
};

function lowest(versions: string[]): string | undefined {
  return [...versions].sort(compareVersions)[0];
}

/**
 * What `version` of `project` publishes, over the CPython `minors` the data knows. A platform is
 * true when every listed minor has a wheel for it, false when none has, and unknown (with the
 * minors that have one) in between, since one boolean per range cannot say more.
 */
export function releaseWheels(
  project: SimpleProject,
  version: string,
  minors: string[],
): ReleaseWheels {
  const files = project.files.filter((f) => !f.yanked && fileVersion(f.filename) === version);
  const served = new Map<string, Set<WheelPlatform>>();
  const minimum: { glibc: string[]; musl: string[] } = { glibc: [], musl: [] };
  const supported = new Set<string>();
  let declared = false;
  for (const file of files) {
    if (file.requiresPython !== undefined) declared = true;
    const allowed = (minor: string) =>
      file.requiresPython === undefined || minorSatisfies(file.requiresPython, minor) !== false;
    for (const minor of minors) if (allowed(minor)) supported.add(minor);
    const wheel = parseWheelName(file.filename);
    if (!wheel) continue;
    const platforms = new Set<WheelPlatform>();
    for (const tag of wheel.platformTags) {
      if (tag === "any") for (const p of WHEEL_PLATFORMS) platforms.add(p);
      const platform = wheelPlatform(tag);
      if (platform) {
        platforms.add(platform);
        const linux = parseLinuxPlatform(tag);
        if (linux) minimum[linux.libc].push(linux.minimum);
      }
    }
    if (platforms.size === 0) continue;
    for (const python of wheel.pythonTags)
      for (const abi of wheel.abiTags)
        for (const minor of minorsServed(python, abi, minors).filter(allowed)) {
          const set = served.get(minor) ?? new Set();
          for (const p of platforms) set.add(p);
          served.set(minor, set);
        }
  }
  const withWheels = minors.filter((m) => served.has(m));
  const python =
    withWheels.length > 0
      ? withWheels
      : declared
        ? minors.filter((m) => supported.has(m))
        : undefined;
  const wheels = {} as Record<WheelPlatform, WheelFact>;
  for (const platform of WHEEL_PLATFORMS) {
    const having = withWheels.filter((m) => served.get(m)?.has(platform));
    if (withWheels.length > 0 && having.length === withWheels.length)
      wheels[platform] = { value: true };
    else if (having.length === 0) wheels[platform] = { value: false };
    else
      wheels[platform] = {
        value: "unknown",
        note: `${version} has ${platform} wheels for CPython ${having.join(", ")} only.`,
      };
  }
  const result: ReleaseWheels = { python, wheels, minimum: {} };
  const glibc = lowest(minimum.glibc);
  const musl = lowest(minimum.musl);
  if (glibc) result.minimum.glibc = glibc;
  if (musl) result.minimum.musl = musl;
  return result;
}
