/**
 * Every finding the Dockerfile audit can report, with a stable code, a fixed severity and, where
 * Docker's own build checks (`docker build --check`) have a rule for the same thing, that rule's
 * name. A SARIF writer maps this catalogue to `tool.driver.rules` and each finding to a `result`
 * (ruleId = code; blocking / warning / info = error / warning / note).
 *
 * Severities follow the engine's meaning: blocking means the file would not build or start as
 * written; an end-of-life base is a warning. Codes never change once released; a retired check
 * keeps its code out of reuse.
 */

/** How bad a finding is, with the same words (and meaning) as the advisor's warnings. */
export type AuditSeverity = "blocking" | "warning" | "info";

/** A Docker build check (docs.docker.com/reference/build-checks/) that covers the same thing. */
export type DockerCheck = { name: string; url: string };

/** One kind of finding. */
export type AuditRule = {
  severity: AuditSeverity;
  /** One line that names the problem, for rule lists (SARIF shortDescription). */
  title: string;
  dockerCheck?: DockerCheck;
};

const BUILD_CHECKS = "https://docs.docker.com/reference/build-checks/";
function dockerCheck(name: string, page: string): DockerCheck {
  return { name, url: `${BUILD_CHECKS}${page}/` };
}

/** The catalogue, grouped as the audit runs: the text, the instructions, the bases, the stages. */
export const AUDIT_RULES = {
  // The file as text.
  "file-too-large": { severity: "warning", title: "The file is larger than the audit reads" },
  "binary-file": { severity: "blocking", title: "The file is not text" },
  "empty-file": { severity: "blocking", title: "The file has no build stage" },
  "line-too-long": { severity: "blocking", title: "A line is longer than Docker reads" },
  "byte-order-mark": { severity: "info", title: "The file starts with a byte order mark" },
  "crlf-line-endings": { severity: "info", title: "The file uses Windows line endings" },
  "crlf-in-heredoc": { severity: "warning", title: "A heredoc keeps Windows line endings" },
  "lone-carriage-return": {
    severity: "warning",
    title: "A carriage return that Docker does not read as a line break",
  },
  "hidden-characters": {
    severity: "warning",
    title: "Invisible or direction-changing characters",
  },
  // Directives and instructions.
  "misplaced-directive": {
    severity: "warning",
    title: "A parser directive that Docker reads as a comment",
  },
  "duplicate-directive": { severity: "blocking", title: "A parser directive given twice" },
  "invalid-escape-directive": { severity: "blocking", title: "An escape directive Docker refuses" },
  "custom-frontend": { severity: "info", title: "A syntax directive names another frontend" },
  "unknown-instruction": { severity: "blocking", title: "An instruction Docker does not know" },
  "instruction-before-from": {
    severity: "blocking",
    title: "An instruction before the first FROM",
  },
  "unterminated-heredoc": { severity: "blocking", title: "A heredoc without its closing line" },
  "duplicate-stage-name": {
    severity: "blocking",
    title: "Two stages with the same name",
    dockerCheck: dockerCheck("DuplicateStageName", "duplicate-stage-name"),
  },
  "invalid-stage-name": { severity: "blocking", title: "A stage name Docker refuses" },
  "reserved-stage-name": {
    severity: "warning",
    title: "A stage named like a reserved word",
    dockerCheck: dockerCheck("ReservedStageName", "reserved-stage-name"),
  },
  "undeclared-arg-in-from": {
    severity: "blocking",
    title: "FROM uses a variable no ARG declares",
    dockerCheck: dockerCheck("UndefinedArgInFrom", "undefined-arg-in-from"),
  },
  "arg-without-default-in-from": {
    severity: "warning",
    title: "FROM uses an ARG that has no default",
    dockerCheck: dockerCheck("InvalidDefaultArgInFrom", "invalid-default-arg-in-from"),
  },
  "maintainer-deprecated": {
    severity: "info",
    title: "MAINTAINER is deprecated",
    dockerCheck: dockerCheck("MaintainerDeprecated", "maintainer-deprecated"),
  },
  "multiple-start-instructions": {
    severity: "warning",
    title: "More than one CMD, ENTRYPOINT or HEALTHCHECK in a stage",
    dockerCheck: dockerCheck("MultipleInstructionsDisallowed", "multiple-instructions-disallowed"),
  },
  // Base images.
  "base-not-in-matrix": { severity: "info", title: "A base image the matrix does not describe" },
  "distro-end-of-life": {
    severity: "warning",
    title: "A base whose distribution's support has ended",
  },
  "distro-ends-soon": {
    severity: "warning",
    title: "A base whose distribution's support ends within a year",
  },
  "python-end-of-life": { severity: "warning", title: "A Python past its end of life" },
  "python-ends-soon": { severity: "warning", title: "A Python whose support ends within a year" },
  "image-end-of-life": {
    severity: "warning",
    title: "A base its publisher has most likely stopped rebuilding",
  },
  "image-ends-soon": {
    severity: "warning",
    title: "A base its publisher will most likely stop rebuilding within a year",
  },
  "unmaintained-tag": { severity: "warning", title: "A tag its publisher no longer rebuilds" },
  "moving-tag": { severity: "warning", title: "A tag whose Python and packages move" },
  "latest-tag": { severity: "warning", title: "An untagged or latest base without a digest" },
  "floating-distro": {
    severity: "warning",
    title: "A base tag that does not name its distribution release",
  },
  // Stages against each other.
  "stage-python-mismatch": {
    severity: "blocking",
    title: "Packages copied between stages with different Pythons",
  },
  "stage-libc-mismatch": {
    severity: "warning",
    title: "Packages copied between stages with different C libraries",
  },
  "venv-interpreter-missing": {
    severity: "warning",
    title: "A virtual environment copied to a stage without its interpreter",
  },
  // Starting the container.
  "shell-form-without-shell": {
    severity: "blocking",
    title: "A shell-form command in an image without a shell",
    dockerCheck: dockerCheck("JSONArgsRecommended", "json-args-recommended"),
  },
  "run-without-shell": { severity: "blocking", title: "RUN in a stage whose image has no shell" },
  "shell-form-command": {
    severity: "warning",
    title: "A shell-form CMD or ENTRYPOINT",
    dockerCheck: dockerCheck("JSONArgsRecommended", "json-args-recommended"),
  },
  "cmd-passed-to-entrypoint": {
    severity: "blocking",
    title: "A CMD that the base image's ENTRYPOINT would run as a script",
  },
  "cmd-needs-entrypoint": {
    severity: "blocking",
    title: "A CMD that needs an ENTRYPOINT nobody sets",
  },
  "runs-as-root": { severity: "warning", title: "The container runs as root" },
  "non-numeric-user": { severity: "warning", title: "The final USER is a name, not a number" },
  "development-server": { severity: "warning", title: "A development server as the start command" },
  "loopback-bind": { severity: "warning", title: "The server listens on the loopback address" },
  "port-mismatch": { severity: "warning", title: "The server's port differs from EXPOSE" },
  "no-healthcheck": { severity: "info", title: "A web app without a HEALTHCHECK" },
  // What the stages install.
  "compilers-in-final": { severity: "warning", title: "Compilers or headers in the final image" },
  "base-ships-compilers": { severity: "info", title: "The final base image ships compilers" },
  "apt-update-alone": { severity: "warning", title: "apt-get update without an install" },
  "apt-without-no-install-recommends": {
    severity: "info",
    title: "apt-get install without --no-install-recommends",
  },
  "apt-lists-kept": { severity: "info", title: "apt package lists left in the final image" },
  "apk-without-no-cache": { severity: "info", title: "apk add without --no-cache" },
  "package-cache-kept": {
    severity: "info",
    title: "A pip, uv or Poetry cache left in the final image",
  },
  "add-url-without-checksum": { severity: "warning", title: "ADD of a URL without --checksum" },
  "secret-in-env-or-arg": {
    severity: "warning",
    title: "A secret-looking name in ENV or ARG",
    dockerCheck: dockerCheck("SecretsUsedInArgOrEnv", "secrets-used-in-arg-or-env"),
  },
  // With a requirements text.
  "requirement-no-build": {
    severity: "blocking",
    title: "A pinned requirement with no build for the stage's Python",
  },
  "source-build-without-compilers": {
    severity: "blocking",
    title: "A requirement that builds from source in a stage without compilers",
  },
  "musl-source-build": {
    severity: "warning",
    title: "Requirements without musllinux wheels on a musl base",
  },
} as const satisfies Record<string, AuditRule>;

