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

import {
  checkMirrorMap,
  DOCKER_HUB,
  DOCKER_HUB_HOSTS,
  formatMirrorMap,
  MAX_REGISTRY_MIRRORS,
  type MirrorAnswers,
  parseMirrorMap,
  REGISTRY_HOST,
  REGISTRY_MIRROR,
} from "./mirror-answers.ts";

/** The answers' checks, defined in mirror-answers.ts and re-exported where they were. */
export {
  checkMirrorMap,
  formatMirrorMap,
  MAX_REGISTRY_MIRRORS,
  type MirrorAnswers,
  parseMirrorMap,
  REGISTRY_HOST,
  REGISTRY_MIRROR,
};

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
