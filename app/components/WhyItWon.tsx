import type { Ranked } from "../../src/index.ts";
import { imageById } from "../facts.ts";
import { CriteriaBars } from "./CriteriaBars.tsx";
import { ImageFacts } from "./ImageFacts.tsx";

/** The best image in full: what it is, the reasons as sentences, its scores and its sourced facts. */
export function WhyItWon({ best }: { best: Ranked }) {
  const image = imageById(best.id);
  return (
    <section aria-labelledby="why-heading" className="card space-y-4">
      <div>
        <h2 id="why-heading" className="text-lg font-semibold">
          Why it won
        </h2>
        {image && <p className="text-sm muted">{image.summary}</p>}
      </div>
      <ul className="list-disc space-y-1 pl-5 text-sm">
        {best.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
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
