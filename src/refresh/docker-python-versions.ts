/**
 * docker-library/python `versions.json`: per directory ("3.13", or "3.15-rc" while the next minor is
 * a pre-release), the exact CPython version and the variants built for it (trixie, slim-trixie,
 * alpine3.24, windows/...). It is the input the repository generates its Dockerfiles and its
 * official-images library file from (docker-library/python, versions.sh and
 * generate-stackbrew-library.sh). Keys it does not need (checksums, setuptools) are ignored.
 */
import { z } from "zod";
import { checkShape, parseJsonFile } from "./upstream-error.ts";

/** One directory of versions.json: a Python minor as docker-library/python builds it. */
export type PythonDirectory = {
  /** The minor version, "3.15" also for the "3.15-rc" directory. */
  minor: string;
  /** The exact version: "3.13.14", "3.15.0b3". */
  version: string;
  /** True for a pre-release directory ("-rc"): its tags are 3.15-rc-*, not 3.15-*. */
  prerelease: boolean;
  variants: string[];
};

const schema = z.record(
  z.string().regex(/^\d+\.\d+(-rc)?$/, "expected a directory such as 3.13 or 3.15-rc"),
  z.looseObject({
    version: z
      .string()
      .regex(/^\d+\.\d+\.\d+([abc]|rc)?\d*$/, "expected a version such as 3.13.14"),
    variants: z.array(z.string().min(1)).min(1, "expected at least one variant"),
  }),
);

/** Every directory of versions.json, in version order. */
export function parseVersionsJson(file: string, text: string): PythonDirectory[] {
  const data = checkShape(file, schema, parseJsonFile(file, text));
  return Object.entries(data)
    .map(([key, entry]) => ({
      minor: key.replace(/-rc$/, ""),
      version: entry.version,
      prerelease: key.endsWith("-rc"),
      variants: entry.variants,
    }))
    .sort((a, b) => Number(a.minor.split(".")[1]) - Number(b.minor.split(".")[1]));
}
