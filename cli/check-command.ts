/**
 * `base-image-advisor check`: audits Dockerfiles with the engine's auditDockerfile and reports the
 * findings as text, JSON or SARIF. Exits 1 when a finding at or above --fail-on exists.
 */
import { auditDockerfile, type DockerfileAudit } from "../src/index.ts";
import { artifactUri, repositoryRoot } from "./artifact-uri.ts";
import { choice, parseCommandLine } from "./command-line.ts";
import type { CommandContext } from "./context.ts";
import { CHECK_HELP } from "./help.ts";
import { readInputFile } from "./read-input.ts";
import { toSarif } from "./sarif.ts";
import { reachesThreshold, SEVERITIES } from "./severity-threshold.ts";
import { makeProgress, makeStyle, wantsColour } from "./terminal.ts";
import { textReport } from "./text-report.ts";
import { resolveToday } from "./today.ts";
import { EXIT } from "./usage-error.ts";

const FORMATS = ["text", "json", "sarif"] as const;

/** Runs `check` with `args` (the words after "check"); returns the exit code. */
export function checkCommand(args: string[], context: CommandContext): number {
  const { values, positionals } = parseCommandLine(
    "check",
    args,
    {
      requirements: { type: "string" },
      format: { type: "string" },
      "fail-on": { type: "string" },
      today: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    true,
  );
  if (values.help) {
    context.stdout.write(CHECK_HELP);
    return EXIT.ok;
  }
  const format = choice("check", "format", values.format, FORMATS, "text");
  const failOn = choice("check", "fail-on", values["fail-on"], SEVERITIES, "warning");
  const today = resolveToday("check", values.today, context.now());
  const paths = positionals.length > 0 ? positionals : ["Dockerfile"];
  const requirements =
    typeof values.requirements === "string"
      ? readInputFile("requirements file", values.requirements, context.cwd)
      : undefined;

  // Every file is read before any is audited, so a wrong path fails the run before it reports.
  const texts = paths.map((path) => readInputFile("Dockerfile", path, context.cwd));
  const progress = makeProgress(context.stderr);
  const audits: DockerfileAudit[] = texts.map((text, i) => {
    if (texts.length > 1) progress.update(`checking ${i + 1}/${texts.length}: ${paths[i]}`);
    return auditDockerfile(text, {
      today,
      ...(requirements !== undefined ? { requirements } : {}),
    });
  });
  progress.done();

  const failed = audits.some((audit) => audit.findings.some((f) => reachesThreshold(f, failOn)));
  if (format === "sarif") {
    const root = repositoryRoot(context.cwd);
    const files = audits.map((audit, i) => ({
      uri: artifactUri(paths[i] ?? "", context.cwd, root),
      audit,
    }));
    context.stdout.write(`${JSON.stringify(toSarif(files, context.version), null, 2)}\n`);
  } else if (format === "json") {
    const report = {
      tool: { name: "base-image-advisor", version: context.version },
      today,
      failOn,
      failed,
      files: audits.map((audit, i) => ({ path: paths[i], ...audit })),
    };
    context.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    const style = makeStyle(wantsColour(context.stdout, context.env));
    const files = audits.map((audit, i) => ({ path: paths[i] ?? "", findings: audit.findings }));
    context.stdout.write(textReport(files, style));
    const verdict = failed
      ? style.red(`failed: findings at or above "${failOn}" (--fail-on)`)
      : style.green(`passed: nothing at or above "${failOn}" (--fail-on)`);
    context.stdout.write(`${verdict}, checked for ${today}\n`);
    const first = audits.findIndex((audit) => audit.findings.length > 0);
    if (first !== -1)
      context.stdout.write(
        style.dim(
          `The advisor's replacement and the diff to it: base-image-advisor recommend --from ${paths[first]}\n`,
        ),
      );
  }
  return failed ? EXIT.findings : EXIT.ok;
}
