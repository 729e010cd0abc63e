/**
 * A small static server for tests and audits: serves a folder under a path prefix, gzip when the
 * client accepts it (as any real host does), and the framing header of public/_headers.
 *
 *   tsx scripts/serve-static.ts <dir> <port> [prefix]      (port 0: any free port)
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, resolve } from "node:path";
import { createGzip } from "node:zlib";

const [dirArg = "dist", portArg = "4173", prefix = "/"] = process.argv.slice(2);
const root = resolve(dirArg);
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
};

const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
  if (!path.startsWith(prefix)) {
    response.writeHead(404).end("not found");
    return;
  }
  let file = normalize(join(root, path.slice(prefix.length)));
  if (!file.startsWith(root)) {
    response.writeHead(403).end("forbidden");
    return;
  }
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
  if (!existsSync(file)) {
    response.writeHead(404).end("not found");
    return;
  }
  const type = TYPES[extname(file)] ?? "application/octet-stream";
  const headers: Record<string, string> = {
    "Content-Type": type,
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-cache",
  };
  if (type.startsWith("text/html"))
    headers["Content-Security-Policy"] = file.endsWith("embed.html")
      ? "frame-ancestors *"
      : "frame-ancestors 'none'";
  const gzip =
    /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? "")) && !type.startsWith("image/");
  if (gzip) {
    headers["Content-Encoding"] = "gzip";
    headers.Vary = "Accept-Encoding";
  }
  response.writeHead(200, headers);
  const stream = createReadStream(file);
  (gzip ? stream.pipe(createGzip()) : stream).pipe(response);
});
// Port 0 takes any free port; the line says which, for callers that read it.
server.listen(Number(portArg), "127.0.0.1", () => {
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : portArg;
  console.log(`serving ${root} at http://127.0.0.1:${port}${prefix}`);
});
