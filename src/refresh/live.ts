/**
 * `--live`: the upstream files fetched over the network into the same snapshot a folder gives, every
 * source dated the day given as today. The fetch is passed in (the command passes the platform's
 * fetch, tests a fake that answers from fixtures), so this module has no network of its own.
 */

import { z } from "zod";
import type { Needs } from "./compare.ts";
import { isDefinitionFile } from "./dhi-catalog.ts";
import { SIMPLE_JSON_ACCEPT } from "./pypi-simple.ts";
import type { Snapshot, SourceId } from "./upstream.ts";
import { checkShape, parseJsonFile, UpstreamFormatError } from "./upstream-error.ts";

/** The part of the Fetch API the refresh uses. */
export type Fetch = (
  url: string,
  init: { headers: Record<string, string> },
) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

/** A request that did not answer 200: the URL and the status, for the error message. */
export class LiveFetchError extends Error {
  constructor(
    readonly url: string,
    readonly status: number,
  ) {
    super(`${url}: HTTP ${status}`);
    this.name = "LiveFetchError";
  }
}

/** Where each source is read live. */
const LIVE = {
  endoflife: (product: string) => `https://endoflife.date/api/v1/products/${product}`,
  library: (repository: string) =>
    `https://raw.githubusercontent.com/docker-library/official-images/master/library/${repository}`,
  pythonVersions: "https://raw.githubusercontent.com/docker-library/python/master/versions.json",
  catalogTree:
    "https://api.github.com/repos/docker-hardened-images/catalog/git/trees/main?recursive=1",
  catalogFile: (path: string) =>
    `https://raw.githubusercontent.com/docker-hardened-images/catalog/main/${path}`,
  pypi: (name: string) => `https://pypi.org/simple/${name}/`,
};

const treeSchema = z.looseObject({
  tree: z.array(z.looseObject({ path: z.string(), type: z.string() })),
  truncated: z.boolean().optional(),
});

/** At most this many requests at once: polite to the hosts, and quick enough for ~150 files. */
const PARALLEL = 6;

async function inBatches<T>(items: T[], work: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += PARALLEL)
    await Promise.all(items.slice(i, i + PARALLEL).map(work));
}

/**
 * Fetches what `needs` lists. A package PyPI does not know (404) is left out, so the report says it
 * was not read; any other failure throws, since a half-read upstream would report false drift.
 */
export async function fetchLive(needs: Needs, fetch: Fetch, today: string): Promise<Snapshot> {
  const files = new Map<string, string>();
  const get = async (url: string, headers: Record<string, string> = {}) => {
    const response = await fetch(url, {
      headers: { "User-Agent": "base-image-advisor-refresh", ...headers },
    });
    if (!response.ok) throw new LiveFetchError(url, response.status);
    return response.text();
  };
  await inBatches(needs.products, async (product) => {
    files.set(`endoflife.date/api/v1/products/${product}.json`, await get(LIVE.endoflife(product)));
  });
  await inBatches(needs.libraries, async (repository) => {
    files.set(`official-images/library/${repository}`, await get(LIVE.library(repository)));
  });
  if (needs.libraries.includes("python"))
    files.set("docker-library-python/versions.json", await get(LIVE.pythonVersions));
  if (needs.hardened.length > 0) {
    const treeFile = "dhi-catalog (git tree)";
    const tree = checkShape(
      treeFile,
      treeSchema,
      parseJsonFile(treeFile, await get(LIVE.catalogTree)),
    );
    if (tree.truncated)
      throw new UpstreamFormatError(
        treeFile,
        "the listing is truncated, so definitions would be missed",
      );
    const folders = needs.hardened.map((image) => `image/${image.slice(image.indexOf("/") + 1)}/`);
    const paths = tree.tree
      .filter(
        (e) =>
          e.type === "blob" &&
          isDefinitionFile(e.path) &&
          folders.some((f) => e.path.startsWith(f)),
      )
      .map((e) => e.path)
      .sort();
    await inBatches(paths, async (path) => {
      files.set(`dhi-catalog/${path}`, await get(LIVE.catalogFile(path)));
    });
  }
  await inBatches(needs.packages, async (name) => {
    try {
      files.set(`pypi/${name}.json`, await get(LIVE.pypi(name), { Accept: SIMPLE_JSON_ACCEPT }));
    } catch (error) {
      if (!(error instanceof LiveFetchError && error.status === 404)) throw error;
    }
  });
  const sources: SourceId[] = [
    "endoflife.date",
    "official-images",
    "docker-library-python",
    "dhi-catalog",
    "pypi",
  ];
  const reads: Snapshot["reads"] = {};
  for (const id of sources)
    if ([...files.keys()].some((path) => path.startsWith(`${id}/`)))
      reads[id] = { date: today, live: true };
  return { files, reads };
}
