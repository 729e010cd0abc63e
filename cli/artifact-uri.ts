/**
 * Where a checked file is, as SARIF's artifactLocation.uri: relative to the repository's root (the
 * nearest folder above the working directory that holds .git), because GitHub code scanning
 * resolves result locations against the checked-out repository. A file outside it gets an absolute
 * file: URI instead of a "../" path nobody could resolve.
 */
import { existsSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";

/** The nearest folder at or above `start` that holds a .git folder or file; `start` when none does. */
export function repositoryRoot(start: string): string {
  let folder = resolve(start);
  for (;;) {
    if (existsSync(join(folder, ".git"))) return folder;
    const parent = dirname(folder);
    if (parent === folder) return resolve(start);
    folder = parent;
  }
}

/** The SARIF URI of `path` (as given on the command line, relative to `cwd`) for the root `root`. */
export function artifactUri(path: string, cwd: string, root: string): string {
  const absolute = resolve(cwd, path);
  const fromRoot = relative(root, absolute);
  if (fromRoot === "" || fromRoot.startsWith("..") || isAbsolute(fromRoot))
    return pathToFileURL(absolute).href;
  return fromRoot.split(sep).map(encodeURIComponent).join("/");
}
