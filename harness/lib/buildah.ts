/**
 * buildah, as the harness calls it: chroot isolation (no daemon, no runtime), the machine's own
 * storage configuration, and a deadline on every call.
 */
import { type RunOptions, type RunResult, run, runOrThrow } from "./process.ts";

/** BUILDAH_ISOLATION=chroot: RUN steps share the host's network, so loopback services are reachable. */
export const BUILDAH_ENV = { ...process.env, BUILDAH_ISOLATION: "chroot" };

const DEFAULT_TIMEOUT_MS = 120_000;

export function buildah(
  args: readonly string[],
  options: Partial<RunOptions> = {},
): Promise<RunResult> {
  return run("buildah", args, { timeoutMs: DEFAULT_TIMEOUT_MS, env: BUILDAH_ENV, ...options });
}

export async function buildahOut(
  args: readonly string[],
  options: Partial<RunOptions> = {},
): Promise<string> {
  const result = await runOrThrow("buildah", args, {
    timeoutMs: DEFAULT_TIMEOUT_MS,
    env: BUILDAH_ENV,
    ...options,
  });
  return result.stdout.trim();
}

/** The parts of an image's configuration a container runtime reads (Docker image format). */
export type ImageConfig = {
  Entrypoint: string[] | null;
  Cmd: string[] | null;
  User: string;
  WorkingDir: string;
  Env: string[];
  Labels: Record<string, string>;
  Healthcheck?: {
    Test: string[];
    Interval?: number;
    Timeout?: number;
    StartPeriod?: number;
    Retries?: number;
  };
};

/** `buildah inspect` of a local image, or undefined when there is none by that name. */
export async function inspectImage(name: string): Promise<ImageConfig | undefined> {
  const result = await buildah(["inspect", "--type", "image", name]);
  if (result.code !== 0) return undefined;
  const parsed = JSON.parse(result.stdout) as {
    Docker?: { config?: Partial<ImageConfig> };
    OCIv1?: { config?: Partial<ImageConfig> };
  };
  const config = parsed.Docker?.config ?? parsed.OCIv1?.config ?? {};
  return {
    Entrypoint: config.Entrypoint ?? null,
    Cmd: config.Cmd ?? null,
    User: config.User ?? "",
    WorkingDir: config.WorkingDir ?? "",
    Env: config.Env ?? [],
    Labels: config.Labels ?? {},
    ...(config.Healthcheck ? { Healthcheck: config.Healthcheck } : {}),
  };
}

/** Removes a local image if it exists (its containers too). */
export async function removeImage(name: string): Promise<void> {
  await buildah(["rmi", "--force", name]);
}

/** A local image: its id (12 digits), names, and when it was made (seconds since 1970). */
export type LocalImage = { id: string; names: string[]; created: number };

/** Every local image, the untagged layers of `bud --layers` included. */
export async function localImages(): Promise<LocalImage[]> {
  const listed = JSON.parse((await buildahOut(["images", "--all", "--json"])) || "[]") as
    | { id: string; names?: string[] | null; created: number }[]
    | null;
  return (listed ?? []).map((image) => ({
    id: image.id,
    names: image.names ?? [],
    created: image.created,
  }));
}
