/**
 * Stand-in for debian:trixie-slim. This is the real distribution: Debian 13, minbase variant (the
 * Essential packages and apt), with the slim excludes, as debuerreotype builds the official image.
 */
import { DEBIAN_DIFFERENCES, debianFiles, SLIM_DPKG } from "./debian-common.ts";
import type { StandInRecipe } from "./recipe.ts";

export const debianTrixieSlim: StandInRecipe = {
  name: "debian:trixie-slim",
  header: [
    "Stand-in for debian:trixie-slim: Debian 13 minbase with the slim dpkg excludes, as debuerreotype builds it.",
    ...DEBIAN_DIFFERENCES,
  ],
  variant: "minbase",
  packages: [],
  dpkgOptions: SLIM_DPKG,
  files: debianFiles,
  customize: [],
  config: {
    cmd: ["bash"],
    env: ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"],
  },
};
