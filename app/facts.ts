/** Looks up the data behind a ranked row, so the page can show each fact with its source. */
import type { ImageEntry, Source } from "../src/data/schema.ts";
import { defaultMatrix } from "../src/default-matrix.ts";

export function imageById(id: string): ImageEntry | undefined {
  return defaultMatrix.images.find((i) => i.id === id);
}

export function imageSource(image: ImageEntry, sourceId: string | undefined): Source | undefined {
  return sourceId ? image.sources.find((s) => s.id === sourceId) : undefined;
}

export function distroOf(image: ImageEntry) {
  const distro = defaultMatrix.distros.find((d) => d.id === image.distro);
  const source = distro?.endOfLife.source
    ? defaultMatrix.distroSources.find((s) => s.id === distro.endOfLife.source)
    : undefined;
  return { distro, source };
}

export function criterionLabel(id: string): string {
  return defaultMatrix.criteria.find((c) => c.id === id)?.label ?? id;
}
