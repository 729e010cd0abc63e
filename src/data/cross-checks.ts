/**
 * Rules that span fields or files, run after every file passed its schema. Messages start with the
 * file and the field, like the schema's.
 */
import { defaultAnswers } from "../answers.ts";
import { compareVersions } from "../versions.ts";
import type { ImageEntry, Matrix, PackageEntry, Source } from "./schema.ts";

type Fact = { value: unknown; source?: string; note?: string };

const ANSWER_KEYS = Object.keys(defaultAnswers);

function isFact(node: unknown): node is Fact {
  if (node === null || typeof node !== "object" || Array.isArray(node)) return false;
  const keys = Object.keys(node);
  return (
    keys.includes("value") && keys.every((k) => k === "value" || k === "source" || k === "note")
  );
}

/** Every sourced fact under `node`, with its dotted path. */
function factsIn(node: unknown, path: string[] = []): { path: string; fact: Fact }[] {
  if (isFact(node)) return [{ path: path.join("."), fact: node }];
  if (node === null || typeof node !== "object") return [];
  return Object.entries(node).flatMap(([key, child]) =>
    key === "sources" ? [] : factsIn(child, [...path, key]),
  );
}

function duplicates(ids: string[]): string[] {
  return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
}

/** Facts cite sources that exist; known facts have one; unknown facts say why; every source is cited. */
function checkSources(
  file: string,
  node: unknown,
  sources: Source[],
  prefix = "",
  alsoCited: ReadonlySet<string> = new Set(),
): string[] {
  const errors: string[] = [];
  const ids = sources.map((s) => s.id);
  for (const dup of duplicates(ids)) errors.push(`${file}: sources: duplicate id "${dup}"`);
  const cited = new Set<string>(alsoCited);
  for (const { path, fact } of factsIn(node)) {
    const at = `${file}: ${prefix}${path}`;
    if (fact.source !== undefined) {
      cited.add(fact.source);
      if (!ids.includes(fact.source))
        errors.push(`${at}.source: "${fact.source}" is not an id in this file's sources`);
    }
    if (fact.value === "unknown") {
      if (fact.note === undefined)
        errors.push(`${at}.note: an unknown value needs a note saying what was looked for`);
    } else if (fact.source === undefined) {
      errors.push(
        `${at}.source: a known value needs a source (or record the value as "unknown" with a note)`,
      );
    }
  }
  sources.forEach((source, i) => {
    if (!cited.has(source.id)) errors.push(`${file}: sources.${i}: "${source.id}" is never cited`);
  });
  return errors;
}

function checkImage(file: string, image: ImageEntry, matrix: Matrix): string[] {
  const errors: string[] = [];
  const at = (field: string) => `${file}: ${field}`;
  const expectedId = file.slice(file.lastIndexOf("/") + 1, -".json".length);
  if (image.id !== expectedId)
    errors.push(`${at("id")}: expected "${expectedId}" (the file name), got "${image.id}"`);
  if (!matrix.distros.some((d) => d.id === image.distro)) {
    errors.push(`${at("distro")}: "${image.distro}" is not an id in data/distros.json`);
  }
  const runtimes = image.variants.filter((v) => v.purpose === "runtime").length;
  if (runtimes !== 1)
    errors.push(
      `${at("variants")}: expected exactly one variant with purpose "runtime", got ${runtimes}`,
    );
  for (const dup of duplicates(image.variants.map((v) => v.id)))
    errors.push(`${at("variants")}: duplicate variant id "${dup}"`);
  image.variants.forEach((variant, i) => {
    const templated = variant.reference.includes("{python}");
    const perVersion =
      image.python.provision === "official-tags" || image.python.provision === "vendor-tags";
    if (perVersion && !templated)
      errors.push(
        `${at(`variants.${i}.reference`)}: tags per Python version need a {python} placeholder`,
      );
    if (!perVersion && templated)
      errors.push(
        `${at(`variants.${i}.reference`)}: a single-Python image cannot have a {python} placeholder`,
      );
    // A rolling distro's only free tag may be latest, with the Python pinned by its package.
    const movingAllowed =
      image.python.provision === "latest-only" || image.python.provision === "distro-versioned";
    if (/:latest$/.test(variant.reference) && !movingAllowed) {
      errors.push(
        `${at(`variants.${i}.reference`)}: a bare latest tag is only allowed for provision "latest-only" or "distro-versioned"`,
      );
    }
  });
  const versions = image.python.versions.value;
  if (versions !== "unknown") {
    versions.forEach((v, i) => {
      if (!matrix.pythonReleases.some((r) => r.version === v)) {
        errors.push(
          `${at(`python.versions.value.${i}`)}: Python ${v} is not in data/python-releases.json`,
        );
      }
    });
  }
  for (const version of Object.keys(image.lifecycle?.python ?? {})) {
    if (versions === "unknown" || !versions.includes(version))
      errors.push(
        `${at(`lifecycle.python.${version}`)}: Python ${version} is not in python.versions`,
      );
  }
  const criteria = matrix.criteria.map((c) => c.id);
  for (const id of criteria) {
    if (!(id in image.ratings))
      errors.push(
        `${at(`ratings.${id}`)}: missing (every criterion in data/criteria.json needs a rating)`,
      );
  }
  for (const id of Object.keys(image.ratings)) {
    if (!criteria.includes(id))
      errors.push(`${at(`ratings.${id}`)}: not a criterion in data/criteria.json`);
  }
  errors.push(...checkSources(file, image, image.sources));
  return errors;
}

