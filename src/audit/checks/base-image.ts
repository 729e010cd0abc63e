/**
 * Each stage's base image against the data: support dates (the distribution's or the image's own,
 * and the Python's), tags that move or are no longer rebuilt, and bases the matrix does not know.
 * Dates and their sources come from data/ through the engine's lifecycle rules (lifecycle.ts), so
 * the audit and the advisor never disagree about when something ends.
 */
import { offeredPythonVersions } from "../../answers.ts";
import { known } from "../../data/fact.ts";
import type { ImageEntry, Matrix, Source } from "../../data/schema.ts";
import {
  candidateEnds,
  distroEnd,
  earliestEnd,
  effectivePythonVersion,
  imageEnds,
  isPast,
  pythonReleaseEnd,
  type SupportEnd,
} from "../../lifecycle.ts";
import type { Published } from "../match-base.ts";
import { type Finding, type FindingCode, finding, type Span } from "../rules.ts";
import type { Stage } from "../stages.ts";
import { type AuditContext, type Check, stageLabel } from "./context.ts";

function cite(
  sources: Source[],
  id: string | undefined,
): { title: string; url: string; read: string }[] {
  const source = id ? sources.find((s) => s.id === id) : undefined;
  return source ? [{ title: source.title, url: source.url, read: source.read }] : [];
}

/** The source an end cites, from the data file it is in. */
function sourcesOf(matrix: Matrix, image: ImageEntry | undefined, end: SupportEnd) {
  const list =
    end.file === "image"
      ? (image?.sources ?? [])
      : end.file === "distros"
        ? matrix.distroSources
        : matrix.pythonSources;
  return cite(list, end.source);
}

function entriesOf(stage: Stage): Published[] {
  return stage.entry ? [stage.entry] : stage.match.entries;
}

type Located = { end: SupportEnd; image: ImageEntry | undefined };

/**
 * The ends that apply to a stage's base: per matrix entry, the engine's own (the image's, the
 * distro's and, for a Python the image itself carries, the Python's); for a floating tag the
 * latest of each kind, since the tag follows its publisher's newest release. A base the matrix
 * does not list gets what its tag names: the distribution's end and the Python's.
 */
function stageEnds(matrix: Matrix, stage: Stage): Located[] {
  const entries = entriesOf(stage);
  const python = stage.python;
  // A distribution's own Python is patched by the distribution: its end is the distro's. A
  // versioned package a distribution carries beside it (distro-versioned) ends with upstream.
  const distroPatched =
    python?.via === "package" &&
    (entries.length === 0 || entries.every((e) => e.image.python.provision === "distro-package"));
  const ownPython = python && !distroPatched ? python.version : undefined;
  if (entries.length === 0) {
    const ends: Located[] = [];
    if (stage.distro) ends.push({ end: distroEnd(stage.distro), image: undefined });
    const release = ownPython ? pythonReleaseEnd(matrix, ownPython) : undefined;
    if (release) ends.push({ end: release, image: undefined });
    return ends;
  }
  const latest = new Map<SupportEnd["kind"], Located>();
  for (const entry of entries) {
    const ends = ownPython
      ? candidateEnds(matrix, entry.image, ownPython)
      : imageEnds(matrix, entry.image);
    for (const end of ends) {
      const seen = latest.get(end.kind);
      if (!seen || (end.date ?? "") > (seen.end.date ?? ""))
        latest.set(end.kind, { end, image: entry.image });
    }
  }
  return [...latest.values()];
}

const CODES: Record<SupportEnd["kind"], { ended: FindingCode; soon: FindingCode }> = {
  distro: { ended: "distro-end-of-life", soon: "distro-ends-soon" },
  python: { ended: "python-end-of-life", soon: "python-ends-soon" },
  image: { ended: "image-end-of-life", soon: "image-ends-soon" },
};

