/** Looks up the data behind a ranked row, so the page can show each fact with its source. */
import { defaultMatrix, type ImageEntry, type Source, type SupportEnd } from "../src/index.ts";

export function imageById(id: string): ImageEntry | undefined {
  return defaultMatrix.images.find((i) => i.id === id);
}

export function imageSource(image: ImageEntry, sourceId: string | undefined): Source | undefined {
  return sourceId ? image.sources.find((s) => s.id === sourceId) : undefined;
}

/** The source of an end of support, looked up in the file the fact comes from. */
export function endSource(image: ImageEntry, end: SupportEnd): Source | undefined {
  if (!end.source) return undefined;
  const sources =
    end.file === "image"
      ? image.sources
      : end.file === "distros"
        ? defaultMatrix.distroSources
        : defaultMatrix.pythonSources;
  return sources.find((s) => s.id === end.source);
}

export function criterionLabel(id: string): string {
  return defaultMatrix.criteria.find((c) => c.id === id)?.label ?? id;
}
