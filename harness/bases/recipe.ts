/**
 * What a stand-in base is made of. Each recipe in this folder builds, from Debian 13's own packages,
 * an image named exactly like the published image it stands for, so the generated FROM lines
 * resolve locally with --pull=never. Its header says what it is and how it differs from the real one.
 */

/** The loopback services every stand-in is configured for (see harness/lib/locations.ts). */
export type HarnessEndpoints = {
  /** The caching apt proxy, e.g. http://127.0.0.1:4318 */
  aptProxy: string;
  /** The fixture package index, e.g. http://127.0.0.1:4317/simple/ */
  packageIndex: string;
  /** Debian mirror lines for the image's apt sources (the mirror this machine already uses). */
  aptSources: string[];
};

export type StandInRecipe = {
  /** The reference the generated files use, e.g. "python:3.13-slim-trixie". */
  name: string;
  /** What it is and how it differs from the published image; written into the image too. */
  header: string[];
  /** mmdebstrap variant: "minbase" (Essential + apt, as Debian's own images) or "extract" (no dpkg, no shell). */
  variant: "minbase" | "extract";
  packages: string[];
  /** dpkg options while the packages unpack (the slim excludes must apply then, not only later). */
  dpkgOptions?: string[];
  /** Files placed in the root file system (path -> content), after the packages. */
  files: (endpoints: HarnessEndpoints) => Record<string, string>;
  /** Shell lines run on the host with the root file system as "$1", after the files. */
  customize: string[];
  config: { entrypoint?: string[]; cmd?: string[]; user?: string; env?: string[] };
};
