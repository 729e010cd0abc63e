/**
 * One-click fixes for requirements that cannot install as pinned, computed from data/packages:
 * the supported Python versions on which every pin installs, and for each pin the lowest release
 * that publishes a wheel for the chosen Python, libc and architectures and that the data lists no
 * advisory against, as an edited requirements text. Every edit is checked by analysing the edited
 * text again. The pins are not checked against each other (the data has no dependency metadata),
 * and the fix says so.
 */
import type { Answers } from "../answers.ts";
import { known } from "../data/fact.ts";
import type { Matrix, PackageEntry } from "../data/schema.ts";
import { isPast, pythonEndOfLife } from "../lifecycle.ts";
import { compareVersions } from "../versions.ts";
import type { Fix } from "../warnings.ts";
import { type Arch, analyzeRequirements, type Libc, type PackageAnalysis } from "./analyze.ts";
import { parseRequirements, type Requirement } from "./parse.ts";

export type FixContext = {
  matrix: Matrix;
  today: string;
  /** The Python the analysis ran for. */
  pythonVersion: string;
  offeredPythons: string[];
  architectures: readonly Arch[];
  /** The libc of the image the files are for. */
  libc: Libc;
};

const PLATFORM = {
  glibc: { amd64: "manylinux_x86_64", arm64: "manylinux_aarch64" },
  musl: { amd64: "musllinux_x86_64", arm64: "musllinux_aarch64" },
} as const;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * `text` with one requirement's line rewritten to `replacement` (such as "numpy==1.26.0"), keeping
 * its extras, marker and comment; undefined when the line cannot be edited safely (hash-pinned, or
 * not written the way it was parsed).
 */
export function editRequirement(
  text: string,
  requirement: Requirement,
  name: string,
  version: string,
): string | undefined {
  const lines = text.split("\n");
  const line = lines[requirement.line - 1];
  if (line === undefined || /--hash/.test(line)) return undefined;
  const written = escapeRegExp(requirement.written);
  // Poetry's table: name = "^1.24" or name = { version = "^1.24", ... }.
  const poetry = new RegExp(
    `^(\\s*)${written}(\\s*=\\s*)(?:"[^"]*"|(\\{[^}]*version\\s*=\\s*)"[^"]*")`,
  );
  const pep508 = new RegExp(
    `^(\\s*["']?)${written}(\\s*\\[[^\\]]*\\])?\\s*${escapeRegExp(requirement.specifier)}`,
  );
  let edited: string | undefined;
  if (poetry.test(line))
    edited = line.replace(poetry, (_, indent, eq, table) =>
      table ? `${indent}${name}${eq}${table}"${version}"` : `${indent}${name}${eq}"${version}"`,
    );
  else if (pep508.test(line))
    edited = line.replace(pep508, (_, lead, extras) => `${lead}${name}${extras ?? ""}==${version}`);
  if (edited === undefined) return undefined;
  lines[requirement.line - 1] = edited;
  return lines.join("\n");
}

/** The lowest release with a wheel for every architecture on this Python and libc, clear of advisories. */
function lowestInstallable(entry: PackageEntry, context: FixContext): string | undefined {
  const candidates = entry.releases
    .flatMap((range) => [
      range.from,
      ...entry.advisories
        .map((a) => a.fixedIn)
        .filter(
          (v) =>
            compareVersions(v, range.from) > 0 &&
            (range.until === undefined || compareVersions(v, range.until) < 0),
        ),
    ])
    .sort(compareVersions);
  return candidates.find((version) => {
    const range = entry.releases.find(
      (r) =>
        compareVersions(version, r.from) >= 0 &&
        (r.until === undefined || compareVersions(version, r.until) < 0),
    );
    if (!range || !known(range.python)?.includes(context.pythonVersion)) return false;
    const wheels = context.architectures.every(
      (arch) => known(range.wheels[PLATFORM[context.libc][arch]]) === true,
    );
    const advised = entry.advisories.some((a) => compareVersions(version, a.fixedIn) < 0);
    return wheels && !advised;
  });
}

/**
 * True when the data gives `name==version` a wheel on every architecture: the analysis of that one
 * pin, which is what the edited line says for this package whatever the rest of the file holds.
 */
