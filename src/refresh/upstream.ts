/**
 * The upstream side of a refresh: a snapshot (files by path, in their native formats, with the day
 * each source was read) parsed into what the comparison looks up. A folder of snapshots and a live
 * fetch produce the same snapshot, so one comparison serves both.
 *
 * Paths follow the upstream repositories' own layouts under one folder per source:
 *   endoflife.date/products/<product>.md        (or any endoflife.date/**.json: API v1 answers)
 *   official-images/library/<repository>
 *   docker-library-python/versions.json
 *   dhi-catalog/image/<name>/<os>/<tag>.yaml
 *   pypi/<name>.json                            (Simple API JSON, PEP 691)
 */
import { type Definition, isDefinitionFile, parseDefinition } from "./dhi-catalog.ts";
import { type PythonDirectory, parseVersionsJson } from "./docker-python-versions.ts";
import { type Product, parseProductApi, parseProductPage } from "./endoflife-date.ts";
import { type LibraryEntry, parseLibraryFile } from "./official-images.ts";
import { parseSimpleProject, type SimpleProject } from "./pypi-simple.ts";
import { UpstreamFormatError } from "./upstream-error.ts";

/** The sources, named as their snapshot folders and `--as-of` name them. */
export const SOURCE_IDS = [
  "endoflife.date",
  "official-images",
  "docker-library-python",
  "dhi-catalog",
  "pypi",
] as const;
/** One of SOURCE_IDS. */
export type SourceId = (typeof SOURCE_IDS)[number];

/** Where a source's files can be read by a person, and what it is called. */
const SOURCE_PAGES: Record<SourceId, { repository?: string; branch?: string; title: string }> = {
  "endoflife.date": {
    repository: "endoflife-date/endoflife.date",
    branch: "master",
    title: "endoflife.date",
  },
  "official-images": {
    repository: "docker-library/official-images",
    branch: "master",
    title: "docker-library/official-images",
  },
  "docker-library-python": {
    repository: "docker-library/python",
    branch: "master",
    title: "docker-library/python",
  },
  "dhi-catalog": {
    repository: "docker-hardened-images/catalog",
    branch: "main",
    title: "docker-hardened-images/catalog",
  },
  pypi: { title: "PyPI Simple API" },
};

/** How one source was read: the day, and for a repository snapshot the commit. */
export type SourceRead = { date: string; commit?: string; live: boolean };

/** Upstream files by path (see the layout above) and how each source was read. */
export type Snapshot = {
  files: ReadonlyMap<string, string>;
  reads: Partial<Record<SourceId, SourceRead>>;
};

/** The parsed snapshot, by source, for the comparison to look up. */
export type Upstream = {
  reads: Partial<Record<SourceId, SourceRead>>;
  products: Map<string, { product: Product; file: string }>;
  library: Map<string, { entries: LibraryEntry[]; file: string }>;
  pythonDirectories?: { directories: PythonDirectory[]; file: string };
  definitions: Definition[];
  projects: Map<string, { project: SimpleProject; file: string }>;
  /** Files under no known layout, listed so a misplaced file does not go unnoticed. */
  ignored: string[];
};

/** The source a snapshot path belongs to, by its first folder. */
export function sourceOf(path: string): SourceId | undefined {
  const first = path.split("/")[0];
  return SOURCE_IDS.find((id) => id === first);
}

/**
 * A page a person can open for `path`: the file at the snapshot's commit on GitHub, the live API
 * address for PyPI and endoflife.date answers read live.
 */
export function pageFor(path: string, read: SourceRead | undefined): string {
  const source = sourceOf(path);
  const rest = path.slice(path.indexOf("/") + 1);
  if (source === "pypi") return `https://pypi.org/simple/${rest.replace(/\.json$/, "")}/`;
  if (source === "endoflife.date" && rest.endsWith(".json")) {
    const product = rest.replace(/^.*\//, "").replace(/\.json$/, "");
    return `https://endoflife.date/api/v1/products/${product}`;
  }
  const page = source ? SOURCE_PAGES[source] : undefined;
  const ref = read?.commit ?? page?.branch ?? "main";
  return `https://github.com/${page?.repository ?? "unknown"}/blob/${ref}/${rest}`;
}

/** A short title for a source file, for the sources a write adds to data/. */
export function titleFor(path: string, read: SourceRead | undefined): string {
  const source = sourceOf(path);
  const rest = path.slice(path.indexOf("/") + 1);
  const title = source ? SOURCE_PAGES[source].title : path;
  const at = read?.commit ? ` at ${read.commit.slice(0, 12)}` : read?.live ? " (live)" : "";
  return `${title} ${rest}${at}, read by npm run refresh`;
}

/**
 * Every source with files needs the day it was read, or keep-newer could not be decided. The one
 * date a snapshot can carry itself is the API's `generated_at` (all endoflife.date files in API
 * form); otherwise the date must be given (`--as-of`, or the folder's manifest).
 */
function datedBySnapshot(upstream: Upstream, snapshot: Snapshot): void {
  const reads = { ...snapshot.reads };
  const generated = [...upstream.products.values()].map((p) => p.product.generated);
  if (!reads["endoflife.date"] && generated.length > 0 && generated.every((g) => g !== undefined))
    reads["endoflife.date"] = { date: generated.sort()[0] as string, live: false };
  for (const id of SOURCE_IDS) {
    if (!reads[id] && [...snapshot.files.keys()].some((path) => sourceOf(path) === id))
      throw new UpstreamFormatError(
        id,
        `no date for this snapshot: give --as-of ${id}=YYYY-MM-DD (the day it was taken)`,
      );
  }
  upstream.reads = reads;
}

/**
 * Parses every file of the snapshot. Throws UpstreamFormatError (naming the file) on the first
 * malformed one: a refresh on half-read input would report drift that is not there.
 */
export function readUpstream(snapshot: Snapshot): Upstream {
  const upstream: Upstream = {
    reads: snapshot.reads,
    products: new Map(),
    library: new Map(),
    definitions: [],
    projects: new Map(),
    ignored: [],
  };
  for (const [file, text] of [...snapshot.files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (/^endoflife\.date\/products\/[^/]+\.md$/.test(file)) {
      const product = parseProductPage(file, text);
      upstream.products.set(product.product, { product, file });
    } else if (/^endoflife\.date\/.+\.json$/.test(file)) {
      const product = parseProductApi(file, text);
      upstream.products.set(product.product, { product, file });
    } else if (/^official-images\/library\/[^/.]+$/.test(file)) {
      const repository = file.slice("official-images/library/".length);
      upstream.library.set(repository, { entries: parseLibraryFile(file, text), file });
    } else if (file === "docker-library-python/versions.json") {
      upstream.pythonDirectories = { directories: parseVersionsJson(file, text), file };
    } else if (file.startsWith("dhi-catalog/image/") && isDefinitionFile(file)) {
      upstream.definitions.push(parseDefinition(file, text));
    } else if (/^pypi\/[^/]+\.json$/.test(file)) {
      const project = parseSimpleProject(file, text);
      upstream.projects.set(file.slice("pypi/".length, -".json".length), { project, file });
    } else if (!file.endsWith("/info.yaml")) {
      upstream.ignored.push(file);
    }
  }
  datedBySnapshot(upstream, snapshot);
  return upstream;
}
