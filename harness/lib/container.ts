/**
 * Runs a built image as a container runtime would, without one: the image's Entrypoint + Cmd as
 * PID 1 in fresh PID, network and mount namespaces (loopback up, a fresh /dev, /proc mounted), as
 * the image's User in its WorkingDir with its Env; Debian's tini where `docker run --init` is asked
 * for; commands (the health check) run inside the same namespaces through nsenter.
 */
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildah, buildahOut, type ImageConfig } from "./buildah.ts";
import { killGroup, type RunResult, run } from "./process.ts";

/**
 * The host half of the start, as shell because it is a few mount and exec calls: loopback up, a
 * /dev like Docker's (a tmpfs with the usual nodes bound from the host), tini bound at /dev/init
 * when asked, then chroot into the image, drop to the user and exec the command, which becomes PID 1.
 */
const START = `set -eu
root=$1 wd=$2 uid=$3 gid=$4 init=$5
shift 5
/usr/sbin/ip link set lo up
/usr/bin/mount -t tmpfs -o mode=755,size=1m tmpfs "$root/dev"
for node in null zero full random urandom tty; do
  : > "$root/dev/$node"
  /usr/bin/mount --bind "/dev/$node" "$root/dev/$node"
done
/usr/bin/mkdir "$root/dev/shm" "$root/dev/pts"
/usr/bin/mount -t tmpfs -o mode=1777 tmpfs "$root/dev/shm"
/usr/bin/ln -s /proc/self/fd "$root/dev/fd"
if [ "$init" = yes ]; then
  : > "$root/dev/init"
  /usr/bin/mount --bind /usr/bin/tini-static "$root/dev/init"
  set -- /dev/init -- "$@"
fi
exec /usr/bin/unshare --root="$root" --wd="$wd" --setuid "$uid" --setgid "$gid" -- "$@"
`;

export type Identity = { uid: number; gid: number; home: string };

/** Docker's reading of USER: "uid", "uid:gid", "name" or "name:group", looked up in the image. */
export function resolveUser(user: string, passwd: string, group: string): Identity {
  const [who = "", groupPart] = user === "" ? ["0"] : user.split(":");
  const entries = passwd.split("\n").map((line) => line.split(":"));
  const entry = entries.find((e) => e[0] === who || e[2] === who);
  const uid = /^\d+$/.test(who) ? Number(who) : Number(entry?.[2] ?? Number.NaN);
  if (Number.isNaN(uid))
    throw new Error(`USER ${user}: no user "${who}" in the image's /etc/passwd`);
  let gid = Number(entry?.[3] ?? 0);
  if (groupPart !== undefined) {
    const named = group
      .split("\n")
      .map((line) => line.split(":"))
      .find((g) => g[0] === groupPart);
    gid = /^\d+$/.test(groupPart) ? Number(groupPart) : Number(named?.[2] ?? Number.NaN);
    if (Number.isNaN(gid))
      throw new Error(`USER ${user}: no group "${groupPart}" in the image's /etc/group`);
  }
  return { uid, gid, home: entry?.[5] ?? "/" };
}

/** The process a runtime starts: Entrypoint followed by Cmd. */
export function startArgs(config: ImageConfig): string[] {
  return [...(config.Entrypoint ?? []), ...(config.Cmd ?? [])];
}

function environment(config: ImageConfig, identity: Identity): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { HOSTNAME: "harness", HOME: identity.home };
  for (const entry of config.Env) {
    const at = entry.indexOf("=");
    if (at > 0) env[entry.slice(0, at)] = entry.slice(at + 1);
  }
  return env;
}

function readIfExists(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}

/** A working container of an image with its root file system mounted on the host. */
export type MountedImage = {
  container: string;
  root: string;
  config: ImageConfig;
  identity: Identity;
  remove: () => Promise<void>;
};

