import type { Ranked } from "../../src/index.ts";
import { imageById } from "../facts.ts";
import { CriteriaBars } from "./CriteriaBars.tsx";
import { ImageFacts } from "./ImageFacts.tsx";

/**
 * The recommended image. When its files would not build or start, `verdict` takes the score's
 * place: a score is not a verdict on files that fail.
 */
export function BestCard({ best, verdict }: { best: Ranked; verdict?: string | undefined }) {
  const image = imageById(best.id);
  return (
    <section
      aria-labelledby="best-heading"
      className={`card space-y-4 ${verdict ? "border-red-400 dark:border-red-700" : "border-teal-600 dark:border-teal-500"}`}
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="text-xs font-bold tracking-wide text-teal-800 uppercase dark:text-teal-300">
            Recommended base image
          </p>
          <h2 id="best-heading" className="text-xl font-semibold">
            {image?.name ?? best.id}
          </h2>
          <p className="mt-1 break-all font-mono text-sm" data-testid="best-reference">
            {best.reference}
          </p>
        </div>
        {verdict ? (
          <div className="sm:text-right">
            <p
              className="rounded-lg bg-red-700 px-3 py-1.5 font-semibold text-white"
              data-testid="verdict"
            >
              {verdict}
            </p>
            <p className="mt-1 text-xs muted tabular-nums">Ranks {best.score}/100 once it builds</p>
          </div>
        ) : (
          <p className="rounded-lg bg-teal-700 px-3 py-1 text-white tabular-nums">
            <span className="sr-only">Score </span>
            <span className="text-2xl font-bold">{best.score}</span>
            <span className="text-sm">/100</span>
          </p>
        )}
      </div>
      {image && <p className="muted">{image.summary}</p>}
      <div>
        <h3 className="mb-1 font-semibold">Why it won</h3>
        <ul className="list-disc space-y-1 pl-5 text-sm">
          {best.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <div>
          <h3 className="mb-2 font-semibold">Per criterion</h3>
          <CriteriaBars row={best} />
        </div>
        <div>
          <h3 className="mb-2 font-semibold">Facts</h3>
          <ImageFacts row={best} />
        </div>
      </div>
    </section>
  );
}
