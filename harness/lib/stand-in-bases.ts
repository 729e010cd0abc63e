/**
 * Builds the stand-in bases from their recipes with mmdebstrap, caches the root file systems
 * outside the clone keyed by recipe (package list, files, configuration), and keeps a local image
 * under the real name. A base whose key has not changed is neither downloaded nor rebuilt.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { HarnessEndpoints, StandInRecipe } from "../bases/recipe.ts";
import { buildah, buildahOut, inspectImage, removeImage } from "./buildah.ts";
import { runOrThrow } from "./process.ts";

const KEY_LABEL = "io.base-image-advisor.harness.key";
const HEADER_LABEL = "io.base-image-advisor.harness.stand-in";
/** Where each stand-in says what it is, inside the image. */
export const HEADER_PATH = "/usr/share/base-image-advisor/STAND-IN";
const SUITE = "trixie";
/**
 * Run after every recipe's own lines: mmdebstrap persists its own options (the recipe's files say
 * the same, once), and Debian's images ship no package lists or apt caches.
 */
const CLEANUP_HOOKS = [
  'rm -f "$1/etc/apt/apt.conf.d/99mmdebstrap" "$1/etc/dpkg/dpkg.cfg.d/99mmdebstrap"',
  'rm -rf "$1"/var/lib/apt/lists/* "$1"/var/cache/apt/*.bin "$1"/var/cache/apt/archives/*.deb',
];

export type BaseResult = {
  name: string;
  key: string;
  source: "image" | "tar" | "built";
  seconds: number;
};

/** Bumped when the way recipes are applied changes, so images built the old way are rebuilt. */
const BUILDER_VERSION = 3;

/** The cache key: everything that decides the image's content. */
export function recipeKey(recipe: StandInRecipe, endpoints: HarnessEndpoints): string {
  const content = JSON.stringify({
    builder: BUILDER_VERSION,
    suite: SUITE,
    variant: recipe.variant,
    dpkgOptions: recipe.dpkgOptions,
    packages: [...recipe.packages].sort(),
    files: recipe.files(endpoints),
    customize: [...recipe.customize, ...CLEANUP_HOOKS],
    config: recipe.config,
    header: recipe.header,
  });
  return createHash("sha256").update(content).digest("hex").slice(0, 16);
}

function slug(name: string): string {
  return name.replace(/[^A-Za-z0-9.-]+/g, "_");
}

/** Writes the recipe's files (and its header) into the root file system. */
function writeFiles(recipe: StandInRecipe, endpoints: HarnessEndpoints, root: string): void {
  const files = { ...recipe.files(endpoints), [HEADER_PATH]: `${recipe.header.join("\n")}\n` };
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

/**
 * mmdebstrap makes the root file system as a directory (its customize hooks do not run for the
 * extract variant, and its own clean-up needs apt's folders), then the harness writes the recipe's
 * files, runs its lines and packs the tar.
 */
async function mmdebstrap(
  recipe: StandInRecipe,
  endpoints: HarnessEndpoints,
  out: string,
  log: (line: string) => void,
): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), "advisor-base-"));
  try {
    const args = [
      `--variant=${recipe.variant}`,
      "--format=directory",
      `--aptopt=Acquire::http::Proxy "${endpoints.aptProxy}"`,
      ...(recipe.dpkgOptions ?? []).map((option) => `--dpkgopt=${option}`),
      ...(recipe.packages.length > 0 ? [`--include=${recipe.packages.join(",")}`] : []),
      SUITE,
      root,
      ...endpoints.aptSources,
    ];
    const started = performance.now();
    await runOrThrow("mmdebstrap", args, { timeoutMs: 300_000 });
    writeFiles(recipe, endpoints, root);
    for (const line of [...recipe.customize, ...CLEANUP_HOOKS])
      await runOrThrow("/bin/sh", ["-ec", line, "sh", root], { timeoutMs: 60_000 });
    await runOrThrow("tar", ["--numeric-owner", "-C", root, "-cf", `${out}.part`, "."], {
      timeoutMs: 120_000,
    });
    renameSync(`${out}.part`, out);
    log(`  ${recipe.name}: mmdebstrap ${((performance.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    rmSync(root, { recursive: true, force: true });
    rmSync(`${out}.part`, { force: true });
  }
}

/** Turns a root file system tar into a local image under the recipe's name. */
async function importTar(recipe: StandInRecipe, key: string, tar: string): Promise<void> {
  await removeImage(recipe.name);
  const container = await buildahOut(["from", "scratch"]);
  try {
    await buildahOut(["add", container, tar, "/"], { timeoutMs: 300_000 });
    const { entrypoint, cmd, user, env } = recipe.config;
    const config = [
      "--label",
      `${KEY_LABEL}=${key}`,
      "--label",
      `${HEADER_LABEL}=${recipe.header[0]}`,
      ...(entrypoint ? ["--entrypoint", JSON.stringify(entrypoint)] : []),
      ...(cmd ? ["--cmd", JSON.stringify(cmd)] : []),
      ...(user ? ["--user", user] : []),
      ...(env ?? []).flatMap((e) => ["--env", e]),
      container,
    ];
    await buildahOut(["config", ...config]);
    await buildahOut(["commit", "--format", "docker", "--rm", container, recipe.name], {
      timeoutMs: 300_000,
    });
  } catch (error) {
    await buildah(["rm", container]);
    throw error;
  }
}

/** Makes sure the local image for `recipe` exists and matches its key; returns what it took. */
export async function ensureBase(
  recipe: StandInRecipe,
  endpoints: HarnessEndpoints,
  cacheDir: string,
  log: (line: string) => void,
): Promise<BaseResult> {
  const started = performance.now();
  const key = recipeKey(recipe, endpoints);
  const seconds = () => (performance.now() - started) / 1000;
  const existing = await inspectImage(recipe.name);
  if (existing?.Labels[KEY_LABEL] === key)
    return { name: recipe.name, key, source: "image", seconds: seconds() };
  mkdirSync(cacheDir, { recursive: true });
  const tar = join(cacheDir, `${slug(recipe.name)}-${key}.tar`);
  const source = existsSync(tar) ? "tar" : "built";
  if (source === "built") await mmdebstrap(recipe, endpoints, tar, log);
  await importTar(recipe, key, tar);
  return { name: recipe.name, key, source, seconds: seconds() };
}
