/**
 * The build steps the harness keeps from one run to the next: in each stage, the steps before its
 * first COPY, ADD or bind mount. They read nothing of a fixture (on a stand-in base: ENV, the apt
 * installs, WORKDIR, the venv, the user), so they are the same for every fixture of an image and
 * for the next run, as a CI runner's Docker build cache keeps them. They are most of a build's time: on a quiet
 * machine the apt installs of build-essential, Poetry and the first python3 of a stage took 20 to
 * 30 s each, where a fixture's own steps take a few seconds.
 *
 * Everything else a row built (its image, and each layer from a stage's first COPY on) is removed
 * when the rows are done. A kept step's cache key is its parent layer and its instruction, as in
 * Docker: a rebuilt stand-in base or a changed generated line misses it. The kept layers that no
 * build of the run used are removed at its end, and those over a week old too (keepLayers).
 */
import { buildahOut, type LocalImage, localImages } from "./buildah.ts";

/** The name under which the kept layers are tagged, so removing a row's image leaves them. */
export const LAYER_CACHE = "localhost/base-image-advisor-harness/layer-cache";

/** A step's first line, "[stage/stages] STEP n/m: INSTRUCTION ...", and the line naming the image. */
const STEP = /^(?:\[\d+\/\d+\] )?STEP (\d+)\/\d+: (\S+)/;
const COMMIT = /^(?:\[\d+\/\d+\] )?COMMIT\b/;
/** The line `buildah bud` prints with the id of the layer a step committed (or took from cache). */
const COMMITTED = /^--> ([0-9a-f]{11,64})$/;

/**
 * Whether a RUN step's mounts bring in files: a bind mount (the default type) of the context or of
 * another stage (uv's lock, for one). Cache, tmpfs, secret and ssh mounts hold no fixture file.
 */
function mountsFiles(step: string): boolean {
  return [...step.matchAll(/--mount=(\S+)/g)].some((mount) => {
    const type = /(?:^|,)type=([a-z]+)/.exec(mount[1] ?? "")?.[1] ?? "bind";
    return !["cache", "tmpfs", "secret", "ssh"].includes(type);
  });
}

/**
 * The ids of the layers that `buildah bud` output says were committed by steps before their stage's
 * first COPY, ADD or bind mount (COPY --from too: it brings another stage's files, which hold the
 * fixture's).
 */
export function contextFreeLayers(buildOutput: string): string[] {
  const ids: string[] = [];
  /** Whether each named stage read the context by its end: a stage FROM it starts where it ended. */
  const stages = new Map<string, boolean>();
  let stage = "";
  let readsContext = false;
  let awaitingId = false;
  for (const line of buildOutput.split("\n")) {
    const step = STEP.exec(line);
    if (step) {
      if (step[1] === "1") {
        stages.set(stage, readsContext);
        // FROM [--platform=...] image [AS name]
        const [, from = "", name = ""] =
          /FROM\s+(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?/i.exec(line) ?? [];
        readsContext = stages.get(from.toLowerCase()) ?? false;
        stage = name.toLowerCase();
      }
      if (/^(COPY|ADD)$/i.test(step[2] ?? "") || mountsFiles(line)) readsContext = true;
      awaitingId = !readsContext;
      continue;
    }
    // The row's own image: never kept, whatever its last stage read.
    if (COMMIT.test(line)) awaitingId = false;
    const committed = COMMITTED.exec(line.trim());
    if (committed && awaitingId) {
      ids.push(committed[1] as string);
      awaitingId = false;
    }
  }
  return ids;
}

/** The ids of every layer that `buildah bud` output says a step committed or took from cache. */
export function builtLayers(buildOutput: string): string[] {
  return buildOutput
    .split("\n")
    .map((line) => COMMITTED.exec(line.trim())?.[1])
    .filter((id): id is string => id !== undefined);
}

/**
 * A kept layer is built again after a week: the apt installs in it then run against the archive as
 * it is now, as a user's first build would, rather than as it was when the layer was made.
 */
const MAX_AGE_SECONDS = 7 * 24 * 3600;

/**
 * After the rows: tags the layers in `keep` (ids or their prefixes) under LAYER_CACHE, and removes
 * the other layers the rows' builds printed (`made`, their images' included) and every kept layer
 * that no build used this time or that is over a week old. Only what the rows built or this cache
 * holds is touched: the stand-in bases, and any image of another user of the same storage, stay.
 * `keep` undefined means the rows did not finish: the earlier runs' kept layers then stay. One
 * `rmi` call: buildah keeps a layer that another image still uses until that image goes too.
 */
export async function keepLayers(
  made: readonly string[],
  keep: readonly string[] | undefined,
): Promise<{ kept: number; removed: number }> {
  const images = await localImages();
  const among = (ids: readonly string[]) => (image: LocalImage) =>
    ids.some((id) => image.id.startsWith(id) || id.startsWith(image.id));
  const cached = (image: LocalImage) => image.names.some((n) => n.startsWith(`${LAYER_CACHE}:`));
  const stale = (image: LocalImage) =>
    cached(image) && Date.now() / 1000 - image.created >= MAX_AGE_SECONDS;
  const listed = keep ? among(keep) : cached;
  const wanted = (image: LocalImage) => listed(image) && !stale(image);
  const madeHere = among(made);
  let kept = 0;
  for (const image of images.filter(wanted)) {
    kept += 1;
    if (!cached(image)) await buildahOut(["tag", image.id, `${LAYER_CACHE}:${image.id}`]);
  }
  const unused = images
    .filter((image) => !wanted(image) && (madeHere(image) || cached(image)))
    .map((image) => image.id);
  if (unused.length > 0) await buildahOut(["rmi", "--force", ...unused]);
  return { kept, removed: unused.length };
}
