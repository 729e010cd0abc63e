import {
  candidateEnds,
  defaultMatrix,
  describeEnd,
  earliestEnd,
  type Ranked,
  type SupportEnd,
} from "../../src/index.ts";
import { endSource, imageById, imageSource } from "../facts.ts";
import { SourceLink } from "./SourceLink.tsx";

const END_LABEL: Record<SupportEnd["kind"], string> = {
  image: "This image",
  distro: "Its distro",
  python: "Its Python",
};

/** Size, end of life, architectures and access of a ranked image, each with its source. */
export function ImageFacts({ row }: { row: Ranked }) {
  const image = imageById(row.id);
  if (!image) return null;
  const ends = candidateEnds(defaultMatrix, image, row.pythonVersion).filter(
    (e) => row.pythonVersion !== "unknown" || e.kind !== "python",
  );
  const first = earliestEnd(ends);
  const size = image.size.mb;
  const archs = image.architectures;
  const login = image.access.login;
  const runtime = image.variants.find((v) => v.purpose === "runtime");
  return (
    <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
      <dt className="muted">Base size</dt>
      <dd>
        {size.value === "unknown" ? "unknown" : `${size.value} MB`}{" "}
        <span className="muted">
          (uncompressed, base image only{image.size.estimate ? ", estimate" : ""})
        </span>{" "}
        <SourceLink source={imageSource(image, size.source)} />
      </dd>
      <dt className="muted">Security updates until</dt>
      <dd>
        {first?.date
          ? first.estimated
            ? `around ${first.date} (estimate)`
            : first.date
          : "unknown"}
        <span className="muted">, the earliest of:</span>
        <ul className="list-disc pl-5">
          {ends.map((end) => (
            <li key={end.kind}>
              {END_LABEL[end.kind]}
              {end.kind === "image" ? "" : ` (${end.owner})`}: {describeEnd(end)}{" "}
              <SourceLink source={endSource(image, end)} />
            </li>
          ))}
        </ul>
      </dd>
      <dt className="muted">libc · shell</dt>
      <dd>
        {row.libc} <SourceLink source={imageSource(image, image.libc.source)} /> ·{" "}
        {row.shell ? "shell" : "no shell"}{" "}
        <SourceLink source={imageSource(image, runtime?.shell.source)} />
      </dd>
      <dt className="muted">Architectures</dt>
      <dd>
        {archs.value === "unknown" ? "unknown" : archs.value.join(", ")}{" "}
        <SourceLink source={imageSource(image, archs.source)} />
      </dd>
      <dt className="muted">Access</dt>
      <dd>
        {login.value === "unknown"
          ? "unknown"
          : login.value
            ? "registry login needed"
            : "no login needed"}
        : <span className="muted">{image.access.notes}</span>{" "}
        <SourceLink source={imageSource(image, login.source)} />
      </dd>
    </dl>
  );
}
