/**
 * Checks each dependency against data/packages/: for the Python version asked and each libc and
 * CPU, whether pip finds a wheel, has to build from source, or finds no build at all. Packages the
 * data does not cover are listed as not checked: they may still have compiled parts.
 */
import type { Answers } from "../answers.ts";
import { known } from "../data/fact.ts";
import type { Matrix, PackageEntry } from "../data/schema.ts";
import { defaultMatrix } from "../default-matrix.ts";
import { compareVersions } from "../versions.ts";
import type { Warning } from "../warnings.ts";
import { evaluateMarker } from "./markers.ts";
import {
  type Clause,
  type ParseError,
  parseRequirements,
  type Requirement,
  type Unchecked,
} from "./parse.ts";

export type Verdict = "wheel" | "source-build" | "no-build" | "unknown";
export type Libc = "glibc" | "musl";
export type Arch = "amd64" | "arm64";
export type Verdicts = Record<Libc, Record<Arch, Verdict>>;
export type SystemPackages = { apt: string[]; apk: string[] };

export type PackageAnalysis = {
  name: string;
  line: number;
  specifier: string;
  /** The releases the verdict is about, such as "2.0.0 to before 2.1.0". */
  releases: string;
  pure: boolean;
  verdicts: Verdicts;
  /** The Python versions the chosen releases publish wheels for, when known. */
  pythons: string[] | undefined;
  runtimeLibraries: SystemPackages;
  buildDependencies: SystemPackages;
  /** Why a verdict is what it is, for the table's details. */
  notes: string[];
  /** The releases considered publish no musllinux wheel for these architectures (known, not guessed). */
  noMuslWheel: Arch[];
  /** A package with the same releases as self-contained wheels (psycopg2-binary for psycopg2), when the data names one. */
  wheelAlternative?: string;
};

export type RequirementsAnalysis = {
  packages: PackageAnalysis[];
  unchecked: Unchecked[];
  errors: ParseError[];
  /** What the dependencies say about compiled code, or undefined when they say nothing. */
  nativeDeps: Answers["nativeDeps"] | undefined;
  warnings: Warning[];
};

export type AnalyzeOptions = {
  pythonVersion: string;
  architectures: readonly Arch[];
  matrix?: Matrix;
};

const PLATFORM = {
  glibc: { amd64: "manylinux_x86_64", arm64: "manylinux_aarch64" },
  musl: { amd64: "musllinux_x86_64", arm64: "musllinux_aarch64" },
} as const;
const ALL = (verdict: Verdict): Verdicts => ({
  glibc: { amd64: verdict, arm64: verdict },
  musl: { amd64: verdict, arm64: verdict },
});
const NONE: SystemPackages = { apt: [], apk: [] };

type Bound = { version: string; inclusive: boolean } | undefined;
type Interval = { low: Bound; high: Bound };

/** The next release prefix: 1.24 -> 1.25 (for ~= and ==X.*). */
function bump(parts: string[]): string {
  const copy = parts.map(Number);
  copy[copy.length - 1] = (copy[copy.length - 1] ?? 0) + 1;
  return copy.join(".");
}

function tighterLow(a: Bound, b: Bound): Bound {
  if (!a) return b;
  if (!b) return a;
  const c = compareVersions(a.version, b.version);
  return c > 0 || (c === 0 && !a.inclusive) ? a : b;
}
function tighterHigh(a: Bound, b: Bound): Bound {
  if (!a) return b;
  if (!b) return a;
  const c = compareVersions(a.version, b.version);
  return c < 0 || (c === 0 && !a.inclusive) ? a : b;
}

