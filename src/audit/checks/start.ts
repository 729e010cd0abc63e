/**
 * Whether the final image can start as written, and how: shell forms where the image has no
 * shell, a CMD that the base image's ENTRYPOINT would misread, the user it runs as, the server it
 * starts, and its health check. Shells, users and ENTRYPOINTs are the data's facts per variant.
 */
import { defaultAnswers } from "../../answers.ts";
import { parseCommand } from "../../command.ts";
import { commandWarnings } from "../../command-advice.ts";
import { execForm } from "../../exec-form.ts";
import { jsonArguments, type ParsedInstruction } from "../parse.ts";
import { type Finding, type FindingCode, finding } from "../rules.ts";
import type { Stage } from "../stages.ts";
import { startWords } from "../start-command.ts";
import { type AuditContext, type Check, stageLabel } from "./context.ts";

/** The stage's instructions and those of the stages it builds on, oldest first. */
function chain(stage: Stage, stages: Stage[]): ParsedInstruction[] {
  const parent = stage.parent === undefined ? undefined : stages[stage.parent];
  return [...(parent ? chain(parent, stages) : []), ...stage.instructions];
}

const PYTHON = /^python(\d(\.\d+)?)?$/;

function basename(word: string): string {
  return word.slice(word.lastIndexOf("/") + 1);
}

/** The command a HEALTHCHECK runs: its words after CMD, exec or shell form; undefined for NONE. */
function healthCommand(
  instruction: ParsedInstruction,
): { exec: string[] | undefined; text: string } | undefined {
  const match = /^cmd\s+([\s\S]*)$/i.exec(instruction.text);
  if (!match) return undefined;
  const text = (match[1] ?? "").trim();
  return { exec: jsonArguments(text), text };
}

function shellChecks({ stages, final }: AuditContext): Finding[] {
  const findings: Finding[] = [];
  for (const stage of stages) {
    const noShell = stage.facts.shell === false && !stage.shellInstruction;
    const label = stageLabel(stage, final);
    if (noShell)
      for (const run of stage.instructions.filter(
        (i) => i.keyword === "RUN" && i.exec === undefined,
      ))
        findings.push(
          finding(
            "run-without-shell",
            { line: run.span.line },
            `RUN on line ${run.span.line} is in shell form, which runs /bin/sh -c, but ${label}'s base (${stage.resolved}) has no shell: the build stops there.`,
            "Do that work in a build stage that has a shell and copy the result in, or write the RUN in exec form with a program the image has.",
            { stage: stage.index },
          ),
        );
    if (stage !== final) continue;
    const starts: [ParsedInstruction | undefined, string][] = [
      [stage.cmd, "CMD"],
      [stage.entrypoint, "ENTRYPOINT"],
    ];
    for (const [instruction, keyword] of starts) {
      if (!instruction || instruction.exec !== undefined || instruction.text === "") continue;
      // An explicit SHELL says the shell is wanted (Docker's check stays quiet then too).
      if (!noShell && stage.shellInstruction) continue;
      const code: FindingCode = noShell ? "shell-form-without-shell" : "shell-form-command";
      const asExec = parseCommand(instruction.text);
      const suggestion = asExec.ok
        ? `${keyword} ${execForm(asExec.args)}`
        : `${keyword} ["program", "arg", ...]`;
      findings.push(
        finding(
          code,
          { line: instruction.span.line },
          noShell
            ? `${keyword} on line ${instruction.span.line} is in shell form, so Docker runs it with /bin/sh -c, but ${stage.resolved} has no shell: the container cannot start.`
            : `${keyword} on line ${instruction.span.line} is in shell form, so Docker starts it with /bin/sh -c: the shell, not the app, can end up as PID 1, and a shell does not pass SIGTERM on, so \`docker stop\` waits 10 seconds and kills the app.`,
          `Write it in exec form: ${suggestion}.`,
          { stage: stage.index },
        ),
      );
    }
    const health = chain(stage, stages)
      .filter((i) => i.keyword === "HEALTHCHECK")
      .at(-1);
    const command = health ? healthCommand(health) : undefined;
    if (health && command && noShell && command.exec === undefined)
      findings.push(
        finding(
          "shell-form-without-shell",
          { line: health.span.line },
          `HEALTHCHECK on line ${health.span.line} runs its command in shell form (/bin/sh -c), but ${stage.resolved} has no shell: every check fails and the container is marked unhealthy.`,
          'Write it in exec form with a program the image has, for example HEALTHCHECK CMD ["python", "-c", "..."].',
          { stage: stage.index },
        ),
      );
  }
  return findings;
}