/** Package files: the name matches the file, ranges are ordered and do not overlap, sources are cited. */
function checkPackage(file: string, entry: PackageEntry): string[] {
  const errors: string[] = [];
  const expected = file.slice(file.lastIndexOf("/") + 1, -".json".length);
  if (entry.name !== expected)
    errors.push(`${file}: name: expected "${expected}" (the file name), got "${entry.name}"`);
  entry.releases.forEach((release, i) => {
    if (release.until !== undefined && compareVersions(release.from, release.until) >= 0) {
      errors.push(
        `${file}: releases.${i}.until: ${release.until} is not after from ${release.from}`,
      );
    }
    const next = entry.releases[i + 1];
    if (next && (next.until === undefined || compareVersions(next.until, release.from) > 0)) {
      errors.push(`${file}: releases.${i + 1}: ranges must be newest first and must not overlap`);
    }
  });
  if (entry.releases.length > 0 && entry.releases.slice(1).some((r) => r.until === undefined)) {
    errors.push(`${file}: releases: only the newest range may leave out until`);
  }
  entry.advisories.forEach((a, i) => {
    if (!entry.sources.some((s) => s.id === a.source))
      errors.push(
        `${file}: advisories.${i}.source: "${a.source}" is not an id in this file's sources`,
      );
  });
  // An advisory's own source counts as cited; its facts are checked like the others.
  const advisorySources = new Set(entry.advisories.map((a) => a.source));
  errors.push(
    ...checkSources(
      file,
      {
        releases: entry.releases,
        runtimeLibraries: entry.runtimeLibraries,
        buildDependencies: entry.buildDependencies,
        advisories: entry.advisories.map((a) =>
          a.fixedInNeedsPython ? { fixedInNeedsPython: a.fixedInNeedsPython } : {},
        ),
      },
      entry.sources,
      "",
      advisorySources,
    ),
  );
  return errors;
}

export function crossCheck(
  matrix: Matrix,
  imageFiles: string[],
  packageFiles: string[] = [],
): string[] {
  const errors: string[] = [];
  for (const dup of duplicates(matrix.criteria.map((c) => c.id)))
    errors.push(`data/criteria.json: criteria: duplicate id "${dup}"`);
  for (const dup of duplicates(matrix.distros.map((d) => d.id)))
    errors.push(`data/distros.json: distros: duplicate id "${dup}"`);
  for (const dup of duplicates(matrix.pythonReleases.map((r) => r.version))) {
    errors.push(`data/python-releases.json: releases: duplicate version "${dup}"`);
  }
  for (const dup of duplicates(matrix.tools.map((t) => t.id)))
    errors.push(`data/tools.json: tools: duplicate id "${dup}"`);
  for (const required of ["uv", "poetry"]) {
    if (!matrix.tools.some((t) => t.id === required))
      errors.push(`data/tools.json: tools: "${required}" is required by the Dockerfile generators`);
  }
  errors.push(
    ...checkSources("data/distros.json", matrix.distros, matrix.distroSources, "distros."),
  );
  errors.push(
    ...checkSources(
      "data/python-releases.json",
      matrix.pythonReleases,
      matrix.pythonSources,
      "releases.",
    ),
  );
  errors.push(...checkSources("data/tools.json", matrix.tools, matrix.toolSources, "tools."));
  const noteSources = matrix.noteSources ?? [];
  for (const dup of duplicates((matrix.notes ?? []).map((n) => n.id)))
    errors.push(`data/notes.json: notes: duplicate id "${dup}"`);
  (matrix.notes ?? []).forEach((note, i) => {
    if (!noteSources.some((s) => s.id === note.source))
      errors.push(
        `data/notes.json: notes.${i}.source: "${note.source}" is not an id in this file's sources`,
      );
  });
  noteSources.forEach((source, i) => {
    if (!(matrix.notes ?? []).some((n) => n.source === source.id))
      errors.push(`data/notes.json: sources.${i}: "${source.id}" is never cited`);
  });

  const questionIds = matrix.questions.map((q) => q.id);
  for (const dup of duplicates(questionIds))
    errors.push(`data/questions.json: questions: duplicate id "${dup}"`);
  matrix.questions.forEach((q, i) => {
    if (!ANSWER_KEYS.includes(q.id))
      errors.push(`data/questions.json: questions.${i}.id: "${q.id}" is not an Answers field`);
  });
  for (const key of ANSWER_KEYS) {
    if (!questionIds.includes(key))
      errors.push(`data/questions.json: questions: no question for the Answers field "${key}"`);
  }
  const pythonQuestion = matrix.questions.find((q) => q.id === "pythonVersion");
  pythonQuestion?.options?.forEach((option, i) => {
    if (!matrix.pythonReleases.some((r) => r.version === option.value)) {
      errors.push(
        `data/questions.json: questions.${matrix.questions.indexOf(pythonQuestion)}.options.${i}.value: Python ${option.value} is not in data/python-releases.json`,
      );
    }
  });

  const seen = new Map<string, string>();
  matrix.images.forEach((image, i) => {
    const file = imageFiles[i] as string;
    const other = seen.get(image.id);
    if (other) errors.push(`${file}: id: "${image.id}" is already used by ${other}`);
    seen.set(image.id, file);
    errors.push(...checkImage(file, image, matrix));
  });
  if (!matrix.images.some((i) => i.status === "supported"))
    errors.push("data/images/: at least one image must be supported");
  matrix.packages.forEach((entry, i) => {
    errors.push(...checkPackage(packageFiles[i] as string, entry));
  });
  return errors;
}
