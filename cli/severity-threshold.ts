/**
 * --fail-on: the least severe finding that fails the run. The default is "warning", so an
 * end-of-life base (a warning in the audit's catalogue) fails CI while advice (info) does not.
 */
import type { AuditSeverity, Finding } from "../src/index.ts";

/** The thresholds, most severe first. */
export const SEVERITIES: readonly AuditSeverity[] = ["blocking", "warning", "info"];

/** True when `finding` is at or above `threshold`. */
export function reachesThreshold(finding: Pick<Finding, "severity">, threshold: AuditSeverity) {
  return SEVERITIES.indexOf(finding.severity) <= SEVERITIES.indexOf(threshold);
}
