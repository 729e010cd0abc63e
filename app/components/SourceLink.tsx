import type { Source } from "../../src/index.ts";

/** A fact's source: the page, and the day it was read. */
export function SourceLink({ source }: { source: Source | undefined }) {
  if (!source) return null;
  return (
    <a
      href={source.url}
      className="link text-xs whitespace-nowrap"
      title={source.title}
      rel="noreferrer"
      target="_blank"
    >
      source, read {source.read}
    </a>
  );
}
