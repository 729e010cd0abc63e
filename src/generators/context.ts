/**
 * What every generator needs to know, resolved once from the evaluation, the answers and the data.
 * Everything here is either data from data/ or a value the answers schema and the command parser
 * have already checked: generators never see raw user text.
 */
import type { Answers } from "../answers.ts";
import { known } from "../data/fact.ts";
import type { ImageEntry, Matrix, Variant } from "../data/schema.ts";
import { type Evaluation, fillReference, type SystemPackagePlan } from "../evaluate.ts";
import type { ProjectInstall } from "../install-project.ts";
import { candidateEnds, type SupportEnd } from "../lifecycle.ts";
import { mirroredReference, registryOf } from "../registry-mirrors.ts";

/** The UID for a user the Dockerfile creates: 10000 or more, clear of distro-allocated ranges. */
export const CREATED_UID = 10001;

export type GenerateContext = {
  matrix: Matrix;
  image: ImageEntry;
  answers: Answers;
  /** The start command, already split by the POSIX-quoting parser. */
  args: readonly string[];
  python: string;
  /** False when the data cannot say which Python the image carries (a moving latest tag). */
  pythonKnown: boolean;
  final: Variant;
  finalRef: string;
  /** The image's own build variant (Chainguard's -dev, DHI's -dev), if it has one. */
  buildVariant: Variant | undefined;
  buildRef: string | undefined;
  /** The UID the final stage runs as; `createUser` when the Dockerfile must create it. */
  uid: number;
  createUser: boolean;
  /** The base image's ENTRYPOINT: a list (empty for none), or undefined when the data cannot say. */
  baseEntrypoint: string[] | undefined;
  packageManager: "apt" | "apk" | "dnf" | "microdnf" | "none";
  /** uv's image as the data names it; `pull` it where the Dockerfile copies uv. */
  uvImage: string;
  poetryPin: string;
  /** System packages for the requirements: build-stage headers and final-stage shared libraries. */
  systemPackages: SystemPackagePlan;
  /** Every end of security fixes for this image and Python (image, distro, Python), for the header. */
  supportEnds: SupportEnd[];
  /** A fixed image reference (a build image) as the Dockerfile should pull it: through its mirror, if any. */
  pull: (reference: string) => string;
  /** The registries the Dockerfile pulls from (as the data names them), for the header. */
  registries: Set<string>;
  /** Whether the build stage installs the project itself (decided once, in recommend). */
  projectInstall: ProjectInstall;
};

function toolPin(matrix: Matrix, id: string): { pin: string; reference: string | undefined } {
  const tool = matrix.tools.find((t) => t.id === id);
  const pin = tool ? known(tool.pin) : undefined;
  if (!tool || pin === undefined)
    throw new Error(`data/tools.json: ${id}: a pinned version is required to generate files`);
  return { pin, reference: tool.reference };
}

export function createContext(
  matrix: Matrix,
  evaluation: Evaluation,
  answers: Answers,
  args: readonly string[],
  projectInstall: ProjectInstall,
): GenerateContext {
  const { image, variant } = evaluation;
  const python =
    evaluation.pythonVersion === "unknown" ? answers.pythonVersion : evaluation.pythonVersion;
  const buildVariant = image.variants.find((v) => v.purpose === "build");
  const defaultUser = known(variant.user);
  const entrypoint = known(variant.entrypoint);
  const uv = toolPin(matrix, "uv");
  const registries = new Set([registryOf(fillReference(variant.reference, python))]);
  const pull = (reference: string) => {
    registries.add(registryOf(reference));
    return mirroredReference(reference, answers);
  };
  return {
    matrix,
    image,
    answers,
    args,
    python,
    pythonKnown: evaluation.pythonVersion !== "unknown",
    final: variant,
    finalRef: evaluation.reference,
    buildVariant,
    buildRef: buildVariant ? pull(fillReference(buildVariant.reference, python)) : undefined,
    uid: defaultUser !== undefined && defaultUser > 0 ? defaultUser : CREATED_UID,
    createUser: !(defaultUser !== undefined && defaultUser > 0),
    baseEntrypoint: entrypoint,
    packageManager: known(variant.packageManager) ?? "none",
    uvImage: uv.reference ?? `ghcr.io/astral-sh/uv:${uv.pin}`,
    poetryPin: toolPin(matrix, "poetry").pin,
    pull,
    registries,
    projectInstall,
    systemPackages: evaluation.systemPackages,
    supportEnds: candidateEnds(matrix, image, python).filter(
      (e) => evaluation.pythonVersion !== "unknown" || e.kind !== "python",
    ),
  };
}