function entrypointChecks({ final }: AuditContext): Finding[] {
  if (!final || final.entrypoint || !final.cmd?.exec) return [];
  const base = final.facts.entrypoint;
  const [first = ""] = final.cmd.exec;
  const line = final.cmd.span.line;
  const extra = { stage: final.index };
  if (
    base &&
    base.length > 0 &&
    PYTHON.test(basename(base[0] ?? "")) &&
    /^[A-Za-z][\w-]*$/.test(first)
  )
    return [
      finding(
        "cmd-passed-to-entrypoint",
        { line },
        `${final.resolved} sets ENTRYPOINT ${execForm(base)} and this file sets none, so the container runs \`${[...base, ...final.cmd.exec].join(" ")}\`: Python looks for a script file named "${first}" and exits.`,
        `Give the whole command as the ENTRYPOINT: ENTRYPOINT ${execForm(final.cmd.exec)}.`,
        extra,
      ),
    ];
  if (base && base.length === 0 && (first.startsWith("-") || /^[^/]+\.pyz?$/.test(first)))
    return [
      finding(
        "cmd-needs-entrypoint",
        { line },
        `CMD ${execForm(final.cmd.exec)} reads as arguments to an interpreter, but ${final.scratch ? "scratch" : final.resolved} sets no ENTRYPOINT: Docker looks for a program named "${first}" and the container fails to start.`,
        `Name the interpreter: CMD ${execForm(["python", ...final.cmd.exec])}.`,
        extra,
      ),
    ];
  return [];
}

function userChecks({ final }: AuditContext): Finding[] {
  if (!final) return [];
  const extra = { stage: final.index };
  const user = final.user;
  if (!user) {
    if (final.facts.user !== undefined && final.facts.user > 0) return [];
    return [
      finding(
        "runs-as-root",
        { line: final.from.span.line },
        final.facts.user === 0
          ? `The final stage sets no USER and ${final.resolved} runs as root by default, so the app runs as root.`
          : `The final stage sets no USER, so the container runs as whatever user ${final.resolved} sets; the data does not record one for it, and an image that sets none runs as root.`,
        "Create an unprivileged user and switch to it by number: RUN useradd --system --uid 10001 app, then USER 10001.",
        extra,
      ),
    ];
  }
  const name = user.value.split(":")[0] ?? "";
  if (name === "root" || name === "0")
    return [
      finding(
        "runs-as-root",
        user.span,
        `USER ${user.value} makes the app run as root.`,
        "Switch to an unprivileged user by number, for example USER 10001.",
        extra,
      ),
    ];
  if (!/^\d+$/.test(name) && !name.includes("$"))
    return [
      finding(
        "non-numeric-user",
        user.span,
        `USER ${user.value} is a name: Kubernetes' runAsNonRoot cannot verify a name and refuses to start the pod ("image has non-numeric user").`,
        `Use the user's number (USER 10001, or the UID the image defines for ${name}).`,
        extra,
      ),
    ];
  return [];
}

function serverChecks({ final, inference, stages }: AuditContext): Finding[] {
  if (!final) return [];
  const findings: Finding[] = [];
  const start = inference.start;
  const args = startWords(start);
  const line = start?.instruction?.span.line ?? final.from.span.line;
  const kind = inference.answers.appKind;
  if (args && args.length > 0) {
    const answers = {
      ...defaultAnswers,
      appKind: kind ?? "cli",
      port: inference.answers.port ?? 8000,
    };
    for (const warning of commandWarnings(args, answers)) {
      const code = warning.code as FindingCode;
      if (code === "port-mismatch" && inference.answers.port === undefined) continue;
      if (code !== "development-server" && code !== "loopback-bind" && code !== "port-mismatch")
        continue;
      // The advisor's wording speaks of "the port answer"; here the port is the file's EXPOSE.
      const bound = /listens on port (\d+)/.exec(warning.message)?.[1];
      const message =
        code === "port-mismatch" && bound
          ? `The command listens on port ${bound}, but EXPOSE says ${inference.answers.port}: clients and health checks aimed at the exposed port find nothing.`
          : warning.message;
      const fix =
        code === "port-mismatch" && bound
          ? `Make them agree: EXPOSE ${bound}, or start the server on ${inference.answers.port}.`
          : (warning.fix ?? "");
      findings.push(finding(code, { line }, message, fix, { stage: final.index }));
    }
  }
  const health = chain(final, stages).some((i) => i.keyword === "HEALTHCHECK");
  if (kind === "web" && !health)
    findings.push(
      finding(
        "no-healthcheck",
        { line: final.from.span.line },
        "This looks like a web app, but the final stage has no HEALTHCHECK, so Docker and Compose cannot tell a hung server from a healthy one (Kubernetes uses its own probes instead).",
        'Add one that needs no curl, for example: HEALTHCHECK CMD ["python", "-c", "import urllib.request; urllib.request.urlopen(\'http://127.0.0.1:8000/health\', timeout=3)"].',
        { stage: final.index },
      ),
    );
  return findings;
}

/** Shell forms without a shell, CMD and ENTRYPOINT mismatches, the user, the server, the health check. */
export const startChecks: Check = (context) => [
  ...shellChecks(context),
  ...entrypointChecks(context),
  ...userChecks(context),
  ...serverChecks(context),
];