/** "on 2028-06-30", or "around 2027-11-09 (an estimate: ...)" for an end known as a rule. */
function when(end: SupportEnd): string {
  return end.estimated ? `around ${end.date} (an estimate: ${end.basis})` : `on ${end.date}`;
}

function lifecycleFindings(context: AuditContext, stage: Stage): Finding[] {
  const { matrix, today, horizon, final } = context;
  const findings: Finding[] = [];
  const span: Span = {
    line: stage.baseSpan.line,
    column: stage.baseSpan.column,
    endColumn: stage.baseSpan.endColumn,
  };
  const where = `${stage.resolved} (${stageLabel(stage, final)})`;
  for (const { end, image } of stageEnds(matrix, stage)) {
    if (end.date === undefined) continue;
    const past = isPast(end.date, today);
    if (!past && end.date > horizon) continue;
    const code = CODES[end.kind][past ? "ended" : "soon"];
    const extra = { stage: stage.index, sources: sourcesOf(matrix, image, end) };
    const python = stage.python;
    const pythonSpan =
      python && python.line !== stage.from.span.line ? { line: python.line } : span;
    if (end.kind === "python") {
      const nearest = effectivePythonVersion(
        matrix,
        python?.version ?? "",
        offeredPythonVersions(matrix),
        today,
      );
      findings.push(
        finding(
          code,
          pythonSpan,
          past
            ? `${where} runs ${end.owner}, which reached end of life ${when(end)}: it gets no security fixes, and new releases of many libraries no longer support it.`
            : `${where} runs ${end.owner}, which stops getting security fixes ${when(end)}, within a year.`,
          past
            ? nearest !== python?.version
              ? `Move the app to Python ${nearest} (the nearest supported version) and test it.`
              : "Move the app to a supported Python and test it."
            : "Plan the upgrade to a newer Python now.",
          extra,
        ),
      );
    } else if (end.kind === "distro") {
      const packaged =
        python?.via === "package"
          ? ` The Python it packages (${python.version}, line ${python.line}) gets no fixes from it either.`
          : "";
      const meaning =
        stage.distro?.eolMeaning ??
        (image ? matrix.distros.find((d) => d.id === image.distro)?.eolMeaning : undefined);
      findings.push(
        finding(
          code,
          span,
          past
            ? `${where}: ${end.owner} stopped getting free security updates ${when(end)}.${meaning ? ` ${meaning}` : ""}${packaged}`
            : `${where}: ${end.owner} stops getting free security updates ${when(end)}, within a year.`,
          past
            ? "Move to a supported base image; the migration below shows the one the advisor recommends for this app."
            : "Plan the move to a newer release of the base image.",
          extra,
        ),
      );
    } else {
      findings.push(
        finding(
          code,
          span,
          past
            ? `${where}: its publisher has most likely stopped rebuilding ${end.owner} ${when(end)}: ${end.rule ?? "the image's own end"}.`
            : `${where}: its publisher will most likely stop rebuilding ${end.owner} ${when(end)}, within a year: ${end.rule ?? "the image's own end"}.`,
          past
            ? "Move to the publisher's newer variant; the migration below shows the one the advisor recommends."
            : "Plan the move to the publisher's newer variant, and pin the current one by digest meanwhile.",
          extra,
        ),
      );
    }
  }
  const ended = findings.some((f) => f.code.endsWith("-end-of-life"));
  const entries = entriesOf(stage);
  if (!ended && entries.length > 0 && entries.every((e) => e.image.status === "end-of-life")) {
    const image = entries[0]?.image as ImageEntry;
    findings.push(
      finding(
        "unmaintained-tag",
        span,
        `${where}: the matrix marks ${image.name} as end of life: ${image.summary}`,
        "Move to a supported base image; the migration below shows one.",
        { stage: stage.index, sources: cite(image.sources, image.sources[0]?.id) },
      ),
    );
  }
  return findings;
}

