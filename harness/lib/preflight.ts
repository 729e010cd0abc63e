/** What the harness needs on the machine, checked up front so a missing tool is named, not guessed at. */
import { existsSync } from "node:fs";
import { buildah, buildahOut } from "./buildah.ts";
import { run } from "./process.ts";

/** Commands and the Debian package that provides each (.ci/run installs the packages). */
const TOOLS = [
  ["/usr/bin/buildah", "buildah"],
  ["/usr/bin/mmdebstrap", "mmdebstrap"],
  ["/usr/bin/tini-static", "tini"],
  ["/usr/bin/shellcheck", "shellcheck"],
  ["/usr/bin/unshare", "util-linux"],
  ["/usr/bin/nsenter", "util-linux"],
  ["/usr/sbin/ip", "iproute2"],
] as const;

export async function requireTools(): Promise<void> {
  const missing = TOOLS.filter(([path]) => !existsSync(path));
  if (missing.length > 0)
    throw new Error(
      `missing ${missing.map(([p, pkg]) => `${p} (Debian package ${pkg})`).join(", ")}: apt-get install -y ${[...new Set(missing.map(([, pkg]) => pkg))].join(" ")}`,
    );
  if (process.getuid?.() !== 0)
    throw new Error("the harness needs root (mmdebstrap, mounts, namespaces)");
  const probe = await run(
    "/usr/bin/unshare",
    ["--pid", "--net", "--fork", "--mount-proc", "true"],
    { timeoutMs: 10_000 },
  );
  if (probe.code !== 0)
    throw new Error(`cannot create PID and network namespaces here: ${probe.stderr.trim()}`);
}

/** The version of a Debian package installed in an image (dpkg-query inside it). */
export async function debianPackageVersion(image: string, pkg: string): Promise<string> {
  const container = await buildahOut(["from", "--pull=never", image]);
  try {
    // `dpkg-query -W` prints "package<TAB>version".
    const line = await buildahOut(["run", container, "--", "dpkg-query", "-W", pkg]);
    return line.split("\t")[1] ?? line;
  } finally {
    await buildah(["rm", container]);
  }
}
