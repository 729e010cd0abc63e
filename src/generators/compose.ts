/**
 * compose.yaml for web apps: the port mapping, an init process as PID 1 (so signals reach the app
 * and zombies are reaped) and the same health check as the Dockerfile.
 */
import { HEALTHCHECK_TIMING, healthCheckArgs } from "./blocks.ts";
import type { GenerateContext } from "./context.ts";

export function composeFile(ctx: GenerateContext): string {
  const { port } = ctx.answers;
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
