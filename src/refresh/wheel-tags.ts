/**
 * Wheel file names and what they say about where a wheel installs:
 * - the file name: `{name}-{version}(-{build})?-{python}-{abi}-{platform}.whl` (PEP 427, now the
 *   "Binary distribution format" specification), each tag possibly a compressed set `a.b`;
 * - the tags (PEP 425): which interpreters and ABIs, `abi3` meaning the stable ABI of that CPython
 *   and every later one;
 * - the Linux platforms: PEP 600 `manylinux_X_Y_<arch>` for glibc X.Y or newer, with the legacy
 *   aliases manylinux1 (2.5), manylinux2010 (2.12) and manylinux2014 (2.17); PEP 656
 *   `musllinux_X_Y_<arch>` for musl X.Y or newer.
 * Only what the package data records is derived: CPython 3 minors, glibc or musl, x86_64 or aarch64.
 */

/** The C library a Linux wheel targets: glibc (manylinux) or musl (musllinux). */
export type Libc = "glibc" | "musl";
/** The platforms data/packages records, as its `wheels` keys. */
export const WHEEL_PLATFORMS = [
  "manylinux_x86_64",
  "manylinux_aarch64",
  "musllinux_x86_64",
  "musllinux_aarch64",
] as const;
/** One of WHEEL_PLATFORMS. */
export type WheelPlatform = (typeof WHEEL_PLATFORMS)[number];

/** The parts of a wheel file name that say where it installs. */
export type WheelName = {
  /** The version segment as written in the file name. */
  version: string;
  pythonTags: string[];
  abiTags: string[];
  platformTags: string[];
};

/** The parts of a wheel file name, or undefined when `filename` is not one. */
export function parseWheelName(filename: string): WheelName | undefined {
  if (!filename.endsWith(".whl")) return undefined;
  const parts = filename.slice(0, -".whl".length).split("-");
  if (parts.length !== 5 && parts.length !== 6) return undefined;
  if (parts.length === 6 && !/^\d/.test(parts[2] ?? "")) return undefined;
  const [name, version] = parts;
  const [python, abi, platform] = parts.slice(-3);
  if (!name || !version || !python || !abi || !platform) return undefined;
  const set = (tag: string) => tag.split(".").filter((t) => t !== "");
  return { version, pythonTags: set(python), abiTags: set(abi), platformTags: set(platform) };
}

const LEGACY_MANYLINUX: Record<string, string> = {
  manylinux1: "2.5",
  manylinux2010: "2.12",
  manylinux2014: "2.17",
};

/** A Linux platform tag as libc, its minimum version and the CPU; undefined for other platforms. */
export function parseLinuxPlatform(
  tag: string,
): { libc: Libc; minimum: string; arch: string } | undefined {
  const pep = /^(manylinux|musllinux)_(\d+)_(\d+)_([a-z0-9_]+)$/.exec(tag);
  if (pep?.[1] && pep[4])
    return {
      libc: pep[1] === "manylinux" ? "glibc" : "musl",
      minimum: `${pep[2]}.${pep[3]}`,
      arch: pep[4],
    };
  const legacy = /^(manylinux1|manylinux2010|manylinux2014)_([a-z0-9_]+)$/.exec(tag);
  const minimum = legacy?.[1] ? LEGACY_MANYLINUX[legacy[1]] : undefined;
  if (legacy?.[2] && minimum) return { libc: "glibc", minimum, arch: legacy[2] };
  return undefined;
}

/** The data's key for a Linux platform tag, when it is one the data records. */
export function wheelPlatform(tag: string): WheelPlatform | undefined {
  const linux = parseLinuxPlatform(tag);
  if (!linux || (linux.arch !== "x86_64" && linux.arch !== "aarch64")) return undefined;
  return `${linux.libc === "glibc" ? "manylinux" : "musllinux"}_${linux.arch}`;
}

const minorOf = (version: string) => Number(version.split(".")[1]);

/**
 * The CPython 3 minors (out of `minors`, such as ["3.10", "3.11"]) one python/abi tag pair serves:
 * cp3X with its own ABI or `none` serves 3.X; cp3X-abi3 serves 3.X and later; py3 serves every
 * minor and py3X serves 3.X and later (pip offers py3X tags to newer interpreters). Free-threaded
 * ABIs (cp313t) serve no minor here: the images run the default build. PyPy and Python 2 serve none.
 */
export function minorsServed(pythonTag: string, abiTag: string, minors: string[]): string[] {
  const cp = /^cp3(\d+)$/.exec(pythonTag);
  if (cp?.[1]) {
    const minor = Number(cp[1]);
    if (abiTag === "abi3") return minors.filter((m) => minorOf(m) >= minor);
    const ownAbi = new RegExp(`^cp3${minor}[dm]*$`);
    if (abiTag === "none" || ownAbi.test(abiTag)) return minors.filter((m) => minorOf(m) === minor);
    return [];
  }
  if (abiTag !== "none" && abiTag !== "abi3") return [];
  if (pythonTag === "py3") return [...minors];
  const py = /^py3(\d+)$/.exec(pythonTag);
  if (py?.[1]) return minors.filter((m) => minorOf(m) >= Number(py[1]));
  return [];
}
