/**
 * The candidates the harness cannot build here, and why. Only Debian's packages are reachable from
 * these machines (no Docker Hub, ghcr.io, PyPI, Alpine, Wolfi, Red Hat or Ubuntu archives), so a
 * stand-in exists only where Debian 13's own packages can honestly be the image.
 */
export const NOT_BUILDABLE: Record<string, string> = {
  "python-alpine":
    "musl: Alpine's packages and Python build are not reachable here, only Debian's (glibc).",
  "python-3.9-alpine": "end of life; musl: Alpine's packages are not reachable here.",
  "dhi-python-alpine":
    "musl: Alpine's packages are not reachable; dhi.io needs a login and is not reachable.",
  "dhi-python-debian":
    "Docker builds its own CPython at its own paths; dhi.io needs a login and is not reachable. Debian's python3.13 would stand in for a different build, so it would not test the generated paths.",
  "chainguard-python":
    "Wolfi's packages (glibc and Python are Chainguard's builds) and cgr.dev are not reachable here.",
  "ubi9-python": "RPM-based: Red Hat's registry and RPM repositories are not reachable here.",
  "ubi10-python-minimal":
    "RPM-based (microdnf): Red Hat's registry and RPM repositories are not reachable here.",
  "amazonlinux-2023":
    "RPM-based (dnf): Amazon Linux's repositories and public.ecr.aws are not reachable here.",
  "ubuntu-chiselled-python":
    "Canonical's chiselled rock is cut from Ubuntu 24.04's packages, and Ubuntu's archive and images are not reachable here.",
  "wolfi-python":
    "Wolfi's packages (its own glibc and Python builds) and cgr.dev are not reachable here.",
  "uv-debian-13-slim":
    "uv is not reachable (no registry, no Debian package): the Dockerfile copies it from ghcr.io/astral-sh/uv and installs Python with it.",
  "python-slim-bookworm":
    "Python 3.13 on Debian 12: Debian 12 ships only Python 3.11, so no Debian package can stand in for python.org's 3.13 there.",
  "python-3.9-slim": "end of life; Python 3.9 is in no Debian release this machine can reach.",
  "python-full":
    "buildable in principle (the slim stand-in plus buildpack-deps' compilers and headers), left out: the slim rows already build C extensions with build-essential, and the full image's extra packages would double the run's disk and time.",
  "ubuntu-20.04": "end of life; Ubuntu's archive is not reachable here.",
  "ubuntu-22.04": "Ubuntu's archive and images are not reachable here.",
  "ubuntu-24.04": "Ubuntu's archive and images are not reachable here.",
  "ubuntu-26.04": "Ubuntu's archive and images are not reachable here.",
};

/** Why a packaging tool cannot be built with any image here. */
export const TOOL_NOT_BUILDABLE = {
  uv: "every uv Dockerfile copies /uv from ghcr.io/astral-sh/uv, which is not reachable, and no Debian package ships uv.",
} as const;
