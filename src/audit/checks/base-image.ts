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
  effectivePythonVersion,
  imagePythonEndOfLife,
  imageSupport,
  isPast,
  pythonEndOfLife,
} from "../../lifecycle.ts";
import type { Published } from "../match-base.ts";
import { type Finding, finding, type Span } from "../rules.ts";
import type { Stage } from "../stages.ts";
import { type AuditContext, type Check, stageLabel } from "./context.ts";

type End = { date: string; owner: string; meaning: string | undefined; sources: Source[] };

function cite(sources: Source[], id: string | undefined): Source[] {
  const source = id ? sources.find((s) => s.id === id) : undefined;
  return source ? [source] : [];
}

function asCitation(sources: Source[]) {
  return sources.map(({ title, url, read }) => ({ title, url, read }));
}

/** When an image stops getting security fixes, whose end that is, and the source that says so. */
function supportEnd(matrix: Matrix, image: ImageEntry): End | undefined {
  const { end, owner } = imageSupport(matrix, image);
  if (end === undefined || owner === undefined) return undefined;
  if (owner === image.name)
    return {
      date: end,
      owner,
      meaning: image.endOfLife?.note,
      sources: cite(image.sources, image.endOfLife?.source),
    };
  const distro = matrix.distros.find((d) => d.id === image.distro);
  return {
    date: end,
    owner,
    meaning: distro?.eolMeaning,
    sources: cite(matrix.distroSources, distro?.endOfLife.source),
  };
}

function pythonSources(matrix: Matrix, version: string): Source[] {
  const release = matrix.pythonReleases.find((r) => r.version === version);
  return cite(matrix.pythonSources, release?.endOfLife.source);
}

/** The latest of the ends: a floating tag follows its publisher's newest release. */
function latest(ends: (End | undefined)[]): End | undefined {
  const dates = ends.filter((e): e is End => e !== undefined);
  return dates.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))[0];
}

function entriesOf(stage: Stage): Published[] {
  return stage.entry ? [stage.entry] : stage.match.entries;
}

function lifecycleFindings(context: AuditContext, stage: Stage): Finding[] {
  const { matrix, today, horizon, final } = context;
  const findings: Finding[] = [];
  const entries = entriesOf(stage);
  const span: Span = {
    line: stage.baseSpan.line,
    column: stage.baseSpan.column,
    endColumn: stage.baseSpan.endColumn,
  };
  const where = `${stage.resolved} (${stageLabel(stage, final)})`;
  const extra = (sources: Source[]) => ({ stage: stage.index, sources: asCitation(sources) });

  const distro = stage.distro;
  const support =
    entries.length > 0
      ? latest(entries.map((e) => supportEnd(matrix, e.image)))
      : distro && known(distro.endOfLife)
        ? {
            date: known(distro.endOfLife) as string,
            owner: distro.name,
            meaning: distro.eolMeaning,
            sources: cite(matrix.distroSources, distro.endOfLife.source),
          }
        : undefined;
  if (support && isPast(support.date, today))
    findings.push(
      finding(
        "distro-end-of-life",
        span,
        `${where}: ${support.owner} stopped getting free security updates on ${support.date}.${support.meaning ? ` ${support.meaning}` : ""}${stage.python?.via === "package" ? ` The Python it packages (${stage.python.version}, line ${stage.python.line}) gets no fixes from it either.` : ""}`,
        "Move to a supported base image; the migration below shows the one the advisor recommends for this app.",
        extra(support.sources),
      ),
    );
  else if (support && support.date <= horizon)
    findings.push(
      finding(
        "distro-ends-soon",
        span,
        `${where}: ${support.owner} stops getting free security updates on ${support.date}, within a year.`,
        "Plan the move to a newer release of the base image.",
        extra(support.sources),
      ),
    );

  const python = stage.python;
  if (python && stage.parent === undefined) {
    // A distribution's own Python is patched by the distribution: its end is the one above.
    const distroPackaged =
      python.via === "package" ||
      (python.via === "base" &&
        entries.length > 0 &&
        entries.every((e) => e.image.python.provision === "distro-package"));
    const end = distroPackaged
      ? undefined
      : entries.length > 0 && python.via === "base"
        ? latestDate(entries.map((e) => imagePythonEndOfLife(matrix, e.image, python.version)))
        : pythonEndOfLife(matrix, python.version);
    const pythonSpan = python.line === stage.from.span.line ? span : { line: python.line };
    const nearest = effectivePythonVersion(
      matrix,
      python.version,
      offeredPythonVersions(matrix),
      today,
    );
    if (end && isPast(end, today))
      findings.push(
        finding(
          "python-end-of-life",
          pythonSpan,
          `${where} runs Python ${python.version}, which reached end of life on ${end}: it gets no security fixes, and new releases of many libraries no longer support it.`,
          nearest !== python.version
            ? `Move the app to Python ${nearest} (the nearest supported version) and test it.`
            : "Move the app to a supported Python and test it.",
          extra(pythonSources(matrix, python.version)),
        ),
      );
    else if (end && end <= horizon)
      findings.push(
        finding(
          "python-ends-soon",
          pythonSpan,
          `${where} runs Python ${python.version}, which stops getting security fixes on ${end}, within a year.`,
          "Plan the upgrade to a newer Python now.",
          extra(pythonSources(matrix, python.version)),
        ),
      );
  }

  const ended = findings.some(
    (f) => f.code === "distro-end-of-life" || f.code === "python-end-of-life",
  );
  if (!ended && entries.length > 0 && entries.every((e) => e.image.status === "end-of-life")) {
    const image = entries[0]?.image as ImageEntry;
    findings.push(
      finding(
        "unmaintained-tag",
        span,
        `${where}: the matrix marks ${image.name} as end of life: ${image.summary}`,
        "Move to a supported base image; the migration below shows one.",
        extra(image.sources),
      ),
    );
  }
  return findings;
}

function latestDate(dates: (string | undefined)[]): string | undefined {
  return dates
    .filter((d): d is string => d !== undefined)
    .sort()
    .at(-1);
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
  const moving =
    entries.length > 0 && entries.every((e) => e.image.python.provision === "latest-only");
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
    .map((e) => ({ e, end: imageSupport(matrix, e.image).end ?? "" }))
    .sort((a, b) => (a.end < b.end ? 1 : a.end > b.end ? -1 : 0));
  return ranked[0]?.e.reference;
}

/** Support dates, tags and matrix membership of every stage's base. */
export const baseImageChecks: Check = (context) =>
  context.stages
    .filter((s) => s.parent === undefined && !s.scratch)
    .flatMap((stage) => [...lifecycleFindings(context, stage), ...tagFindings(context, stage)]);
