/**
 * One Dockerfile generator per image family, each a plain function of the resolved context.
 */
import type { Answers } from "../answers.ts";
import type { ImageEntry, Matrix } from "../data/schema.ts";
import type { Evaluation } from "../evaluate.ts";
import type { ProjectInstall } from "../install-project.ts";
import { amazonLinuxDockerfile } from "./amazon-linux.ts";
import { chiselledDockerfile } from "./chiselled.ts";
import { composeFile, writesCompose } from "./compose.ts";
import { createContext, type GenerateContext } from "./context.ts";
import { distroPythonDockerfile } from "./distro-python.ts";
import { distrolessDockerfile } from "./distroless.ts";
import { dockerignore } from "./dockerignore.ts";
import { officialPythonDockerfile } from "./official-python.ts";
import { readmeDocker } from "./readme.ts";
import { ubiDockerfile } from "./ubi.ts";
import { ubiMinimalDockerfile } from "./ubi-minimal.ts";
import { uvPythonDockerfile } from "./uv-python.ts";
import { vendorPythonDockerfile } from "./vendor-python.ts";
import { wolfiDockerfile } from "./wolfi.ts";

export type GeneratedFiles = {
  Dockerfile: string;
  ".dockerignore": string;
  /** Web apps only. */
  "compose.yaml"?: string;
  /** What the files expect and the commands to build and run them (always written; optional in the type, as it came later). */
  "README.Docker.md"?: string;
};

const GENERATORS: Record<ImageEntry["family"], (ctx: GenerateContext) => string> = {
  "official-python": officialPythonDockerfile,
  "distro-python": distroPythonDockerfile,
  "uv-python": uvPythonDockerfile,
  distroless: distrolessDockerfile,
  chainguard: vendorPythonDockerfile,
  dhi: vendorPythonDockerfile,
  ubi: ubiDockerfile,
  "ubi-minimal": ubiMinimalDockerfile,
  chiselled: chiselledDockerfile,
  "amazon-linux": amazonLinuxDockerfile,
  wolfi: wolfiDockerfile,
};

/**
 * The files for one evaluated candidate; `args` is the already-parsed start command and
 * `projectInstall` what decideProjectInstall said.
 */
export function generateFor(
  matrix: Matrix,
  evaluation: Evaluation,
  answers: Answers,
  args: readonly string[],
  projectInstall: ProjectInstall,
): GeneratedFiles {
  const ctx = createContext(matrix, evaluation, answers, args, projectInstall);
  const files: GeneratedFiles = {
    Dockerfile: GENERATORS[evaluation.image.family](ctx),
    ".dockerignore": dockerignore(answers),
  };
  if (writesCompose(answers)) files["compose.yaml"] = composeFile(ctx);
  files["README.Docker.md"] = readmeDocker(ctx);
  return files;
}
