/**
 * The audit as SARIF 2.1.0 (docs.oasis-open.org/sarif/sarif/v2.1.0), in the shape GitHub code
 * scanning accepts (docs.github.com: "SARIF support for code scanning"): one run, every audit rule
 * in tool.driver.rules with the finding code as its stable id, one result per finding with a
 * repository-relative artifactLocation.uri and a region that starts at the finding's line.
 * Severities map blocking / warning / info to error / warning / note.
 */
import {
  AUDIT_RULES,
  type AuditSeverity,
  type DockerfileAudit,
  type FindingCode,
} from "../src/index.ts";

/** The JSON schema GitHub's documentation names for SARIF 2.1.0 uploads. */
export const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

/** SARIF's level for each audit severity. */
export const SARIF_LEVEL: Record<AuditSeverity, "error" | "warning" | "note"> = {
  blocking: "error",
  warning: "warning",
  info: "note",
};

/** One checked file: its SARIF URI and its audit. */
export type CheckedFile = { uri: string; audit: DockerfileAudit };

const CODES = Object.keys(AUDIT_RULES) as FindingCode[];
const RULE_INDEX = new Map(CODES.map((code, i) => [code, i]));

/** "distro-end-of-life" -> "DistroEndOfLife": SARIF's rule name is meant to read as an identifier. */
function ruleName(code: string): string {
  return code
    .split("-")
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join("");
}

/** What each severity means, for a rule's help (GitHub shows it beside every alert). */
const SEVERITY_MEANING: Record<AuditSeverity, string> = {
  blocking: "blocking: the Dockerfile would not build or start as written",
  warning: "warning: it builds, but it is past or near its support, or unsafe in production",
  info: "info: advice that makes the image smaller, faster to build or easier to run",
};

function help(title: string, severity: AuditSeverity, docker?: { name: string; url: string }) {
  const alias = docker
    ? ` Docker's build checks call the same thing ${docker.name} (${docker.url}).`
    : "";
  const text = `${title}. Severity ${SEVERITY_MEANING[severity]}. Each alert names the line and the fix.${alias}`;
  const markdown = `**${title}.** Severity ${SEVERITY_MEANING[severity]}. Each alert names the line and the fix.${docker ? ` Docker's build checks call the same thing [${docker.name}](${docker.url}).` : ""}`;
  return { text, markdown };
}

function rules() {
  return CODES.map((code) => {
    const rule: {
      severity: AuditSeverity;
      title: string;
      dockerCheck?: { name: string; url: string };
    } = AUDIT_RULES[code];
    return {
      id: code,
      name: ruleName(code),
      shortDescription: { text: `${rule.title}.` },
      fullDescription: {
        text: rule.dockerCheck
          ? `${rule.title}. Docker's build checks call the same thing ${rule.dockerCheck.name}.`
          : `${rule.title}.`,
      },
      help: help(rule.title, rule.severity, rule.dockerCheck),
      ...(rule.dockerCheck ? { helpUri: rule.dockerCheck.url } : {}),
      defaultConfiguration: { level: SARIF_LEVEL[rule.severity] },
      properties: { tags: ["dockerfile", "container"] },
    };
  });
}

/** The SARIF log for `files`, written by `version` of the command line. */
export function toSarif(files: CheckedFile[], version: string): object {
  const results = files.flatMap((file, artifactIndex) =>
    file.audit.findings.map((f) => {
      const startLine = Math.max(1, f.line);
      const region: Record<string, number> = { startLine };
      if (f.column !== undefined && f.column >= 1) region.startColumn = f.column;
      if (f.endLine !== undefined && f.endLine >= startLine) region.endLine = f.endLine;
      const startColumn = region.startColumn;
      const multiLine = (region.endLine ?? startLine) > startLine;
      if (
        f.endColumn !== undefined &&
        startColumn !== undefined &&
        (multiLine || f.endColumn > startColumn)
      )
        region.endColumn = f.endColumn;
      return {
        ruleId: f.code,
        ruleIndex: RULE_INDEX.get(f.code) ?? 0,
        level: SARIF_LEVEL[f.severity],
        message: { text: `${f.message} Fix: ${f.fix}` },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: file.uri, index: artifactIndex },
              region,
            },
          },
        ],
      };
    }),
  );
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "base-image-advisor",
            version,
            semanticVersion: version,
            rules: rules(),
          },
        },
        artifacts: files.map((file) => ({
          location: { uri: file.uri },
          mimeType: "text/x-dockerfile",
        })),
        columnKind: "utf16CodeUnits",
        results,
      },
    ],
  };
}
