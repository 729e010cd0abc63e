/**
 * Not a stand-in: the harness's own tool image. It builds the fixture index's wheels and sdists and
 * writes the Poetry fixture's lock file, with Debian 13's Python 3.13, setuptools and Poetry.
 */
import { debianFiles, SLIM_DPKG } from "./debian-common.ts";
import type { StandInRecipe } from "./recipe.ts";

export const HARNESS_TOOLS = "localhost/base-image-advisor-harness/tools:trixie";

export const harnessTools: StandInRecipe = {
  name: HARNESS_TOOLS,
  header: [
    "The harness's tool image (not a stand-in): Debian 13 with python3-build, setuptools and python3-poetry, for building the fixture index and the Poetry lock file.",
  ],
  variant: "minbase",
  packages: [
    "python3",
    "python3-build",
    "python3-setuptools",
    "python3-setuptools-whl",
    "python3-poetry",
  ],
  dpkgOptions: SLIM_DPKG,
  files: debianFiles,
  customize: [],
  config: {
    env: ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "LANG=C.UTF-8"],
  },
};