/** The versions the clauses allow, as one interval (!= is ignored: it removes single releases). */
function interval(clauses: Clause[]): Interval {
  let low: Bound;
  let high: Bound;
  for (const { operator, version } of clauses) {
    const wildcard = version.endsWith(".*");
    const base = wildcard ? version.slice(0, -2) : version;
    if ((operator === "==" || operator === "===") && wildcard) {
      low = tighterLow(low, { version: base, inclusive: true });
      high = tighterHigh(high, { version: bump(base.split(".")), inclusive: false });
    } else if (operator === "==" || operator === "===") {
      low = tighterLow(low, { version: base, inclusive: true });
      high = tighterHigh(high, { version: base, inclusive: true });
    } else if (operator === ">=") low = tighterLow(low, { version: base, inclusive: true });
    else if (operator === ">") low = tighterLow(low, { version: base, inclusive: false });
    else if (operator === "<=") high = tighterHigh(high, { version: base, inclusive: true });
    else if (operator === "<") high = tighterHigh(high, { version: base, inclusive: false });
    else if (operator === "~=") {
      const parts = base.split(".");
      low = tighterLow(low, { version: base, inclusive: true });
      high = tighterHigh(high, {
        version: bump(parts.slice(0, Math.max(1, parts.length - 1))),
        inclusive: false,
      });
    }
  }
  return { low, high };
}

/** True when some release in [from, until) lies inside the interval. */
function overlaps(release: PackageEntry["releases"][number], { low, high }: Interval): boolean {
  if (high) {
    const c = compareVersions(high.version, release.from);
    if (c < 0 || (c === 0 && !high.inclusive)) return false;
  }
  if (low && release.until !== undefined && compareVersions(low.version, release.until) >= 0)
    return false;
  return true;
}

function describeReleases(release: PackageEntry["releases"][number]): string {
  return release.until ? `${release.from} to before ${release.until}` : `${release.from} and later`;
}

/** 1.26.0 -> 1.26, for readable advice. */
function shortVersion(version: string): string {
  return version.replace(/(\.\d+)\.0$/, "$1");
}

function pythonSpan(pythons: string[]): string {
  const sorted = [...pythons].sort(compareVersions);
  return sorted.length === 1 ? (sorted[0] as string) : `${sorted[0]}–${sorted[sorted.length - 1]}`;
}

