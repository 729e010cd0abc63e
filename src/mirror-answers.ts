/**
 * The registry mirror answers and their checks: what a page needs to read, validate and show them
 * (see registry-mirrors.ts for how image references go through them). Apart from the reference
 * rewriting so that the page's first download carries only this part.
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
export const DOCKER_HUB = "docker.io";
export const DOCKER_HUB_HOSTS = [DOCKER_HUB, "index.docker.io", "registry-1.docker.io"];

/** More would be a configuration file, not an answer. */
export const MAX_REGISTRY_MIRRORS = 10;

export type MirrorAnswers = { registryMirror: string; mirrorsByRegistry: Record<string, string> };

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
