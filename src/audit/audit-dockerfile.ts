/**
 * The Dockerfile audit: reads a Dockerfile as Docker would, matches each stage's base to the
 * matrix, and reports what would fail, what is past or near its end of life, and what the advisor
 * would do differently, with the answers the file reveals. Pure: the same text, options and data
 * give the same result; no clock, no I/O.
 */

import type { Matrix } from "../data/schema.ts";
import { isIsoDate, soonHorizon } from "../dates.ts";
import { defaultMatrix } from "../default-matrix.ts";
import { baseImageChecks } from "./checks/base-image.ts";
import type { AuditContext } from "./checks/context.ts";
import { installChecks } from "./checks/installs.ts";
import { requirementsChecks } from "./checks/requirements.ts";
import { stageCopyChecks } from "./checks/stage-copies.ts";
import { startChecks } from "./checks/start.ts";
import { syntaxChecks } from "./checks/syntax.ts";
import { type Inference, inferAnswers } from "./infer.ts";
import { parseDockerfile } from "./parse.ts";
import { type AuditSeverity, type Finding, sortFindings } from "./rules.ts";
import { readSource } from "./source-text.ts";
import { readStages, type Stage } from "./stages.ts";

/** What the audit reads besides the text: the date, the data, and optionally the requirements. */
export type AuditOptions = {
  /** YYYY-MM-DD; the engine never reads the clock. */
  today: string;
  /** Another matrix (an organisation's own images); defaults to data/. */
  matrix?: Matrix;
  /** A requirements.txt or pyproject.toml, checked against the stage that installs packages. */
  requirements?: string;
};

/** One build stage as the audit read it. */
export type AuditStage = {
  /** 0-based, in file order; the last is the final stage. */
  index: number;
  /** The FROM line (1-based). */
  line: number;
  /** The name after AS, if any. */
  name?: string;
  /** The base as written, and as resolved through ARG defaults. */
  base: string;
  resolved: string;
  platform?: string;
  /** How the base matched the matrix: a listed tag, a tag that floats over listed ones, a listed pattern, an earlier stage, scratch, or nothing. */
  match: "exact" | "floating" | "pattern" | "stage" | "scratch" | "none";
  /** The matrix entry (image id and variant id) when one fits. */
  image?: { id: string; name: string; variant: string };
  /** The Python minor the stage runs and the line that says so. */
  python?: { version: string; line: number };
  libc?: "glibc" | "musl";
  final: boolean;
};

/** The audit of one Dockerfile: its stages, its findings, and the answers it reveals. */
export type DockerfileAudit = {
  dataVersion: string;
  stages: AuditStage[];
  /** Most severe first, then by line. */
  findings: Finding[];
  counts: Record<AuditSeverity, number>;
  /** The answers the file reveals, with the line each comes from, and those it does not. */
  inferred: Omit<Inference, "start">;
};

function summarize(stage: Stage, final: boolean): AuditStage {
  const match: AuditStage["match"] =
    stage.parent !== undefined ? "stage" : stage.scratch ? "scratch" : stage.match.how;
  const entry =
    stage.entry ?? (stage.match.entries.length === 1 ? stage.match.entries[0] : undefined);
  return {
    index: stage.index,
    line: stage.from.span.line,
    ...(stage.name ? { name: stage.name } : {}),
    base: stage.base,
    resolved: stage.resolved,
    ...(stage.platform ? { platform: stage.platform } : {}),
    match,
    ...(entry
      ? { image: { id: entry.image.id, name: entry.image.name, variant: entry.variant.id } }
      : {}),
    ...(stage.python ? { python: { version: stage.python.version, line: stage.python.line } } : {}),
    ...(stage.facts.libc ? { libc: stage.facts.libc } : {}),
    final,
  };
}

/**
 * Audits a Dockerfile. Never throws and never hangs on any text: files over
 * MAX_DOCKERFILE_CHARACTERS (100,000) and binary data get one finding each; an empty file, an
 * unterminated heredoc, unknown instructions and the like get findings naming their line.
 *
 * @throws TypeError when `options.today` is not a YYYY-MM-DD date (a caller's mistake, as in recommend).
 */
export function auditDockerfile(text: string, options: AuditOptions): DockerfileAudit {
  if (typeof options?.today !== "string" || !isIsoDate(options.today))
    throw new TypeError(
      `options.today: expected a date YYYY-MM-DD, got ${JSON.stringify(options?.today)}`,
    );
  const matrix = options.matrix ?? defaultMatrix;
  const today = options.today;
  const source = readSource(text);
  const findings: Finding[] = [...source.findings];
  let stages: Stage[] = [];
  let inference: Inference = inferAnswers([], undefined, matrix, today);
  if (source.readable) {
    const file = parseDockerfile(source.text);
    stages = readStages(file, matrix);
    const final = stages.at(-1);
    inference = inferAnswers(stages, final, matrix, today);
    const context: AuditContext = {
      matrix,
      today,
      horizon: soonHorizon(today),
      file,
      stages,
      final,
      inference,
      requirements: typeof options.requirements === "string" ? options.requirements : undefined,
      crlf: source.crlf,
    };
    for (const check of [
      syntaxChecks,
      baseImageChecks,
      stageCopyChecks,
      startChecks,
      installChecks,
      requirementsChecks,
    ])
      findings.push(...check(context));
  }
  const sorted = sortFindings(findings);
  const counts: Record<AuditSeverity, number> = { blocking: 0, warning: 0, info: 0 };
  for (const f of sorted) counts[f.severity]++;
  const { start: _start, ...inferred } = inference;
  return {
    dataVersion: matrix.dataVersion,
    stages: stages.map((s, i) => summarize(s, i === stages.length - 1)),
    findings: sorted,
    counts,
    inferred,
  };
}