/** A finding's stable code (SARIF ruleId). */
export type FindingCode = keyof typeof AUDIT_RULES;

/** Positions are 1-based; columns count UTF-16 code units and the end column is exclusive (as SARIF's). */
export type Finding = {
  code: FindingCode;
  severity: AuditSeverity;
  line: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  message: string;
  fix: string;
  /** The stage the finding is about (index into `stages`), when it is about one. */
  stage?: number;
  /** Docker's build check for the same thing, if it has one. */
  dockerCheck?: DockerCheck;
  /** Where the facts in the message come from (data/ sources: page, title, date read). */
  sources?: { title: string; url: string; read: string }[];
};

/** Where in the file a finding points. */
export type Span = { line: number; column?: number; endLine?: number; endColumn?: number };

/** A finding with its rule's severity and Docker alias filled in. */
export function finding(
  code: FindingCode,
  span: Span,
  message: string,
  fix: string,
  extra: Pick<Finding, "stage" | "sources"> = {},
): Finding {
  const rule: AuditRule = AUDIT_RULES[code];
  return {
    code,
    severity: rule.severity,
    ...span,
    message,
    fix,
    ...(extra.stage !== undefined ? { stage: extra.stage } : {}),
    ...(rule.dockerCheck ? { dockerCheck: rule.dockerCheck } : {}),
    ...(extra.sources && extra.sources.length > 0 ? { sources: extra.sources } : {}),
  };
}

const ORDER: Record<AuditSeverity, number> = { blocking: 0, warning: 1, info: 2 };
/** On one line, the catalogue's order: the file, the instructions, the base, the stages, the start. */
const RANK = new Map(Object.keys(AUDIT_RULES).map((code, i) => [code, i]));

/** Most severe first, then by line, then in catalogue order: the same input always gives the same order. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      ORDER[a.severity] - ORDER[b.severity] ||
      a.line - b.line ||
      (RANK.get(a.code) ?? 0) - (RANK.get(b.code) ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0),
  );
}
