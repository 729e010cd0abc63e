/**
 * compose.yaml for web apps and workers: an init process as PID 1 (so signals reach the app and
 * zombies are reaped), and for web apps the port mapping and the same health check as the
 * Dockerfile. A command-line job runs and exits, so it gets `docker run` only.
 */
import type { Answers } from "../answers.ts";
import { HEALTHCHECK_TIMING, healthCheckArgs } from "./blocks.ts";
import type { GenerateContext } from "./context.ts";

/** Whether these answers get a compose.yaml. */
export function writesCompose(answers: Pick<Answers, "appKind">): boolean {
  return answers.appKind === "web" || answers.appKind === "worker";
}

export function composeFile(ctx: GenerateContext): string {
  const { port } = ctx.answers;
  if (ctx.answers.appKind !== "web")
    return [
      "services:",
      "  app:",
      "    build: .",
      "    init: true",
      "    restart: unless-stopped",
      "",
    ].join("\n");
  // JSON strings are valid YAML flow scalars, so each argument is quoted exactly once.
  const test = ["CMD", ...healthCheckArgs(ctx)].map((a) => JSON.stringify(a)).join(", ");
  const t = HEALTHCHECK_TIMING;
  return [
    "services:",
    "  app:",
    "    build: .",
    "    init: true",
    "    ports:",
    `      - "${port}:${port}"`,
    "    healthcheck:",
    `      test: [${test}]`,
    `      interval: ${t.interval}`,
    `      timeout: ${t.timeout}`,
    `      start_period: ${t.startPeriod}`,
    `      retries: ${t.retries}`,
    "    restart: unless-stopped",
    "",
  ].join("\n");
}