function analyzePackage(
  requirement: Requirement,
  entry: PackageEntry,
  python: string,
): { analysis: PackageAnalysis; warnings: Warning[] } {
  const warnings: Warning[] = [];
  const alternative = entry.wheelAlternative ? known(entry.wheelAlternative) : undefined;
  const base = {
    name: requirement.name,
    line: requirement.line,
    specifier: requirement.specifier,
    pure: entry.pure,
    runtimeLibraries: known(entry.runtimeLibraries) ?? NONE,
    buildDependencies: known(entry.buildDependencies) ?? NONE,
    ...(alternative ? { wheelAlternative: alternative } : {}),
  };
  const spec = `${requirement.written}${requirement.specifier}`;
  if (entry.pure) {
    return {
      analysis: {
        ...base,
        releases: "all",
        verdicts: ALL("wheel"),
        pythons: undefined,
        notes: ["Pure Python: one wheel fits every platform."],
        noMuslWheel: [],
      },
      warnings,
    };
  }
  const wanted = interval(requirement.clauses);
  const candidates = entry.releases.filter((r) => overlaps(r, wanted));
  if (candidates.length === 0) {
    return {
      analysis: {
        ...base,
        releases: "not in the data",
        verdicts: ALL("unknown"),
        pythons: undefined,
        notes: [
          `The data covers ${entry.name} from ${entry.releases.at(-1)?.from ?? "?"} on; ${spec} is outside it.`,
        ],
        noMuslWheel: [],
      },
      warnings,
    };
  }
  // pip skips releases that do not support the interpreter and takes the newest that does.
  const chosen = candidates.find((r) => {
    const pythons = known(r.python);
    return pythons === undefined || pythons.includes(python);
  });
  const exact = requirement.clauses.some(
    (c) => (c.operator === "==" || c.operator === "===") && !c.version.endsWith(".*"),
  );
  if (!chosen && !exact && candidates[0]?.until === undefined) {
    // The specifier reaches past the newest release the data describes: a later release may well
    // support this Python, so the data cannot say "no build".
    return {
      analysis: {
        ...base,
        releases: describeReleases(candidates[0] as PackageEntry["releases"][number]),
        verdicts: ALL("unknown"),
        pythons: known(candidates[0]?.python ?? { value: "unknown" }),
        notes: [
          `The newest releases in the data do not list Python ${python}; releases after them may.`,
        ],
        noMuslWheel: [],
      },
      warnings,
    };
  }
  if (!chosen) {
    const pythons = known(candidates[0]?.python ?? { value: "unknown" }) ?? [];
    // The smallest upgrade that supports this Python: the oldest range that lists it.
    const newer = [...entry.releases].reverse().find((r) => known(r.python)?.includes(python));
    const newestPython = [...pythons].sort(compareVersions).at(-1);
    const fixes = [
      newer ? `${entry.name}>=${shortVersion(newer.from)}` : undefined,
      newestPython ? `Python ${newestPython}` : undefined,
    ].filter(Boolean);
    warnings.push({
      code: "requirement-no-build",
      severity: "blocking",
      message: sourceOnly(candidates[0] as PackageEntry["releases"][number])
        ? `${spec} does not support Python ${python} (it supports ${pythonSpan(pythons)}).`
        : `${spec} has no wheel for Python ${python} (it supports ${pythonSpan(pythons)}).`,
      ...(fixes.length > 0 ? { fix: `Use ${fixes.join(" or ")}.` } : {}),
      field: "requirements",
    });
    return {
      analysis: {
        ...base,
        releases: describeReleases(candidates[0] as PackageEntry["releases"][number]),
        verdicts: ALL("no-build"),
        pythons,
        notes: [`No release matching ${spec} publishes wheels for Python ${python}.`],
        noMuslWheel: withoutMuslWheel(candidates[0] as PackageEntry["releases"][number]),
      },
      warnings,
    };
  }
  const pythons = known(chosen.python);
  const verdicts = ALL("unknown");
  const notes: string[] = [];
  for (const libc of ["glibc", "musl"] as const) {
    for (const arch of ["amd64", "arm64"] as const) {
      const fact = chosen.wheels[PLATFORM[libc][arch]];
      const has = known(fact);
      // Without the Python list a wheel cannot be promised; no wheel at all means a source build
      // whatever the Python.
      verdicts[libc][arch] =
        has === false ? "source-build" : has && pythons !== undefined ? "wheel" : "unknown";
      if (fact.note) notes.push(`${PLATFORM[libc][arch]}: ${fact.note}`);
    }
  }
  if (pythons === undefined)
    notes.push(`The Python versions of ${describeReleases(chosen)} are not in the data.`);
  return {
    analysis: {
      ...base,
      releases: describeReleases(chosen),
      verdicts,
      pythons,
      notes,
      noMuslWheel: withoutMuslWheel(chosen),
    },
    warnings,
  };
}

/** Releases that publish no Linux wheel at all: pip always builds them from source. */
function sourceOnly(release: PackageEntry["releases"][number]): boolean {
  return Object.values(release.wheels).every((fact) => fact.value === false);
}

function withoutMuslWheel(release: PackageEntry["releases"][number]): Arch[] {
  return (["amd64", "arm64"] as const).filter(
    (arch) => release.wheels[PLATFORM.musl[arch]].value === false,
  );
}

/**
 * One warning per pinned package with known advisories: every advisory the pin is affected by, and
 * the release that fixes all of them (with the Python that release needs, where the data says).
 */
function advisoryWarnings(requirement: Requirement, entry: PackageEntry): Warning[] {
  const pin = requirement.clauses.find((c) => c.operator === "==" || c.operator === "===");
  if (!pin || pin.version.endsWith(".*")) return [];
  const affecting = entry.advisories.filter((a) => compareVersions(pin.version, a.fixedIn) < 0);
  if (affecting.length === 0) return [];
  const fixing = affecting.reduce((a, b) => (compareVersions(b.fixedIn, a.fixedIn) > 0 ? b : a));
  const needs = fixing.fixedInNeedsPython ? known(fixing.fixedInNeedsPython) : undefined;
  const name = requirement.written;
  const list = affecting.map((a) => `${a.id} (fixed in ${a.fixedIn}): ${a.summary}`).join(" ");
  const all = affecting.length > 1 ? `, which fixes all ${affecting.length}` : "";
  return [
    {
      code: "requirement-advisory",
      severity: "info",
      message: `${name}==${pin.version} is affected by ${affecting.length === 1 ? "a known advisory" : `${affecting.length} known advisories`}: ${list}`,
      fix: `Upgrade to ${name}>=${fixing.fixedIn}${all}${needs ? ` (it needs Python ${needs} or newer)` : ""}. This tool is not a vulnerability scanner: run pip-audit on your requirements for the full picture.`,
      field: "requirements",
    },
  ];
}

