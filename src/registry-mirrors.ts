/**
 * Image references through an organisation's registry mirrors.
 *
 * A pull-through cache serves one upstream registry: a Harbor proxy-cache project or registry:2 in
 * proxy mode mirrors exactly one (goharbor.io/docs, "Configure proxy cache";
 * distribution.github.io/distribution/recipes/mirror/). So the `registryMirror` answer applies to
 * Docker Hub references only (those without a registry host, such as python:3.13-slim-trixie, which
 * a Docker Hub mirror serves under library/), and `mirrorsByRegistry` maps any other registry host
 * to its own mirror. A registry with no mirror is pulled directly.
 *
 * Both answers are pasted in front of image references, so both are checked against strict
 * patterns before anything reaches a FROM.
 */

/**
 * A registry mirror prefix: a registry host (lower-case DNS name, optional port) and optional path
 * components, ending with "/". It is pasted in front of image references, so nothing else is allowed.
 */
export const REGISTRY_MIRROR =
  /^$|^(?=.{1,200}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?\/([a-z0-9]+([._-][a-z0-9]+)*\/)*$/;

/** A registry host as image references name it: a lower-case DNS name with a dot, or localhost; optional port. */
export const REGISTRY_HOST =
  /^(?=.{1,100}$)(localhost|[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+)(:\d{1,5})?$/;

/** The names Docker Hub goes by; its references go through `registryMirror`, not the map. */
const DOCKER_HUB = "docker.io";
const DOCKER_HUB_HOSTS = [DOCKER_HUB, "index.docker.io", "registry-1.docker.io"];

/** More would be a configuration file, not an answer. */
export const MAX_REGISTRY_MIRRORS = 10;

export type MirrorAnswers = { registryMirror: string; mirrorsByRegistry: Record<string, string> };

/** The registry a reference pulls from: its host, or "docker.io" when it names none. */
export function registryOf(reference: string): string {
  const first = reference.split("/")[0] ?? "";
  const hasHost =
    reference.includes("/") &&
    (first.includes(".") || first.includes(":") || first === "localhost");
  return hasHost && !DOCKER_HUB_HOSTS.includes(first) ? first : DOCKER_HUB;
}

/** The mirror prefix that serves `registry`, or "" when it is pulled directly. */
export function mirrorFor(registry: string, answers: MirrorAnswers): string {
  return registry === DOCKER_HUB
    ? answers.registryMirror
    : (answers.mirrorsByRegistry[registry] ?? "");
}

/** The host of a mirror prefix (registry.example.internal from registry.example.internal/dhi/). */
export function mirrorHost(prefix: string): string {
  return prefix.split("/")[0] ?? prefix;
}

/** `reference` as the Dockerfile should pull it: through its registry's mirror, if it has one. */
export function mirroredReference(reference: string, answers: MirrorAnswers): string {
  if (answers.registryMirror === "" && Object.keys(answers.mirrorsByRegistry).length === 0)
    return reference;
  const registry = registryOf(reference);
  const mirror = mirrorFor(registry, answers);
  if (mirror === "") return reference;
  const first = reference.split("/")[0] ?? "";
  const path = DOCKER_HUB_HOSTS.includes(first) ? reference.slice(first.length + 1) : reference;
  if (registry !== DOCKER_HUB) return `${mirror}${reference.slice(registry.length + 1)}`;
  // A Docker Hub proxy serves official images under library/ (goharbor.io/docs/main/administration/
  // configure-proxy-cache/: "include the library namespace" for official images).
  return `${mirror}${path.includes("/") ? path : `library/${path}`}`;
}

/** The problem with a mirror map, or null when every host and prefix is valid. */
export function checkMirrorMap(value: unknown): string | null {
  if (value === null || typeof value !== "object" || Array.isArray(value))
    return "expected an object of registry host to mirror prefix";
  const entries = Object.entries(value);
  if (entries.length > MAX_REGISTRY_MIRRORS)
    return `expected at most ${MAX_REGISTRY_MIRRORS} registries`;
  for (const [host, prefix] of entries) {
    if (!REGISTRY_HOST.test(host))
      return `"${host.slice(0, 60)}" is not a registry host such as ghcr.io or registry.example.internal:5000`;
    if (DOCKER_HUB_HOSTS.includes(host))
      return `${host} is Docker Hub: Docker Hub goes through the registry mirror answer`;
    if (typeof prefix !== "string" || prefix === "" || !REGISTRY_MIRROR.test(prefix))
      return `the mirror for ${host} must be a registry path ending with /, such as registry.example.internal/ghcr/`;
  }
  return null;
}

/** Reads "host = prefix" lines (blank lines ignored) into a map, or says which line is wrong. */
export function parseMirrorMap(
  text: string,
): { ok: true; value: Record<string, string> } | { ok: false; problem: string } {
  const value: Record<string, string> = {};
  const lines = text.split(/\r\n|\r|\n/);
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === "") continue;
    const match = /^(\S+)\s*=\s*(\S+)$/.exec(line);
    if (!match) return { ok: false, problem: `line ${i + 1}: expected host = mirror` };
    const [, host = "", prefix = ""] = match;
    if (Object.hasOwn(value, host))
      return { ok: false, problem: `line ${i + 1}: ${host} is listed twice` };
    const problem = checkMirrorMap({ [host]: prefix });
    if (problem) return { ok: false, problem: `line ${i + 1}: ${problem}` };
    value[host] = prefix;
  }
  const sorted = Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)));
  const problem = checkMirrorMap(sorted);
  return problem ? { ok: false, problem } : { ok: true, value: sorted };
}

/** The map as the text field shows it: one "host = prefix" line per registry, sorted. */
export function formatMirrorMap(map: Record<string, string>): string {
  return Object.entries(map)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([host, prefix]) => `${host} = ${prefix}`)
    .join("\n");
}

/** The Dockerfile header's lines about mirrors, for the registries this file pulls from. */
export function mirrorNotes(registries: readonly string[], answers: MirrorAnswers): string[] {
  if (answers.registryMirror === "" && Object.keys(answers.mirrorsByRegistry).length === 0)
    return [];
  const ordered = [...new Set(registries)].sort((a, b) =>
    a === DOCKER_HUB ? -1 : b === DOCKER_HUB ? 1 : a < b ? -1 : 1,
  );
  return ordered.map((registry) => {
    const mirror = mirrorFor(registry, answers);
    if (registry === DOCKER_HUB)
      return mirror
        ? `Docker Hub images come through your mirror ${mirror} (official images under library/).`
        : "Docker Hub is pulled directly: set the registry mirror to pull it through your own registry.";
    return mirror
      ? `${registry} images come through ${mirror}.`
      : `${registry} is pulled directly: add it to the registry mirrors to pull it through your own registry.`;
  });
}

/**
 * Who to log in to before pulling `reference`: the mirror's host when the reference goes through a
 * mirror, otherwise what the image's own data says (`notes`).
 */
export function loginAdvice(reference: string, notes: string, answers: MirrorAnswers): string {
  const registry = registryOf(reference);
  const mirror = mirrorFor(registry, answers);
  if (mirror === "") return `Log in before building: ${notes}`;
  const host = mirrorHost(mirror);
  return `Log in to ${host} before building (docker login ${host}): it serves ${registry === DOCKER_HUB ? "Docker Hub" : registry} here.`;
}
