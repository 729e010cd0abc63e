/**
 * What Docker refuses or reads differently from how it looks: parser directives, unknown
 * instructions, instructions before FROM, heredocs, stage names, ARGs in FROM, repeated start
 * instructions. The rules follow BuildKit's parser (moby/buildkit frontend/dockerfile/parser and
 * instructions/parse.go) and its build checks.
 */
import { type Finding, finding } from "../rules.ts";
import type { AuditContext, Check } from "./context.ts";

/** The instructions of the Dockerfile reference. */
const INSTRUCTIONS = new Set([
  "ADD",
  "ARG",
  "CMD",
  "COPY",
  "ENTRYPOINT",
  "ENV",
  "EXPOSE",
  "FROM",
  "HEALTHCHECK",
  "LABEL",
  "MAINTAINER",
  "ONBUILD",
  "RUN",
  "SHELL",
  "STOPSIGNAL",
  "USER",
  "VOLUME",
  "WORKDIR",
]);

/** Docker's own frontend, by any of its spellings (docker/dockerfile:1, docker.io/docker/dockerfile-upstream:master, with a digest). */
const STANDARD_FRONTEND =
  /^(?:docker\.io\/)?docker\/dockerfile(?:-upstream)?(?::[\w.-]+)?(?:@sha256:[a-f0-9]{64})?$/;

/** BuildKit's rule for stage names (instructions/parse.go parseBuildStageName). */
const STAGE_NAME = /^[a-z][a-z0-9-_.]*$/;
const RESERVED_STAGE_NAMES = new Set(["scratch", "context"]);

function directiveChecks({ file }: AuditContext): Finding[] {
  const findings: Finding[] = [];
  for (const { kind, directive } of file.directiveProblems) {
    const span = { line: directive.line };
    if (kind === "duplicate")
      findings.push(
        finding(
          "duplicate-directive",
          span,
          `Line ${directive.line} sets the ${directive.name} directive a second time; Docker stops with "only one ${directive.name} parser directive can be used".`,
          "Keep one directive of each name at the top of the file.",
        ),
      );
    else if (kind === "invalid-escape")
      findings.push(
        finding(
          "invalid-escape-directive",
          span,
          `The escape directive sets "${directive.value}"; Docker accepts only a backslash or a backtick and refuses the file.`,
          "Use `# escape=\\` (the default) or `# escape=\\``.",
        ),
      );
    else
      findings.push(
        finding(
          "misplaced-directive",
          span,
          `Line ${directive.line} looks like the ${directive.name} directive, but directives count only at the very top of the file, before any comment, blank line or instruction: Docker reads this one as a comment.`,
          "Move it to the first lines of the file, or delete it.",
        ),
      );
  }
  const syntax = file.directives.find((d) => d.name === "syntax");
  if (syntax && !STANDARD_FRONTEND.test(syntax.value))
    findings.push(
      finding(
        "custom-frontend",
        { line: syntax.line },
        `The syntax directive builds this file with ${syntax.value}, not Docker's own Dockerfile frontend; these checks assume the standard syntax.`,
        "Check that frontend's documentation for instructions it adds or reads differently.",
      ),
    );
  return findings;
}

function instructionChecks({ file, crlf }: AuditContext): Finding[] {
  const findings: Finding[] = [];
  let seenFrom = false;
  let heredocs = 0;
  for (const instruction of file.instructions) {
    const { keyword, span } = instruction;
    if (!INSTRUCTIONS.has(keyword)) {
      findings.push(
        finding(
          "unknown-instruction",
          { line: span.line, column: span.column },
          `Line ${span.line} starts with "${instruction.written}", which is not a Dockerfile instruction: Docker stops with "unknown instruction".`,
          "Fix the spelling, or join the line to the one before with a line continuation.",
        ),
      );
      continue;
    }
    if (keyword === "FROM") seenFrom = true;
    else if (!seenFrom && keyword !== "ARG")
      findings.push(
        finding(
          "instruction-before-from",
          { line: span.line, column: span.column },
          `${keyword} on line ${span.line} comes before the first FROM; only ARG may, and Docker stops with "no build stage in current context".`,
          "Put a FROM first.",
        ),
      );
    if (keyword === "MAINTAINER")
      findings.push(
        finding(
          "maintainer-deprecated",
          { line: span.line },
          "MAINTAINER is deprecated.",
          'Use a label instead: LABEL org.opencontainers.image.authors="name <email>".',
        ),
      );
    for (const heredoc of instruction.heredocs) {
      heredocs++;
      if (!heredoc.terminated)
        findings.push(
          finding(
            "unterminated-heredoc",
            { line: heredoc.line },
            `The heredoc <<${heredoc.name} on line ${heredoc.line} has no closing "${heredoc.name}" line, so it runs to the end of the file; Docker stops with "unterminated heredoc".`,
            `End it with a line that holds only ${heredoc.name}.`,
          ),
        );
    }
  }
  if (file.instructions.length === 0 || !seenFrom)
    findings.push(
      finding(
        "empty-file",
        { line: 1 },
        file.instructions.length === 0
          ? 'The file has no instructions (only blank lines or comments); Docker stops with "file with no instructions".'
          : "The file has no FROM, so it has no build stage to build.",
        "Start the Dockerfile with FROM and the base image.",
      ),
    );
  if (crlf) {
    const first = file.instructions.find((i) => i.heredocs.length > 0);
    if (first && heredocs > 0)
      findings.push(
        finding(
          "crlf-in-heredoc",
          { line: first.span.line },
          "The file uses Windows line endings (CR LF) and has heredocs: Docker keeps each line's carriage return in a heredoc's content, so the script sees `foo\\r` where you wrote `foo`.",
          "Convert the file to LF line endings (and set `*.Dockerfile text eol=lf` in .gitattributes).",
        ),
      );
    else
      findings.push(
        finding(
          "crlf-line-endings",
          { line: 1 },
          "The file uses Windows line endings (CR LF). Docker reads them, and the line numbers here count each CR LF as one line break; scripts copied into the image from a Windows checkout may still carry them.",
          "Prefer LF line endings for files that end up in Linux images.",
        ),
      );
  }
  return findings;
}