/** What the analysis says about compiled code in the dependencies, for the chosen architectures. */
function inferNativeDeps(
  packages: PackageAnalysis[],
  architectures: readonly Arch[],
): Answers["nativeDeps"] | undefined {
  const compiled = packages.filter((p) => !p.pure);
  if (packages.length === 0) return undefined;
  if (compiled.length === 0) return "none";
  const needsBuild = compiled.some((p) =>
    architectures.some((a) => p.verdicts.glibc[a] === "source-build"),
  );
  const needsLibraries = compiled.some(
    (p) => p.runtimeLibraries.apt.length > 0 || p.runtimeLibraries.apk.length > 0,
  );
  if (needsBuild || needsLibraries) return "compile";
  // A compiled package the data cannot judge leaves the question to the user's own answer.
  const undecided = compiled.some((p) =>
    architectures.some((a) => p.verdicts.glibc[a] === "unknown"),
  );
  return undecided ? undefined : "wheels";
}

/**
 * Analyses a requirements.txt or pyproject.toml for a Python version and architectures. Never
 * throws on any text.
 */
export function analyzeRequirements(text: string, options: AnalyzeOptions): RequirementsAnalysis {
  const matrix = options.matrix ?? defaultMatrix;
  const parsed = parseRequirements(text);
  const packages: PackageAnalysis[] = [];
  const unchecked: Unchecked[] = [...parsed.unchecked];
  const warnings: Warning[] = [];
  const seen = new Set<string>();
  for (const requirement of parsed.requirements) {
    if (
      requirement.marker !== "" &&
      evaluateMarker(requirement.marker, { pythonVersion: options.pythonVersion }) === false
    ) {
      unchecked.push({
        line: requirement.line,
        text: `${requirement.written}${requirement.specifier}`,
        why: `its marker (${requirement.marker}) excludes Python ${options.pythonVersion} on Linux`,
      });
      continue;
    }
    if (seen.has(requirement.name)) {
      unchecked.push({
        line: requirement.line,
        text: requirement.written,
        why: "listed again; the first entry is checked",
      });
      continue;
    }
    seen.add(requirement.name);
    const entry = matrix.packages.find((p) => p.name === requirement.name);
    if (!entry) {
      unchecked.push({
        line: requirement.line,
        text: `${requirement.written}${requirement.specifier}`,
        why: "not in the package data: it may still have compiled parts",
      });
      continue;
    }
    const result = analyzePackage(requirement, entry, options.pythonVersion);
    packages.push(result.analysis);
    warnings.push(...result.warnings, ...advisoryWarnings(requirement, entry));
  }
  for (const p of packages) {
    const musl = options.architectures.filter((a) => p.verdicts.musl[a] === "source-build");
    if (musl.length > 0 && p.verdicts.glibc[musl[0] as Arch] === "wheel") {
      warnings.push({
        code: "requirement-musl-source-build",
        severity: "warning",
        message: `${p.name} ${p.releases} has no musllinux wheel for ${musl.join(" and ")}: on Alpine-based images pip builds it from source, which is slow and needs compilers.`,
        fix: "Prefer a glibc-based image, or a release of the package that publishes musllinux wheels.",
        field: "requirements",
      });
    }
  }
  unchecked.sort((a, b) => a.line - b.line);
  return {
    packages,
    unchecked,
    errors: parsed.errors,
    nativeDeps: inferNativeDeps(packages, options.architectures),
    warnings,
  };
}
