/**
 * README.Docker.md: a short note that travels with the files (docker init writes one too), saying
 * which base image was chosen, what the build expects next to the Dockerfile, and the commands to
 * build and run. Only data from data/ and checked answers reach it (the command is not repeated).
 */
import { known } from "../data/fact.ts";
import { writesCompose } from "./compose.ts";
import { usageCommands } from "./commands.ts";
import type { GenerateContext } from "./context.ts";

/** What the dependency layer copies into the build, per package tool (see installDependencies). */
const INPUTS: Record<GenerateContext["answers"]["packageManager"], string> = {
  pip: "`requirements.txt` (pinned versions, ideally with hashes)",
  uv: "`pyproject.toml` and `uv.lock` (run `uv lock` and commit it)",
  poetry: "`pyproject.toml` and `poetry.lock` (run `poetry lock` and commit it)",
};

export function readmeDocker(ctx: GenerateContext): string {
  const { answers, image } = ctx;
  const web = answers.appKind === "web";
  const python = ctx.pythonKnown ? `Python ${ctx.python}` : "the Python of the latest tag";
  const lines = [
    "# Running the app in a container",
    "",
    `Written by Base Image Advisor (data ${ctx.matrix.dataVersion}): ${image.name}, ${python}, as \`${ctx.finalRef}\`.`,
    "",
    "## Before the first build",
    "",
    `- Put these files in the folder with your code, next to ${INPUTS[answers.packageManager]}.`,
    "- Read the comments at the top of the Dockerfile: they say how to pin each FROM by digest.",
  ];
  if (known(image.access.login)) lines.push(`- Log in to the registry: ${image.access.notes}`);
  lines.push("", "## Build and run", "", "```sh", usageCommands(answers).trimEnd(), "```", "");
  if (web) {
    lines.push(
      `The app is then on http://localhost:${answers.port}. \`docker compose up --build\` does the same with compose.yaml: an init process, the health check and a restart policy.`,
      "",
    );
  } else if (writesCompose(answers)) {
    lines.push(
      "`docker compose up --build` runs the worker with compose.yaml: an init process and a restart policy.",
      "",
    );
  }
  if (answers.architectures.length === 1) {
    lines.push(
      `\`docker build\` builds for the CPU of the machine it runs on. For ${answers.architectures[0]} servers from another machine: \`docker build --platform linux/${answers.architectures[0]} -t app .\``,
      "",
    );
  }
  lines.push(
    "## Keep it safe",
    "",
    "- Rebuild often: base images get security fixes through new tags and digests.",
    "- Check your dependencies with pip-audit and the built image with an image scanner (Trivy, Grype or Docker Scout).",
    "",
  );
  return lines.join("\n");
}
