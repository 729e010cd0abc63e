/**
 * A caching HTTP proxy for apt on loopback. The generated Dockerfiles run `apt-get update` and
 * `apt-get install` in every build; the stand-in bases point apt at this proxy, so a warm run
 * downloads only the small signed release files again. Only content-addressed files are kept:
 * packages under /pool/ (a file name there never changes content) and indexes fetched by hash
 * (/by-hash/). InRelease and anything else always goes upstream, so the index is never stale.
 */
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  renameSync,
  rmSync,
  statSync,
} from "node:fs";
import http from "node:http";
import { dirname, join } from "node:path";

/** Whether apt may be served this path from the cache (see the module comment). */
export function isImmutable(pathname: string): boolean {
  return (
    /\/pool\/.+\.(deb|udeb)$/.test(pathname) || /\/by-hash\/SHA256\/[0-9a-f]{64}$/.test(pathname)
  );
}

export type AptCacheProxy = {
  port: number;
  hits: () => number;
  misses: () => number;
  close: () => Promise<void>;
};

/** Starts the proxy on 127.0.0.1:port, caching under `dir`. */
export function startAptCacheProxy(dir: string, port: number): Promise<AptCacheProxy> {
  let hits = 0;
  let misses = 0;
  const server = http.createServer((request, response) => {
    let url: URL;
    try {
      url = new URL(request.url ?? "");
    } catch {
      response.writeHead(400).end("absolute URL expected (this is a proxy)");
      return;
    }
    if (url.protocol !== "http:" || (request.method !== "GET" && request.method !== "HEAD")) {
      response.writeHead(405).end("only plain http GET is proxied");
      return;
    }
    const cacheable = isImmutable(url.pathname);
    const file = join(dir, url.host, url.pathname);
    if (cacheable && existsSync(file)) {
      hits++;
      response.writeHead(200, { "content-length": statSync(file).size });
      if (request.method === "HEAD") response.end();
      else createReadStream(file).pipe(response);
      return;
    }
    misses++;
    const partial = `${file}.part-${process.pid}-${misses}`;
    const headers: http.OutgoingHttpHeaders = { ...request.headers, host: url.host };
    delete headers["proxy-connection"];
    const upstream = http.get(
      url,
      { headers, method: request.method, timeout: 60_000 },
      (reply) => {
        response.writeHead(reply.statusCode ?? 502, reply.headers);
        if (!cacheable || reply.statusCode !== 200 || request.method === "HEAD") {
          reply.pipe(response);
          return;
        }
        // Written beside the final name and renamed when complete, so a cut download is never served.
        mkdirSync(dirname(file), { recursive: true });
        const out = createWriteStream(partial);
        reply.pipe(response);
        reply.pipe(out);
        reply.on("aborted", () => out.destroy());
        out.on("finish", () => {
          if (reply.complete) renameSync(partial, file);
          else rmSync(partial, { force: true });
        });
        out.on("error", () => rmSync(partial, { force: true }));
      },
    );
    upstream.on("timeout", () => upstream.destroy(new Error("upstream timed out")));
    upstream.on("error", (error) => {
      if (!response.headersSent) response.writeHead(502);
      response.end(error.message);
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () =>
      resolve({
        port,
        hits: () => hits,
        misses: () => misses,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      }),
    );
  });
}
