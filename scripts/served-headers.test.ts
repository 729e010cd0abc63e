/**
 * The headers deploy/nginx.conf serves, checked against Debian's real nginx (/usr/sbin/nginx;
 * .ci/run installs it) on a free local port: the config is included in an http block like the
 * image's own nginx.conf, with only its port and root changed, over a small copy of a build at
 * the root and under a sub-path.
 */
import { type ChildProcess, spawn } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { request } from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "./data-files.ts";

const NGINX = ["/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx"].find(existsSync);
const IMMUTABLE = "public, max-age=31536000, immutable";

type Response = { status: number; headers: Record<string, string | string[] | undefined> };

function get(port: number, path: string, gzip = false): Promise<Response> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: "127.0.0.1", port, path, headers: gzip ? { "Accept-Encoding": "gzip" } : {} },
      (res) => {
        res.resume();
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
      },
    );
    req.on("error", reject);
    req.end();
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** A build's shape: the pages, a hashed chunk, the exports (gzip needs 256 bytes or more). */
function writeSite(dir: string): void {
  mkdirSync(join(dir, "assets"), { recursive: true });
  const filler = "x".repeat(400);
  writeFileSync(join(dir, "index.html"), `<!doctype html><title>app</title>${filler}`);
  writeFileSync(join(dir, "embed.html"), `<!doctype html><title>embed</title>${filler}`);
  writeFileSync(join(dir, "assets/main-AbC123.js"), `export const x = "${filler}";`);
  writeFileSync(join(dir, "matrix.md"), `| a | b |\n| - | - |\n| ${filler} | y |\n`);
  writeFileSync(join(dir, "matrix.csv"), `a,b\n${filler},y\n`);
}

let nginx: ChildProcess | undefined;
let port = 0;
let dir = "";

beforeAll(async () => {
  if (!NGINX)
    throw new Error("nginx is not installed: apt-get install nginx (.ci/run installs it)");
  dir = mkdtempSync(join(tmpdir(), "served-headers-"));
  const html = join(dir, "html");
  writeSite(html);
  writeSite(join(html, "advisor"));
  port = await freePort();
  const site = readFileSync(join(ROOT, "deploy/nginx.conf"), "utf8");
  expect(site).toContain("listen 8080;");
  expect(site).toContain("root /usr/share/nginx/html;");
  writeFileSync(
    join(dir, "site.conf"),
    site
      .replace("listen 8080;", `listen 127.0.0.1:${port};`)
      .replace("root /usr/share/nginx/html;", `root ${html};`),
  );
  // As in the image's nginx.conf: mime.types and octet-stream at http level, then conf.d.
  const temp = (name: string) => `${name}_temp_path ${join(dir, name)};`;
  writeFileSync(
    join(dir, "nginx.conf"),
    [
      "daemon off;",
      `pid ${join(dir, "nginx.pid")};`,
      `error_log ${join(dir, "error.log")} warn;`,
      "worker_processes 1;",
      "events { worker_connections 64; }",
      "http {",
      "  include /etc/nginx/mime.types;",
      "  default_type application/octet-stream;",
      "  access_log off;",
      `  ${["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map(temp).join(" ")}`,
      `  include ${join(dir, "site.conf")};`,
      "}",
    ].join("\n"),
  );
  // Worker processes run as an unprivileged user: they must be able to read the site (mkdtemp
  // makes the folder private; what is inside it is readable under the usual umask).
  chmodSync(dir, 0o755);
  nginx = spawn(NGINX, ["-p", dir, "-e", join(dir, "error.log"), "-c", join(dir, "nginx.conf")], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  nginx.stderr?.on("data", (d) => {
    stderr += d;
  });
  for (let i = 0; i < 100; i++) {
    if (nginx.exitCode !== null)
      throw new Error(`nginx exited: ${stderr}${readFileSync(join(dir, "error.log"), "utf8")}`);
    if (
      await get(port, "/healthz").then(
        () => true,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`nginx did not start: ${stderr}`);
}, 20_000);

afterAll(() => {
  nginx?.kill("SIGTERM");
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.each(["/", "/advisor/"])("deploy/nginx.conf under Debian's nginx, at %s", (base) => {
  it("serves the app's page fresh each visit, not framed, with the security headers", async () => {
    for (const path of [base, `${base}index.html`]) {
      const { status, headers } = await get(port, path);
      expect(status).toBe(200);
      expect(headers["content-type"]).toBe("text/html; charset=utf-8");
      expect(headers["cache-control"]).toBe("no-cache");
      expect(headers["content-security-policy"]).toMatch(/frame-ancestors 'none'/);
      // Fetch directives stay with the page's <meta> policy, which names the hashes of the
      // stylesheet and boot script the build inlines; a header policy without them would block
      // both (two policies must both allow).
      expect(headers["content-security-policy"]).not.toMatch(/default-src|script-src|style-src/);
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["referrer-policy"]).toBe("no-referrer");
    }
  });

  it("lets other sites frame embed.html, and only embed.html", async () => {
    const { headers } = await get(port, `${base}embed.html`);
    expect(headers["content-security-policy"]).toMatch(/frame-ancestors \*/);
    expect(headers["cache-control"]).toBe("no-cache");
  });

  it("caches hashed chunks for a year, gzipped, but never a missing one", async () => {
    const chunk = await get(port, `${base}assets/main-AbC123.js`, true);
    expect(chunk.status).toBe(200);
    expect(chunk.headers["cache-control"]).toBe(IMMUTABLE);
    expect(chunk.headers["content-encoding"]).toBe("gzip");
    expect(chunk.headers["content-type"]).toBe("application/javascript; charset=utf-8");
    const missing = await get(port, `${base}assets/nope.js`);
    expect(missing.status).toBe(404);
    expect(missing.headers["cache-control"]).toBeUndefined();
  });

  it("serves the matrix exports as Markdown and CSV, gzipped", async () => {
    for (const [file, type] of [
      ["matrix.md", "text/markdown; charset=utf-8"],
      ["matrix.csv", "text/csv; charset=utf-8"],
    ]) {
      const { headers } = await get(port, `${base}${file}`, true);
      expect(headers["content-type"]).toBe(type);
      expect(headers["content-encoding"]).toBe("gzip");
      expect(headers["cache-control"]).toBe("no-cache");
    }
  });

  it("names no nginx version, on pages or on errors", async () => {
    for (const path of [base, `${base}nope.html`]) {
      const { headers } = await get(port, path);
      expect(headers.server).toBe("nginx");
    }
  });
});

describe("deploy/nginx.conf, outside the pages", () => {
  it("answers the health check, and redirects a sub-path without its slash relatively", async () => {
    expect((await get(port, "/healthz")).status).toBe(200);
    const redirect = await get(port, "/advisor");
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe("/advisor/");
  });
});
