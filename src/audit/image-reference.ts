/**
 * Image references as Docker reads them (distribution/reference): `[registry/]path[:tag][@digest]`.
 * The first path component is a registry when it contains a "." or a ":" or is "localhost";
 * otherwise the image is on Docker Hub, where official images live under `library/`.
 */

export type ImageReference = {
  /** As resolved, for messages. */
  text: string;
  /** Registry host, "" for Docker Hub. */
  registry: string;
  /** Repository path without the registry; Docker Hub official images without "library/". */
  repository: string;
  /** undefined when no tag is written (Docker then pulls "latest"). */
  tag: string | undefined;
  digest: string | undefined;
};

const DOCKER_HUB = new Set(["docker.io", "index.docker.io", "registry-1.docker.io"]);

/** Splits a reference; undefined for text that is not one (empty, spaces, an unresolved variable). */
export function parseImageReference(text: string): ImageReference | undefined {
  if (text === "" || /[\s$]/.test(text) || text.length > 512) return undefined;
  const at = text.indexOf("@");
  const digest = at === -1 ? undefined : text.slice(at + 1);
  const name = at === -1 ? text : text.slice(0, at);
  const slash = name.lastIndexOf("/");
  const colon = name.lastIndexOf(":");
  const tag = colon > slash ? name.slice(colon + 1) : undefined;
  const path = colon > slash ? name.slice(0, colon) : name;
  const parts = path.split("/");
  const first = parts[0] ?? "";
  const hasRegistry =
    parts.length > 1 && (first.includes(".") || first.includes(":") || first === "localhost");
  let registry = hasRegistry ? first : "";
  let rest = hasRegistry ? parts.slice(1) : parts;
  if (DOCKER_HUB.has(registry)) registry = "";
  if (registry === "" && rest.length === 2 && rest[0] === "library") rest = rest.slice(1);
  const repository = rest.join("/");
  if (repository === "" || tag === "" || digest === "") return undefined;
  return { text, registry, repository, tag, digest };
}

/** The reference in one canonical spelling (no docker.io, no library/), for comparing. */
export function canonicalReference(ref: ImageReference, withTag = true): string {
  const path = ref.registry ? `${ref.registry}/${ref.repository}` : ref.repository;
  return withTag && ref.tag !== undefined ? `${path}:${ref.tag}` : path;
}
