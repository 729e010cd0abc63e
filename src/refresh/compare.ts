/**
 * The comparison: every fact in data/ that an upstream source states, set against what that source
 * says, as report rows. Pure: documents and the parsed upstream come in, rows go out.
 *
 * What is checked, and against what (images with status end-of-life are history and not checked):
 * - data/python-releases.json end of life: endoflife.date `python`, its `eol`; a cycle newer than
 *   the newest release in the data is added.
 * - data/distros.json end of life, in the meaning the schema gives it (end of free security
 *   updates): Debian's LTS end (`eoes` of `debian`), Ubuntu's standard support (`eol` of `ubuntu`),
 *   Alpine's (`eol` of `alpine-linux`), RHEL's maintenance support (`eol` of `rhel`).
 * - Official Python images: the Python minors tagged for the runtime variant's tag pattern
 *   (official-images library/python, or docker-library/python versions.json, whichever was read
 *   later) and the architectures every one of those tags is built for (library/python).
 * - Distro images: the architectures of their tag (official-images library/<repository>).
 * - Hardened images: the minors with a definition for the runtime tag pattern, the platforms all of
 *   them are published for, each variant's user, and each definition's end of life: the image's
 *   own record of it (lifecycle.python), or else a check of the Python end of life the engine uses
 *   for it (docker-hardened-images/catalog).
 * - data/packages: per range of releases, the Python minors with Linux wheels and the four wheel
 *   platforms, from the newest final release in the range (PyPI Simple API).
 *
 * src/refresh/ sits under src/, not scripts/, because it is engine-grade and runtime-free: the
 * engine's planned command line (audit in CI) can refresh or check the data with it, and the wheel
 * tag readers are what a live requirements check would need. Nothing here touches fs, network or
 * clock; scripts/refresh.ts does that.
 */
import type { ImageEntry, PackageEntry, Source } from "../data/schema.ts";
import { type Architecture, fromBashbrew, fromPlatforms } from "./architectures.ts";
import {
  type FactCodec,
  factAt,
  listRead,
  PLAIN,
  type Pointer,
  readDate,
  SUPPORT_END,
} from "./data-facts.ts";
import type { DateOrFlag, Product } from "./endoflife-date.ts";
import { newestRelease, releaseWheels } from "./pypi-simple.ts";
import { pageFor, type SourceId, titleFor, type Upstream } from "./upstream.ts";
import { WHEEL_PLATFORMS } from "./wheel-tags.ts";

/** update: upstream differs and was read later; add: the data has no value; keep-newer: the data was read later; unknown: upstream does not state it. */
export type Action = "update" | "add" | "keep-newer" | "unknown";

/** One line of the report (the `--json` rows). */
export type Row = {
  file: string;
  field: string;
  /** The data's value; "unknown" as the data writes it; null when the data has no entry. */
  dataValue: unknown;
  /**
   * The day the data's value was read; for an entry the data lacks, the day its file was last read
   * (its newest source); null for a value without a source.
   */
  dataRead: string | null;
  /** What upstream says; null when it does not say. */
  upstreamValue: unknown;
  upstreamDate: string;
  url: string;
  action: Action;
  note?: string;
};

/** What a write does for an update or add row. */
export type Change = {
  file: string;
  /** As in the row: `releases[3.13].endOfLife`. */
  field: string;
  pointer: Pointer;
  /** A fact to set, or a Python release to add to data/python-releases.json. */
  kind: "fact" | "python-release";
  value: unknown;
  source: Source;
  note?: string;
};

/** The rows, the changes a write would make, and how many facts were compared. */
export type Comparison = {
  rows: Row[];
  changes: Change[];
  /** Facts compared with a source that states them. */
  checked: number;
  /** Of those, the ones upstream agrees with. */
  same: number;
};

/** What one upstream file says about one fact: `value` undefined when it does not say. */
type Observation = { source: SourceId; path: string; value: unknown; note?: string };

type Target = {
  file: string;
  field: string;
  pointer: Pointer;
  dataFile: unknown;
  /** Lists compare as sets (the data's order is not a fact). */
  unordered?: boolean;
  /** How the fact is stored; PLAIN when absent. */
  codec?: FactCodec;
  /**
   * The source states a related fact, not this one: a disagreement is a question for a person
   * (an unknown row), never a change.
   */
  crossCheck?: boolean;
};