function tagFindings(context: AuditContext, stage: Stage): Finding[] {
  const { reference, match } = stage;
  if (!reference) return [];
  const findings: Finding[] = [];
  const span: Span = {
    line: stage.baseSpan.line,
    column: stage.baseSpan.column,
    endColumn: stage.baseSpan.endColumn,
  };
  const extra = { stage: stage.index };
  const entries = entriesOf(stage);
  const pinned = reference.digest !== undefined;
  // As the advisor says it: a latest-only image, or a matrix reference on a latest tag.
  const moving =
    entries.length > 0 &&
    entries.every(
      (e) => e.image.python.provision === "latest-only" || /:latest$/.test(e.reference),
    );
  if (!pinned && moving)
    findings.push(
      finding(
        "moving-tag",
        span,
        `${stage.resolved} is a moving tag: its Python version and packages change when the publisher updates it.`,
        `Pin it by digest (FROM ${stage.resolved}@sha256:<digest>; docker buildx imagetools inspect ${stage.resolved} prints it) and let Renovate or Dependabot propose updates.`,
        extra,
      ),
    );
  else if (
    !pinned &&
    match.how !== "exact" &&
    (reference.tag === undefined || reference.tag === "latest")
  )
    findings.push(
      finding(
        "latest-tag",
        span,
        `${stage.resolved} ${reference.tag === undefined ? "has no tag, so Docker pulls latest" : "uses the latest tag"}: a rebuild can bring a different distribution release or Python without any change to this file.`,
        "Name a version tag (and pin its digest for repeatable builds).",
        extra,
      ),
    );
  if (!pinned && match.how === "floating") {
    const tags = [...new Set(match.entries.map((e) => e.reference))];
    const best =
      context.matrix.images.length > 0 ? pinnedChoice(context.matrix, match.entries) : undefined;
    findings.push(
      finding(
        "floating-distro",
        span,
        `${stage.resolved} does not name its distribution release: the publisher moves it to the next release when one ships, changing libc and system library versions under the build. The matrix lists ${tags.length > 4 ? `${tags.slice(0, 4).join(", ")} and ${tags.length - 4} more` : tags.join(", ")} for it.${match.python === undefined ? " Its Python version moves too." : ""}`,
        best ? `Pin the release: FROM ${best}.` : "Name the distribution release in the tag.",
        extra,
      ),
    );
  }
  if (match.how === "none" || match.how === "pattern") {
    const said = [
      match.python ? `Python ${match.python}` : undefined,
      stage.distro ? stage.distro.name : undefined,
    ].filter(Boolean);
    const listed =
      match.how === "pattern" && entries[0]
        ? ` The matrix lists ${entries[0].variant.reference} for Python ${(known(entries[0].image.python.versions) ?? []).join(", ")} only.`
        : "";
    findings.push(
      finding(
        "base-not-in-matrix",
        span,
        `${stage.resolved} is not an image the matrix lists, so its support dates, shell, default user and ENTRYPOINT are not known here${said.length > 0 ? ` beyond what its tag says (${said.join(", ")})` : ""}.${listed}`,
        "Compare it with the advisor's recommendation, or add it to data/images/ with sourced facts.",
        extra,
      ),
    );
  }
  return findings;
}

/** Of the tags a floating one may be, the supported one with the latest support end. */
function pinnedChoice(matrix: Matrix, entries: Published[]): string | undefined {
  const supported = entries.filter((e) => e.image.status === "supported");
  const ranked = supported
    .map((e) => ({ e, end: earliestEnd(imageEnds(matrix, e.image))?.date ?? "" }))
    .sort((a, b) => (a.end < b.end ? 1 : a.end > b.end ? -1 : 0));
  return ranked[0]?.e.reference;
}

/** Support dates, tags and matrix membership of every stage's base. */
export const baseImageChecks: Check = (context) =>
  context.stages
    .filter((s) => s.parent === undefined && !s.scratch)
    .flatMap((stage) => [...lifecycleFindings(context, stage), ...tagFindings(context, stage)]);