function installs(name: string, version: string, context: FixContext): boolean {
  const entry = analyzeRequirements(`${name}==${version}\n`, {
    pythonVersion: context.pythonVersion,
    architectures: context.architectures,
    matrix: context.matrix,
  }).packages[0];
  return (
    entry?.name === name &&
    context.architectures.every((arch) => entry.verdicts[context.libc][arch] === "wheel")
  );
}

/** The supported Python versions, other than the current one, on which no pin lacks a build. */
function pythonsThatInstall(
  text: string,
  failing: PackageAnalysis[],
  context: FixContext,
): string[] {
  return (
    context.offeredPythons
      .filter(
        (v) =>
          v !== context.pythonVersion &&
          !isPast(pythonEndOfLife(context.matrix, v), context.today) &&
          // A failing pin's releases list the Pythons they support: only those can pass.
          failing.every((p) => p.pythons === undefined || p.pythons.includes(v)),
      )
      // The whole file again, so that no other pin fails on that Python.
      .filter(
        (v) =>
          !analyzeRequirements(text, {
            pythonVersion: v,
            architectures: context.architectures,
            matrix: context.matrix,
          }).warnings.some((w) => w.code === "requirement-no-build"),
      )
      .sort((a, b) => compareVersions(b, a))
  );
}

/** Edited pins for the packages that have no build: each one's new text, verified. */
function pinEdits(
  text: string,
  failing: PackageAnalysis[],
  context: FixContext,
): { name: string; written: string; version: string; requirement: Requirement }[] {
  const requirements = parseRequirements(text).requirements;
  return failing.flatMap((p) => {
    const entry = context.matrix.packages.find((e) => e.name === p.name);
    const requirement = requirements.find((r) => r.name === p.name && r.line === p.line);
    const version = entry && lowestInstallable(entry, context);
    if (!requirement || !version) return [];
    const edited = editRequirement(text, requirement, requirement.written, version);
    if (!edited || !installs(p.name, version, context)) return [];
    return [{ name: p.name, written: requirement.written, version, requirement }];
  });
}

/**
 * Fixes for each package with no build, by package name: all failing pins at once (when more than
 * one), each Python version on which every pin installs, and its own pin.
 */
export function noBuildFixes(
  text: string,
  failing: PackageAnalysis[],
  context: FixContext,
): Map<string, Fix[]> {
  const edits = pinEdits(text, failing, context);
  const pythons: Fix[] = pythonsThatInstall(text, failing, context).map((v) => ({
    label: `Use Python ${v}, where every pin installs`,
    answers: { pythonVersion: v } satisfies Partial<Answers>,
  }));
  let all = text;
  for (const edit of edits)
    all = editRequirement(all, edit.requirement, edit.written, edit.version) ?? all;
  const together: Fix[] =
    edits.length > 1
      ? [
          {
            label: `Pin ${edits.map((e) => `${e.written}==${e.version}`).join(" and ")}`,
            answers: { requirements: all },
          },
        ]
      : [];
  const fixes = new Map<string, Fix[]>();
  for (const p of failing) {
    const own = edits.find((e) => e.name === p.name);
    const pin: Fix[] = own
      ? [
          {
            label: `Pin ${own.written}==${own.version}`,
            answers: {
              requirements:
                editRequirement(text, own.requirement, own.written, own.version) ?? text,
            },
          },
        ]
      : [];
    // All pins at once first, then another Python, then this pin alone.
    fixes.set(p.name, [...together, ...pythons, ...pin]);
  }
  return fixes;
}

/**
 * A fix that swaps a package for its wheel alternative (psycopg2 -> psycopg2-binary) at the same
 * pin, when the data says the alternative has a wheel there; undefined otherwise.
 */
export function alternativeFix(
  text: string,
  name: string,
  alternative: string,
  context: FixContext,
): Fix | undefined {
  const requirement = parseRequirements(text).requirements.find((r) => r.name === name);
  const pin = requirement?.clauses.find((c) => c.operator === "==" && !c.version.endsWith(".*"));
  if (!requirement || !pin) return undefined;
  const edited = editRequirement(text, requirement, alternative, pin.version);
  if (!edited || !installs(alternative, pin.version, context)) return undefined;
  return { label: `Use ${alternative}==${pin.version}`, answers: { requirements: edited } };
}
