/**
 * Image references through an organisation's registry mirror. Docker Hub references carry no
 * registry host (python:3.13-slim-trixie); a pull-through mirror of Docker Hub serves official
 * images under library/ (Docker's registry mirror and distribution docs), so those get it added.
 * References with a registry host (gcr.io/..., cgr.dev/...) keep it after the prefix.
 */
export function throughMirror(reference: string, mirror: string): string {
  if (mirror === "") return reference;
  const first = reference.split("/")[0] ?? "";
  const hasRegistry =
    reference.includes("/") &&
    (first.includes(".") || first.includes(":") || first === "localhost");
  if (hasRegistry || reference.includes("/")) return `${mirror}${reference}`;
  return `${mirror}library/${reference}`;
}
