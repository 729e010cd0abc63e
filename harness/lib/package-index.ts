/**
 * The fixture package index: wheels and sdists built here from harness/packages/ with Debian 13's
 * Python, plus Debian's own setuptools wheel (pip needs it to build an sdist), served as a PEP 503
 * simple index on loopback. The stand-in bases' /etc/pip.conf points at it.
 */
import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
} from "node:fs";
import http from "node:http";
import { join } from "node:path";
import { buildah, buildahOut } from "./buildah.ts";
import { describeFailure } from "./process.ts";

/** Each fixture package and what the index offers for it. */
export const INDEX_PACKAGES = [
  { name: "greeting", dist: "wheel" },
  { name: "tinyserve", dist: "wheel" },
  // Only the sdist, so an image gets it only by compiling it in the build stage.
  { name: "fastsum", dist: "sdist" },
] as const;

/** PEP 503 name normalisation. */
export function normalize(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}

/** The project a distribution file belongs to, from its PEP 427 / sdist file name. */
export function projectOf(file: string): string {
  const match = /^(.+?)-\d[^-]*(?:-.*)?\.(?:whl|tar\.gz)$/.exec(file);
  if (!match?.[1]) throw new Error(`not a wheel or sdist name: ${file}`);
  return normalize(match[1]);
}

function hashTree(dir: string, hash: ReturnType<typeof createHash>): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const path = join(dir, entry.name);
    hash.update(entry.name);
    if (entry.isDirectory()) hashTree(path, hash);
    else hash.update(readFileSync(path));
  }
}

/**
 * Builds the index's files in the harness tool image, once per content of harness/packages/ and of
 * the tool image (`toolsKey`); returns the folder of distribution files.
 */
export async function buildPackageIndex(
  packagesDir: string,
  cacheDir: string,
  tools: { name: string; key: string },
): Promise<string> {
  const hash = createHash("sha256").update(tools.key);
  hashTree(packagesDir, hash);
  const key = hash.digest("hex").slice(0, 16);
  const out = join(cacheDir, `index-${key}`);
  if (existsSync(out)) return out;
  const work = `${out}.part`;
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(work, "dist"), { recursive: true });
  cpSync(packagesDir, join(work, "src"), { recursive: true });
  const steps = INDEX_PACKAGES.map(
    (p) => `python3 -m build --no-isolation --${p.dist} --outdir /work/dist /work/src/${p.name}`,
  );
  steps.push("cp /usr/share/python-wheels/setuptools-*.whl /work/dist/");
  const container = await buildahOut(["from", "--pull=never", tools.name]);
  try {
    const result = await buildah(
      ["run", "--volume", `${work}:/work`, container, "--", "sh", "-ec", steps.join("\n")],
      { timeoutMs: 180_000 },
    );
    if (result.code !== 0)
      throw new Error(`building the fixture index: ${describeFailure("buildah run", [], result)}`);
  } finally {
    await buildah(["rm", container]);
  }
  renameSync(join(work, "dist"), out);
  rmSync(work, { recursive: true, force: true });
  return out;
}

export type PackageIndexServer = { url: string; close: () => Promise<void> };

/** Serves the folder as a PEP 503 simple index with sha256 fragments on 127.0.0.1:port. */
export function servePackageIndex(dir: string, port: number): Promise<PackageIndexServer> {
  const files = readdirSync(dir).filter((f) => f.endsWith(".whl") || f.endsWith(".tar.gz"));
  const byProject = new Map<string, { file: string; sha256: string }[]>();
  for (const file of files) {
    const sha256 = createHash("sha256")
      .update(readFileSync(join(dir, file)))
      .digest("hex");
    const project = projectOf(file);
    byProject.set(project, [...(byProject.get(project) ?? []), { file, sha256 }]);
  }
  const page = (title: string, links: string[]) =>
    `<!DOCTYPE html><html><head><meta name="pypi:repository-version" content="1.0"><title>${title}</title></head><body>${links.join("\n")}</body></html>\n`;
  const server = http.createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://index").pathname;
    const project = /^\/simple\/([^/]+)\/?$/.exec(path)?.[1];
    if (path === "/simple/" || path === "/simple") {
      const links = [...byProject.keys()].map((p) => `<a href="/simple/${p}/">${p}</a>`);
      response.writeHead(200, { "content-type": "text/html" }).end(page("Simple index", links));
    } else if (project !== undefined) {
      const entries = byProject.get(normalize(project));
      if (!entries) return void response.writeHead(404).end("not found");
      const links = entries.map(
        (e) => `<a href="/files/${e.file}#sha256=${e.sha256}">${e.file}</a>`,
      );
      response
        .writeHead(200, { "content-type": "text/html" })
        .end(page(`Links for ${project}`, links));
    } else if (path.startsWith("/files/") && files.includes(path.slice(7))) {
      response
        .writeHead(200, { "content-type": "application/octet-stream" })
        .end(readFileSync(join(dir, path.slice(7))));
    } else {
      response.writeHead(404).end("not found");
    }
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () =>
      resolve({
        url: `http://127.0.0.1:${port}/simple/`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      }),
    );
  });
}
