/**
 * Stand-in for python:3.13-slim-trixie. The official image compiles CPython from python.org into
 * /usr/local; here Debian 13's own CPython 3.13 is linked into the same paths, so everything the
 * generated files rely on (/usr/local/bin/python3, venv with pip, headers for C extensions, apt)
 * is where the official image has it.
 */
import { DEBIAN_DIFFERENCES, debianFiles, SLIM_DPKG } from "./debian-common.ts";
import type { StandInRecipe } from "./recipe.ts";

export const pythonSlimTrixie: StandInRecipe = {
  name: "python:3.13-slim-trixie",
  header: [
    "Stand-in for python:3.13-slim-trixie: Debian 13 slim with Debian's CPython 3.13 linked into /usr/local/bin (python, python3, python3.13, pip, pip3), as the official image has its own build there.",
    "Differs: Debian's CPython build and patch level, not python.org's latest 3.13.x; site-packages are Debian's paths; headers are Debian's libpython3.13-dev (/usr/include/python3.13); no PYTHON_VERSION or GPG_KEY variables.",
    "Like the official image (and unlike Debian's python3), pip is not marked externally managed.",
    ...DEBIAN_DIFFERENCES,
  ],
  variant: "minbase",
  packages: [
    "python3",
    "python3-venv",
    "python3-pip",
    "libpython3.13-dev",
    "ca-certificates",
    "netbase",
    "tzdata",
  ],
  dpkgOptions: SLIM_DPKG,
  files: debianFiles,
  customize: [
    'for name in python python3 python3.13; do ln -sf /usr/bin/python3.13 "$1/usr/local/bin/$name"; done',
    'for name in pip pip3; do ln -sf /usr/bin/pip3 "$1/usr/local/bin/$name"; done',
    'rm -f "$1/usr/lib/python3.13/EXTERNALLY-MANAGED"',
  ],
  config: {
    cmd: ["python3"],
    env: ["PATH=/usr/local/bin:/usr/local/sbin:/usr/sbin:/usr/bin:/sbin:/bin", "LANG=C.UTF-8"],
  },
};