export async function mountImage(image: string, config: ImageConfig): Promise<MountedImage> {
  const container = await buildahOut(["from", "--pull=never", image]);
  const remove = async () => {
    await buildah(["umount", container]);
    await buildah(["rm", container]);
  };
  try {
    const root = await buildahOut(["mount", container]);
    const identity = resolveUser(
      config.User,
      readIfExists(join(root, "etc/passwd")),
      readIfExists(join(root, "etc/group")),
    );
    return { container, root, config, identity, remove };
  } catch (error) {
    await remove();
    throw error;
  }
}

export type Running = {
  /** PID 1 of the container, as the host numbers it. */
  hostPid: number;
  output: () => string;
  /** Resolves when PID 1 (and so the container) has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  hasExited: () => boolean;
  /** Runs a command inside the container's namespaces, as its user, in its working directory. */
  exec: (args: string[], timeoutMs: number) => Promise<RunResult>;
  /** Kills everything in the container (PID 1's death ends the PID namespace). */
  kill: () => void;
};

function childOf(pid: number): number | undefined {
  const children = readIfExists(`/proc/${pid}/task/${pid}/children`).trim().split(/\s+/);
  return children[0] ? Number(children[0]) : undefined;
}

/** Starts the image's command (or `args`) as PID 1 of a new container. */
export async function startContainer(
  mounted: MountedImage,
  options: { init: boolean; args?: string[] },
): Promise<Running> {
  const { root, config, identity } = mounted;
  const args = options.args ?? startArgs(config);
  if (args.length === 0) throw new Error("the image has neither Entrypoint nor Cmd");
  mkdirSync(join(root, "proc"), { recursive: true });
  mkdirSync(join(root, "dev"), { recursive: true });
  const env = environment(config, identity);
  const wd = config.WorkingDir || "/";
  const child = spawn(
    "/usr/bin/unshare",
    [
      "--pid",
      "--net",
      "--mount",
      "--fork",
      "--kill-child",
      `--mount-proc=${join(root, "proc")}`,
      "--",
      "/bin/sh",
      "-c",
      START,
      "start",
      root,
      wd,
      String(identity.uid),
      String(identity.gid),
      options.init ? "yes" : "no",
      ...args,
    ],
    { env, detached: true, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  let done = false;
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("close", (code, signal) => {
      done = true;
      resolve({ code, signal });
    }),
  );
  const kill = () => killGroup(child.pid, "SIGKILL");
  let hostPid: number | undefined;
  for (let waited = 0; hostPid === undefined && waited < 5000 && !done; waited += 20) {
    hostPid = child.pid === undefined ? undefined : childOf(child.pid);
    if (hostPid === undefined) await new Promise((r) => setTimeout(r, 20));
  }
  if (hostPid === undefined) {
    kill();
    await exited;
    throw new Error(`the container did not start: ${output.trim() || "no output"}`);
  }
  const pid = hostPid;
  return {
    hostPid: pid,
    output: () => output,
    exited,
    hasExited: () => done,
    exec: (command, timeoutMs) =>
      run(
        "/usr/bin/nsenter",
        [
          "--target",
          String(pid),
          "--pid",
          "--net",
          "--mount",
          "--root",
          "--wd",
          "--setuid",
          String(identity.uid),
          "--setgid",
          String(identity.gid),
          "--",
          ...command,
        ],
        { timeoutMs, env },
      ),
    kill,
  };
}

/** The uid the kernel reports for a host process. */
export function processUid(hostPid: number): number | undefined {
  const line = /^Uid:\s+(\d+)/m.exec(readIfExists(`/proc/${hostPid}/status`));
  return line?.[1] === undefined ? undefined : Number(line[1]);
}

/** Waits for an exit for at most `ms`; returns the milliseconds it took, or undefined. */
export async function waitForExit(running: Running, ms: number): Promise<number | undefined> {
  const started = performance.now();
  const timer = new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), ms));
  const result = await Promise.race([running.exited, timer]);
  return result === "timeout" ? undefined : performance.now() - started;
}