function stageChecks({ stages }: AuditContext): Finding[] {
  const findings: Finding[] = [];
  const names = new Map<string, number>();
  for (const stage of stages) {
    const asWord = stage.from.words.find((w, i) => i > 0 && w.text.toLowerCase() === "as");
    const nameWord = asWord ? stage.from.words[stage.from.words.indexOf(asWord) + 1] : undefined;
    if (stage.name && nameWord) {
      const span = {
        line: nameWord.span.line,
        column: nameWord.span.column,
        endColumn: nameWord.span.endColumn,
      };
      const earlier = names.get(stage.name);
      if (earlier !== undefined)
        findings.push(
          finding(
            "duplicate-stage-name",
            span,
            `Stage name "${stage.name}" is used again (first on line ${earlier}); Docker cannot tell the stages apart and refuses the file.`,
            "Give each stage its own name.",
            { stage: stage.index },
          ),
        );
      else names.set(stage.name, stage.from.span.line);
      if (!STAGE_NAME.test(stage.name))
        findings.push(
          finding(
            "invalid-stage-name",
            span,
            `"${nameWord.text}" is not a valid stage name: names start with a letter and hold only letters, digits, "-", "_" and ".".`,
            "Rename the stage, for example to build or runtime.",
            { stage: stage.index },
          ),
        );
      if (RESERVED_STAGE_NAMES.has(stage.name))
        findings.push(
          finding(
            "reserved-stage-name",
            span,
            `"${stage.name}" is a reserved word in Dockerfiles; a stage with that name is confused with it.`,
            "Rename the stage.",
            { stage: stage.index },
          ),
        );
    }
    const { undeclared, unset } = stage.expansion;
    const span = {
      line: stage.baseSpan.line,
      column: stage.baseSpan.column,
      endColumn: stage.baseSpan.endColumn,
    };
    if (undeclared.length > 0)
      findings.push(
        finding(
          "undeclared-arg-in-from",
          span,
          `FROM uses ${undeclared.map((n) => `$${n}`).join(", ")}, which no ARG before the first FROM declares, so it is empty and the base becomes "${stage.resolved}".`,
          `Declare it before the first FROM with a default: ARG ${undeclared[0]}=<value>.`,
          { stage: stage.index },
        ),
      );
    else if (unset.length > 0)
      findings.push(
        finding(
          "arg-without-default-in-from",
          span,
          `FROM uses ${unset.map((n) => `$${n}`).join(", ")}, declared without a default: the build fails unless every build passes --build-arg ${unset[0]}=<value>.`,
          `Give it a default: ARG ${unset[0]}=<value>.`,
          { stage: stage.index },
        ),
      );
    // Docker uses the last of each; an earlier one is ignored without a word.
    for (const keyword of ["CMD", "ENTRYPOINT", "HEALTHCHECK"]) {
      const repeated = stage.instructions.filter((i) => i.keyword === keyword);
      for (const ignored of repeated.slice(0, -1))
        findings.push(
          finding(
            "multiple-start-instructions",
            { line: ignored.span.line },
            `${stage.name ? `Stage ${stage.name}` : `Stage ${stage.index + 1}`} has ${repeated.length} ${keyword} instructions; only the last (line ${repeated.at(-1)?.span.line}) takes effect, so the one on line ${ignored.span.line} is ignored.`,
            `Keep one ${keyword} per stage.`,
            { stage: stage.index },
          ),
        );
    }
  }
  return findings;
}

/** Directives, instructions, heredocs, stage names, ARGs in FROM, repeated start instructions. */
export const syntaxChecks: Check = (context) => [
  ...directiveChecks(context),
  ...instructionChecks(context),
  ...stageChecks(context),
];
