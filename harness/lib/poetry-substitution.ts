/**
 * The one change the harness makes to a generated file, declared in every report: Poetry's own
 * dependency tree is on PyPI, which is not reachable here, so the line that pip-installs Poetry
 * into its environment installs Debian's python3-poetry instead and links its `poetry` there. The
 * rest of the Dockerfile, including every `poetry` command, runs unchanged.
 */

/** `<env>/bin/pip install "poetry..."` (any version specifier), as the generators write it. */
const PIP_INSTALLS_POETRY = /(\S+)\/bin\/pip install "?poetry(?:[=<>!~][^"\s]*)?"?/g;

export type Substitution = { dockerfile: string; from: string; to: string };

/**
 * Applies the substitution to a Dockerfile that installs Poetry, or returns undefined when it
 * installs none. Throws when the Dockerfile installs Poetry some way the harness does not know,
 * so a generator change cannot slip past it unreplaced.
 */
export function substitutePoetry(dockerfile: string): Substitution | undefined {
  const matches = [...dockerfile.matchAll(PIP_INSTALLS_POETRY)];
  if (matches.length === 0) {
    if (
      /\bpip install\b.*\bpoetry\b|pipx install poetry|install\.python-poetry\.org/.test(dockerfile)
    )
      throw new Error(
        "the Dockerfile installs Poetry in a way the harness's substitution does not know",
      );
    return undefined;
  }
  if (matches.length > 1) throw new Error("the Dockerfile installs Poetry more than once");
  const [from, env] = matches[0] as RegExpMatchArray;
  const to =
    "{ apt-get update && apt-get install -y --no-install-recommends python3-poetry && rm -rf /var/lib/apt/lists/*; }" +
    ` && ln -sf /usr/bin/poetry ${env}/bin/poetry && ${env}/bin/poetry --version`;
  return { dockerfile: dockerfile.replace(from, to), from, to };
}