/** The documents of data/, parsed, by path. */
export type DataDocuments = ReadonlyMap<string, unknown>;

const PRECEDENCE: SourceId[] = [
  "official-images",
  "docker-library-python",
  "dhi-catalog",
  "endoflife.date",
  "pypi",
];

function normalised(value: unknown, unordered: boolean | undefined): string {
  if (unordered && Array.isArray(value)) return JSON.stringify([...value].map(String).sort());
  return JSON.stringify(value);
}

function sourceId(observation: Observation, date: string): string {
  const stem = observation.path
    .toLowerCase()
    .replace(/\.(md|json|yaml)$/, "")
    .replace(/^endoflife\.date\/(products\/|.*\/)/, "eol-")
    .replace(/^official-images\/library\//, "official-images-")
    .replace(/^docker-library-python\//, "docker-python-")
    .replace(/^dhi-catalog\/image\//, "dhi-")
    .replace(/^pypi\//, "pypi-")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return `${stem}-${date}`;
}

class Collector {
  readonly rows: Row[] = [];
  readonly changes: Change[] = [];
  checked = 0;
  same = 0;

  constructor(private readonly upstream: Upstream) {}

  /** The observation read latest; on the same day, the more direct source (PRECEDENCE). */
  private pick(observations: Observation[]): Observation | undefined {
    const dated = observations.filter((o) => this.upstream.reads[o.source]);
    return dated.sort((a, b) => {
      const da = this.upstream.reads[a.source]?.date ?? "";
      const db = this.upstream.reads[b.source]?.date ?? "";
      if (da !== db) return da < db ? 1 : -1;
      return PRECEDENCE.indexOf(a.source) - PRECEDENCE.indexOf(b.source);
    })[0];
  }

  compare(target: Target, observations: Observation[], kind: Change["kind"] = "fact"): void {
    const observation = this.pick(observations);
    if (!observation) return;
    const read = this.upstream.reads[observation.source];
    if (!read) return;
    const codec = target.codec ?? PLAIN;
    const fact = factAt(target.dataFile, target.pointer);
    const dataValue = fact ? (fact.value === "unknown" ? "unknown" : codec.read(fact.value)) : null;
    // An entry the data lacks was last looked for when its list was read: the file's newest source.
    const dataRead = fact
      ? (readDate(target.dataFile, fact) ?? null)
      : (listRead(target.dataFile) ?? null);
    const url = pageFor(observation.path, read);
    const row: Omit<Row, "action"> = {
      file: target.file,
      field: target.field,
      dataValue,
      dataRead,
      upstreamValue: observation.value ?? null,
      upstreamDate: read.date,
      url,
    };
    const note = observation.note ? { note: observation.note } : {};
    const older = dataRead !== null && read.date < dataRead;
    if (observation.value === undefined) {
      // Upstream is silent: worth a line only when the data claims something, and a question for
      // a person only when the snapshot is not older than what the data read.
      if (dataValue !== null && dataValue !== "unknown") {
        this.checked++;
        this.rows.push({ ...row, action: older ? "keep-newer" : "unknown", ...note });
      }
      return;
    }
    this.checked++;
    if (
      normalised(dataValue, target.unordered) === normalised(observation.value, target.unordered)
    ) {
      this.same++;
      return;
    }
    if (older || target.crossCheck) {
      this.rows.push({ ...row, action: older ? "keep-newer" : "unknown", ...note });
      return;
    }
    const action = dataValue === null || dataValue === "unknown" ? "add" : "update";
    this.rows.push({ ...row, action, ...note });
    this.changes.push({
      file: target.file,
      field: target.field,
      pointer: target.pointer,
      kind,
      value: codec.write(observation.value),
      source: {
        id: sourceId(observation, read.date),
        title: titleFor(observation.path, read),
        url,
        read: read.date,
      },
      ...note,
    });
  }
}

const minorNumber = (v: string) => Number(v.split(".")[1]);
const byMinor = (a: string, b: string) => minorNumber(a) - minorNumber(b);

function dateOf(value: DateOrFlag | undefined): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** What endoflife.date says of one cycle's `field`: its date, or nothing and why. */
function cycleObservation(
  entry: { product: Product; file: string },
  name: string,
  field: "eol" | "eoes",
): Observation {
  const { product, cycles } = entry.product;
  const cycle = cycles.find((x) => x.cycle === name);
  const value = cycle?.[field];
  const why = !cycle
    ? `endoflife.date has no ${product} cycle ${name} yet.`
    : typeof value === "string"
      ? undefined
      : value === true
        ? `endoflife.date marks ${product} ${name} ${field} as passed, without a date.`
        : `endoflife.date has ${product} ${name} without a ${field} date.`;
  return {
    source: "endoflife.date",
    path: entry.file,
    value: dateOf(value),
    ...(why ? { note: why } : {}),
  };
}

type PythonReleases = { releases: { version: string }[] };
type Distros = { distros: { id: string }[] };

function comparePythonReleases(
  c: Collector,
  upstream: Upstream,
  dataFiles: DataDocuments,
): string[] {
  const file = "data/python-releases.json";
  const dataFile = dataFiles.get(file) as PythonReleases | undefined;
  const python = upstream.products.get("python");
  if (!dataFile) return [];
  const versions = dataFile.releases.map((r) => r.version);
  if (!python) return versions;
  dataFile.releases.forEach((release, i) => {
    c.compare(
      {
        file,
        field: `releases[${release.version}].endOfLife`,
        pointer: ["releases", i, "endOfLife"],
        dataFile,
        codec: SUPPORT_END,
      },
      [cycleObservation(python, release.version, "eol")],
    );
  });
  const newest = Math.max(...versions.map(minorNumber));
  const added: string[] = [];
  for (const cycle of python.product.cycles) {
    const eol = dateOf(cycle.eol);
    if (!/^3\.\d+$/.test(cycle.cycle) || minorNumber(cycle.cycle) <= newest || !eol) continue;
    added.push(cycle.cycle);
    c.compare(
      {
        file,
        field: `releases[${cycle.cycle}].endOfLife`,
        pointer: ["releases", cycle.cycle],
        dataFile,
        codec: SUPPORT_END,
      },
      [{ source: "endoflife.date", path: python.file, value: eol }],
      "python-release",
    );
  }
  return [...versions, ...added].sort(byMinor);
}

/** Which endoflife.date product and field carry a distro's end of free security updates. */
function distroLifecycle(
  id: string,
): { product: string; cycle: string; field: "eol" | "eoes" } | undefined {
  const rules: [RegExp, string, "eol" | "eoes"][] = [
    [/^debian-(\d+)$/, "debian", "eoes"],
    [/^ubuntu-(\d+\.\d+)$/, "ubuntu", "eol"],
    [/^alpine-(\d+\.\d+)$/, "alpine-linux", "eol"],
    [/^rhel-(\d+)$/, "rhel", "eol"],
  ];
  for (const [pattern, product, field] of rules) {
    const cycle = pattern.exec(id)?.[1];
    if (cycle) return { product, cycle, field };
  }
  return undefined;
}

function compareDistros(c: Collector, upstream: Upstream, dataFiles: DataDocuments): void {
  const file = "data/distros.json";
  const dataFile = dataFiles.get(file) as Distros | undefined;
  dataFile?.distros.forEach((distro, i) => {
    const rule = distroLifecycle(distro.id);
    const product = rule && upstream.products.get(rule.product);
    if (!rule || !product) return;
    c.compare(
      {
        file,
        field: `distros[${distro.id}].endOfLife`,
        pointer: ["distros", i, "endOfLife"],
        dataFile,
        codec: SUPPORT_END,
      },
      [cycleObservation(product, rule.cycle, rule.field)],
    );
  });
}

/** `python:{python}-slim-trixie` as registry (absent for Docker Hub), repository and tag template. */
function splitReference(reference: string): { registry?: string; repository: string; tag: string } {
  const colon = reference.lastIndexOf(":");
  const name = colon < 0 ? reference : reference.slice(0, colon);
  const tag = colon < 0 ? "latest" : reference.slice(colon + 1);
  const [first, ...rest] = name.split("/");
  if (first && rest.length > 0 && /[.:]/.test(first))
    return { registry: first, repository: rest.join("/"), tag };
  return { repository: name, tag };
}

function tagPattern(template: string, pre = ""): RegExp {
  const escaped = template
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    .replace("\\{python\\}", `(3\\.\\d+)${pre}`);
  return new RegExp(`^${escaped}$`);
}

function intersection(lists: Architecture[][]): Architecture[] {
  const [first = [], ...rest] = lists;
  return first.filter((a) => rest.every((list) => list.includes(a)));
}

function leftOut(other: string[]): string | undefined {
  return other.length > 0
    ? `Also ${other.join(", ")}, not in this project's architecture list.`
    : undefined;
}

function runtimeVariant(image: ImageEntry) {
  return image.variants.find((v) => v.purpose === "runtime");
}

function compareOfficialPython(
  c: Collector,
  upstream: Upstream,
  file: string,
  dataFile: ImageEntry,
  minors: string[],
): void {
  const variant = runtimeVariant(dataFile);
  if (!variant) return;
  const { registry, repository, tag } = splitReference(variant.reference);
  if (registry || repository !== "python") return;
  const observations: Observation[] = [];
  const library = upstream.library.get("python");
  const suffix = tag.replace("{python}-", "");
  let tagged: Map<string, string[]> | undefined;
  if (library) {
    const pattern = tagPattern(tag);
    const pre = tagPattern(tag, "-rc");
    tagged = new Map();
    const prereleases: string[] = [];
    const unlisted: string[] = [];
    for (const entry of library.entries)
      for (const t of entry.tags) {
        const minor = pattern.exec(t)?.[1];
        if (minor && minors.includes(minor)) tagged.set(minor, entry.architectures);
        else if (minor) unlisted.push(minor);
        const rc = pre.exec(t)?.[1];
        if (rc) prereleases.push(t);
      }
    const notes = [
      prereleases.length > 0
        ? `Pre-release tags only: ${[...new Set(prereleases)].join(", ")}.`
        : "",
      unlisted.length > 0
        ? `Also tagged: ${[...new Set(unlisted)].join(", ")}, not in data/python-releases.json.`
        : "",
    ].filter((n) => n !== "");
    observations.push({
      source: "official-images",
      path: library.file,
      value: tagged.size > 0 ? [...tagged.keys()].sort(byMinor) : undefined,
      ...(notes.length > 0 ? { note: notes.join(" ") } : {}),
    });
  }
  const directories = upstream.pythonDirectories;
  if (directories) {
    const offered = directories.directories.filter(
      (d) => !d.prerelease && d.variants.includes(suffix) && minors.includes(d.minor),
    );
    const pre = directories.directories.filter((d) => d.prerelease && d.variants.includes(suffix));
    observations.push({
      source: "docker-library-python",
      path: directories.file,
      value: offered.length > 0 ? offered.map((d) => d.minor) : undefined,
      ...(pre.length > 0
        ? { note: `Pre-release only: ${pre.map((d) => `${d.minor} (${d.version})`).join(", ")}.` }
        : {}),
    });
  }
  c.compare(
    { file, field: "python.versions", pointer: ["python", "versions"], dataFile, unordered: true },
    observations,
  );
  if (library && tagged && tagged.size > 0) {
    const mapped = [...tagged.values()].map(fromBashbrew);
    c.compare(
      { file, field: "architectures", pointer: ["architectures"], dataFile, unordered: true },
      [
        {
          source: "official-images",
          path: library.file,
          value: intersection(mapped.map((m) => m.known)),
          note: leftOut([...new Set(mapped.flatMap((m) => m.other))].sort()),
        },
      ],
    );
  }
}

function compareDistroImage(
  c: Collector,
  upstream: Upstream,
  file: string,
  dataFile: ImageEntry,
): void {
  const variant = runtimeVariant(dataFile);
  if (!variant) return;
  const { registry, repository, tag } = splitReference(variant.reference);
  if (registry || repository.includes("/")) return;
  const library = upstream.library.get(repository);
  if (!library) return;
  const entries = library.entries.filter((e) => e.tags.includes(tag));
  const mapped = fromBashbrew([...new Set(entries.flatMap((e) => e.architectures))]);
  c.compare(
    { file, field: "architectures", pointer: ["architectures"], dataFile, unordered: true },
    [
      {
        source: "official-images",
        path: library.file,
        value: entries.length > 0 ? mapped.known : undefined,
        note:
          entries.length > 0
            ? leftOut(mapped.other)
            : `No tag ${tag} in library/${repository}: the image is no longer built.`,
      },
    ],
  );
}

function compareHardened(
  c: Collector,
  upstream: Upstream,
  dataFiles: DataDocuments,
  file: string,
  dataFile: ImageEntry,
  minors: string[],
): void {
  const variant = runtimeVariant(dataFile);
  if (!variant || upstream.definitions.length === 0 || !upstream.reads["dhi-catalog"]) return;
  const { registry, repository, tag } = splitReference(variant.reference);
  const image = `${registry}/${repository}`;
  const definitions = upstream.definitions.filter((d) => d.image === image);
  const matching = (template: string) => {
    const pattern = tagPattern(template);
    const found = new Map<string, (typeof definitions)[number]>();
    for (const d of definitions)
      for (const t of d.tags) {
        const minor = pattern.exec(t)?.[1];
        if (minor && minors.includes(minor)) found.set(minor, d);
      }
    return found;
  };
  const runtime = matching(tag);
  const path = (found: Map<string, (typeof definitions)[number]>) =>
    [...found.values()].map((d) => d.file).sort()[0] ?? `dhi-catalog/image/${repository}`;
  const offered = [...runtime.keys()].sort(byMinor);
  c.compare(
    { file, field: "python.versions", pointer: ["python", "versions"], dataFile, unordered: true },
    [
      {
        source: "dhi-catalog",
        path: path(runtime),
        value: offered.length > 0 ? offered : undefined,
        note: offered.length > 0 ? undefined : `No definition in the catalog is tagged ${tag}.`,
      },
    ],
  );
  if (offered.length === 0) return;
  // A hardened image's Python ends on its catalog definition's end of life. When the image has
  // its own record of that end (lifecycle.python), the catalog updates it; otherwise the engine
  // uses data/python-releases.json, and a difference is a question for a person.
  const releases = dataFiles.get("data/python-releases.json") as PythonReleases | undefined;
  for (const [minor, definition] of [...runtime].sort(([a], [b]) => byMinor(a, b))) {
    if (!definition.endOfLife) continue;
    const observation: Observation = {
      source: "dhi-catalog",
      path: definition.file,
      value: definition.endOfLife,
      note: `The hardened image ${image}:${tag.replace("{python}", minor)} ends on ${definition.endOfLife}.`,
    };
    if (dataFile.lifecycle?.python?.[minor]) {
      c.compare(
        {
          file,
          field: `lifecycle.python[${minor}]`,
          pointer: ["lifecycle", "python", minor],
          dataFile,
          codec: SUPPORT_END,
        },
        [observation],
      );
      continue;
    }
    const index = releases?.releases.findIndex((r) => r.version === minor) ?? -1;
    if (!releases || index < 0) continue;
    c.compare(
      {
        file: "data/python-releases.json",
        field: `releases[${minor}].endOfLife`,
        pointer: ["releases", index, "endOfLife"],
        dataFile: releases,
        codec: SUPPORT_END,
        crossCheck: true,
      },
      [
        {
          ...observation,
          note: `${observation.note} The engine dates that image's Python ${minor} by this field.`,
        },
      ],
    );
  }
  const platforms = [...runtime.values()].map((d) => fromPlatforms(d.platforms));
  c.compare(
    { file, field: "architectures", pointer: ["architectures"], dataFile, unordered: true },
    [
      {
        source: "dhi-catalog",
        path: path(runtime),
        value: intersection(platforms.map((p) => p.known)),
        note: leftOut([...new Set(platforms.flatMap((p) => p.other))].sort()),
      },
    ],
  );
  dataFile.variants.forEach((v, i) => {
    const { tag: template } = splitReference(v.reference);
    const found = matching(template);
    const users = [...new Set([...found.values()].map((d) => d.user))];
    const [user] = users;
    c.compare(
      { file, field: `variants[${v.id}].user`, pointer: ["variants", i, "user"], dataFile },
      [
        {
          source: "dhi-catalog",
          path: path(found),
          value: users.length === 1 ? user : undefined,
          note:
            found.size === 0
              ? `No definition in the catalog is tagged ${template}.`
              : users.includes(undefined)
                ? `A definition for ${template} runs as an account it does not define.`
                : users.length > 1
                  ? `The definitions for ${template} run as different users: ${users.join(", ")}.`
                  : undefined,
        },
      ],
    );
  });
}

function comparePackage(
  c: Collector,
  upstream: Upstream,
  file: string,
  dataFile: PackageEntry,
  minors: string[],
): void {
  if (!upstream.reads.pypi) return;
  const entry = upstream.projects.get(dataFile.name);
  const path = entry?.file ?? `pypi/${dataFile.name}.json`;
  dataFile.releases.forEach((range, i) => {
    const span = range.until ? `${range.from} to before ${range.until}` : `${range.from} and later`;
    const version = entry ? newestRelease(entry.project, range.from, range.until) : undefined;
    const silent = entry
      ? version
        ? undefined
        : `PyPI has no final release ${span}.`
      : `${dataFile.name} was not read from PyPI.`;
    const wheels = entry && version ? releaseWheels(entry.project, version, minors) : undefined;
    const base = `releases[${range.from}]`;
    c.compare(
      {
        file,
        field: `${base}.python`,
        pointer: ["releases", i, "python"],
        dataFile,
        unordered: true,
      },
      [
        {
          source: "pypi",
          path,
          value: wheels?.python,
          note: wheels ? `From the files of ${dataFile.name} ${version}.` : silent,
        },
      ],
    );
    for (const platform of WHEEL_PLATFORMS) {
      const fact = wheels?.wheels[platform];
      const libc = platform.startsWith("manylinux") ? "glibc" : "musl";
      const minimum = wheels?.minimum[libc];
      const needs =
        fact?.value === true && minimum
          ? ` Its ${platform.split("_")[0]} wheels need ${libc} ${minimum} or newer.`
          : "";
      c.compare(
        {
          file,
          field: `${base}.wheels.${platform}`,
          pointer: ["releases", i, "wheels", platform],
          dataFile,
        },
        [
          {
            source: "pypi",
            path,
            value: fact?.value,
            note: fact
              ? "note" in fact
                ? fact.note
                : `From the files of ${dataFile.name} ${version}.${needs}`
              : silent,
          },
        ],
      );
    }
  });
}

/** What a comparison of `dataFiles` looks up, so a live refresh fetches that and no more. */
export type Needs = {
  products: string[];
  libraries: string[];
  /** Hardened image repositories, such as dhi.io/python. */
  hardened: string[];
  packages: string[];
};

/** The upstream files the checks above read for these documents. */
export function upstreamNeeds(dataFiles: DataDocuments): Needs {
  const products = new Set<string>();
  const libraries = new Set<string>();
  const hardened = new Set<string>();
  const packages = new Set<string>();
  if (dataFiles.has("data/python-releases.json")) products.add("python");
  for (const distro of (dataFiles.get("data/distros.json") as Distros | undefined)?.distros ?? []) {
    const rule = distroLifecycle(distro.id);
    if (rule) products.add(rule.product);
  }
  for (const [file, dataFile] of dataFiles) {
    if (file.startsWith("data/packages/")) packages.add((dataFile as PackageEntry).name);
    if (!file.startsWith("data/images/")) continue;
    const image = dataFile as ImageEntry;
    const variant = runtimeVariant(image);
    if (image.status !== "supported" || !variant) continue;
    const { registry, repository } = splitReference(variant.reference);
    if ((image.family === "official-python" || image.family === "distro-python") && !registry)
      libraries.add(repository);
    if (image.family === "dhi" && registry) hardened.add(`${registry}/${repository}`);
  }
  const sorted = (set: Set<string>) => [...set].sort();
  return {
    products: sorted(products),
    libraries: sorted(libraries),
    hardened: sorted(hardened),
    packages: sorted(packages),
  };
}

function byRow(a: Row, b: Row): number {
  for (const key of ["file", "field", "url"] as const)
    if (a[key] !== b[key]) return a[key] < b[key] ? -1 : 1;
  return 0;
}

/** Compares every checkable fact of `dataFiles` with `upstream`. Rows are sorted by file and field. */
export function compareData(dataFiles: DataDocuments, upstream: Upstream): Comparison {
  const c = new Collector(upstream);
  const minors = comparePythonReleases(c, upstream, dataFiles);
  compareDistros(c, upstream, dataFiles);
  for (const [file, dataFile] of [...dataFiles].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (file.startsWith("data/images/")) {
      const image = dataFile as ImageEntry;
      if (image.status !== "supported") continue;
      if (image.family === "official-python")
        compareOfficialPython(c, upstream, file, image, minors);
      else if (image.family === "distro-python") compareDistroImage(c, upstream, file, image);
      else if (image.family === "dhi") compareHardened(c, upstream, dataFiles, file, image, minors);
    } else if (file.startsWith("data/packages/")) {
      comparePackage(c, upstream, file, dataFile as PackageEntry, minors);
    }
  }
  return { rows: c.rows.sort(byRow), changes: c.changes, checked: c.checked, same: c.same };
}
