import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { validateData } from "../src/data/validate.ts";
import type { Fetch } from "../src/refresh/live.ts";
import type { Report } from "../src/refresh/report.ts";
import { ROOT, readDataFiles } from "./data-files.ts";
import { main } from "./refresh.ts";

const FIXTURES = join(ROOT, "src/refresh/fixtures");
const SNAPSHOT = join(FIXTURES, "upstream");
const temporary: string[] = [];

function checkout(): string {
  const root = mkdtempSync(join(tmpdir(), "refresh-"));
  temporary.push(root);
  cpSync(join(ROOT, "data"), join(root, "data"), { recursive: true });
  return root;
}

afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const noNetwork: Fetch = async (url) => {
  throw new Error(`no network in this test: ${url}`);
};

async function run(argv: string[], root: string, fetch: Fetch = noNetwork) {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    root,
    fetch,
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    clock: () => "2027-02-01",
  });
  return { code, stdout, stderr };
}

const rowFor = (report: Report, file: string, field: string, source = "") =>
  report.rows.find((r) => r.file === file && r.field === field && r.url.includes(source));

describe("npm run refresh --from", () => {
  it("reports drift as rows and exits 1; the JSON is the same on two runs", async () => {
    const root = checkout();
    const first = await run(["--from", SNAPSHOT, "--json"], root);
    const second = await run(["--from", SNAPSHOT, "--json"], root);
    expect(first.code).toBe(1);
    expect(second.stdout).toBe(first.stdout);
    const report = JSON.parse(first.stdout) as Report;
    expect(
      rowFor(report, "data/python-releases.json", "releases[3.13].endOfLife", "endoflife"),
    ).toMatchObject({
      dataValue: "2029-10-31",
      upstreamValue: "2029-10-30",
      upstreamDate: "2027-01-10",
      action: "update",
      url: "https://github.com/endoflife-date/endoflife.date/blob/1111111111111111111111111111111111111111/products/python.md",
    });
    expect(rowFor(report, "data/python-releases.json", "releases[3.16].endOfLife")).toMatchObject({
      dataValue: null,
      upstreamValue: "2032-10-31",
      action: "add",
    });
    // The hardened catalog's own end of life is a question for a person, never a write.
    expect(
      rowFor(report, "data/python-releases.json", "releases[3.14].endOfLife", "hardened"),
    ).toMatchObject({
      upstreamValue: "2031-10-31",
      action: "unknown",
      note: "The hardened image dhi.io/python:3.14-debian13 ends on 2031-10-31. The engine dates that image's Python 3.14 by this field.",
    });
    // An entry without Architectures inherits the library file's default (amd64, arm64v8).
    expect(
      rowFor(report, "data/images/debian-13-slim.json", "architectures")?.upstreamValue,
    ).toEqual(["amd64", "arm64"]);
    const keys = Object.keys(report.rows[0] ?? {}).slice(0, 8);
    expect(keys).toEqual([
      "file",
      "field",
      "dataValue",
      "dataRead",
      "upstreamValue",
      "upstreamDate",
      "url",
      "action",
    ]);
    const key = (r: Report["rows"][number]) => [r.file, r.field, r.url].join("\0");
    const sorted = [...report.rows].sort((a, b) => (key(a) < key(b) ? -1 : 1));
    expect(report.rows).toEqual(sorted);
    expect(first.stderr).toContain(`${report.summary.checked} facts checked`);
  });

  it("--write applies updates and additions with their source, bumps the version and logs them", async () => {
    const root = checkout();
    const result = await run(["--from", SNAPSHOT, "--write", "--today", "2027-01-20"], root);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("data version 2027.01.20");
    const files = readDataFiles(root);
    expect(validateData(files).errors).toEqual([]);
    const meta = JSON.parse(files.get("data/meta.json") ?? "");
    expect(meta.dataVersion).toBe("2027.01.20");
    const releases = JSON.parse(files.get("data/python-releases.json") ?? "");
    const r313 = releases.releases.find((r: { version: string }) => r.version === "3.13");
    expect(r313.endOfLife).toEqual({
      value: { date: "2029-10-30" },
      source: "eol-python-2027-01-10",
    });
    expect(releases.releases.at(-1).version).toBe("3.16");
    expect(releases.sources).toContainEqual({
      id: "eol-python-2027-01-10",
      title: "endoflife.date products/python.md at 111111111111, read by npm run refresh",
      url: "https://github.com/endoflife-date/endoflife.date/blob/1111111111111111111111111111111111111111/products/python.md",
      read: "2027-01-10",
    });
    const slim = JSON.parse(files.get("data/images/python-slim.json") ?? "");
    expect(slim.python.versions.value).toEqual(["3.12", "3.13", "3.14", "3.15"]);
    expect(slim.python.versions.note).toBe("Pre-release tags only: 3.16-rc-slim-trixie.");
    const changelog = readFileSync(join(root, "data/CHANGELOG.md"), "utf8");
    expect(changelog).toMatch(
      /^# Data changelog\n[\s\S]*\n## 2027\.01\.20\n\n- Refreshed from upstream/,
    );
    expect(changelog.indexOf("## 2027.01.20")).toBeLessThan(changelog.indexOf("## 2026.11.27"));
    // What --write leaves passes the repository's format check as it is.
    const config = JSON.parse(readFileSync(join(ROOT, "biome.json"), "utf8"));
    delete config.$schema;
    delete config.vcs;
    writeFileSync(join(root, "biome.json"), JSON.stringify(config));
    const changed = [
      "data/CHANGELOG.md",
      "data/meta.json",
      "data/python-releases.json",
      "data/images/python-slim.json",
    ];
    execFileSync(join(ROOT, "node_modules/.bin/biome"), ["format", ...changed], {
      cwd: root,
      stdio: "pipe",
    });
    // Nothing is left to update: a second run finds no drift.
    const again = await run(["--from", SNAPSHOT, "--json"], root);
    expect(again.code).toBe(0);
    const report = JSON.parse(again.stdout) as Report;
    expect(report.summary.update + report.summary.add).toBe(0);
  });

  it("keeps every fact read after the snapshot: --write then changes nothing", async () => {
    const root = checkout();
    const before = readDataFiles(root);
    const asOf = [
      "endoflife.date",
      "official-images",
      "docker-library-python",
      "dhi-catalog",
    ].flatMap((id) => ["--as-of", `${id}=2026-08-01`]);
    const result = await run(["--from", SNAPSHOT, ...asOf, "--json", "--write"], root);
    const report = JSON.parse(result.stdout) as Report;
    expect(result.code).toBe(0);
    expect(report.summary["keep-newer"]).toBeGreaterThan(0);
    expect(report.rows.every((r) => r.action === "keep-newer" || r.action === "unknown")).toBe(
      true,
    );
    expect(rowFor(report, "data/images/python-slim.json", "python.versions")?.dataValue).toContain(
      "3.15",
    );
    expect(result.stderr).toContain("nothing to change");
    expect(readDataFiles(root)).toEqual(before);
  });

  it("updates a hardened image's own end of support for a Python from its catalog definition", async () => {
    const root = checkout();
    const path = join(root, "data/images/dhi-python-debian.json");
    const image = JSON.parse(readFileSync(path, "utf8"));
    image.lifecycle = {
      python: { "3.14": { value: { date: "2030-10-31" }, source: image.sources[0].id } },
    };
    writeFileSync(path, JSON.stringify(image));
    const report = JSON.parse((await run(["--from", SNAPSHOT, "--json"], root)).stdout) as Report;
    expect(
      rowFor(report, "data/images/dhi-python-debian.json", "lifecycle.python[3.14]"),
    ).toMatchObject({
      dataValue: "2030-10-31",
      upstreamValue: "2031-10-31",
      action: "update",
    });
    // With the image's own record, python-releases is not questioned for that version.
    expect(
      rowFor(report, "data/python-releases.json", "releases[3.14].endOfLife", "hardened"),
    ).toBeUndefined();
  });

  it("exits 2 with a message naming the file when an upstream file is malformed", async () => {
    const snapshot = mkdtempSync(join(tmpdir(), "snapshot-"));
    temporary.push(snapshot);
    cpSync(SNAPSHOT, snapshot, { recursive: true });
    writeFileSync(
      join(snapshot, "official-images/library/debian"),
      "Tags: trixie-slim\nnot a field\n",
    );
    const result = await run(["--from", snapshot], checkout());
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'refresh: official-images/library/debian: line 2: expected "Key: value", got "not a field"\n',
    );
  });

  it("exits 2 when a source's date is neither given nor in the folder's README", async () => {
    const snapshot = mkdtempSync(join(tmpdir(), "snapshot-"));
    temporary.push(snapshot);
    cpSync(join(SNAPSHOT, "official-images"), join(snapshot, "official-images"), {
      recursive: true,
    });
    const result = await run(["--from", snapshot], checkout());
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("give --as-of official-images=YYYY-MM-DD");
    const dated = await run(
      ["--from", snapshot, "--as-of", "official-images=2027-01-11"],
      checkout(),
    );
    expect(dated.code).toBe(1);
  });

  it("exits 2 with the usage on bad arguments", async () => {
    const root = checkout();
    for (const argv of [
      [],
      ["--from", SNAPSHOT, "--live"],
      ["--from"],
      ["--live", "--today", "2027-02-30"],
      ["--as-of", "x=2027-01-01", "--from", SNAPSHOT],
      ["--verbose"],
    ]) {
      const result = await run(argv, root);
      expect(result.code, argv.join(" ")).toBe(2);
      expect(result.stderr).toContain("Usage: npm run refresh");
    }
    const missing = await run(["--from", join(root, "nowhere")], root);
    expect(missing.stderr).toContain("not a folder");
  });
});

/** A fake network: the fixtures where they exist, a minimal valid answer for the other sources. */
function fixtureFetch(
  requests: { url: string; headers: Record<string, string> }[],
  fail?: string,
): Fetch {
  const answer = (status: number, body = "") => ({
    ok: status === 200,
    status,
    text: async () => body,
  });
  return async (url, init) => {
    requests.push({ url, headers: init.headers });
    if (url === fail) return answer(503);
    const fixture = (path: string) => answer(200, readFileSync(join(FIXTURES, path), "utf8"));
    let m = /^https:\/\/endoflife\.date\/api\/v1\/products\/([a-z-]+)$/.exec(url);
    if (m?.[1] === "ubuntu") return fixture("upstream/endoflife.date/api/v1/products/ubuntu.json");
    if (m) {
      const releases = [{ name: "0", isEol: true, eolFrom: "2000-01-01" }];
      return answer(
        200,
        JSON.stringify({ schema_version: "1.2.0", result: { name: m[1], releases } }),
      );
    }
    m = /\/official-images\/master\/library\/([a-z]+)$/.exec(url);
    if (m?.[1] === "python" || m?.[1] === "debian")
      return fixture(`upstream/official-images/library/${m[1]}`);
    if (m) return answer(200, "Tags: latest\nArchitectures: amd64\n");
    if (url.endsWith("/docker-library/python/master/versions.json"))
      return fixture("upstream/docker-library-python/versions.json");
    if (url.includes("/git/trees/main"))
      return answer(
        200,
        JSON.stringify({
          tree: [
            { path: "image/python/debian-13/3.13.yaml", type: "blob" },
            { path: "image/python/info.yaml", type: "blob" },
            { path: "image/node", type: "tree" },
          ],
          truncated: false,
        }),
      );
    m = /\/catalog\/main\/(.+)$/.exec(url);
    if (m?.[1]) return fixture(`upstream/dhi-catalog/${m[1]}`);
    m = /^https:\/\/pypi\.org\/simple\/([a-z0-9-]+)\/$/.exec(url);
    if (m?.[1] && ["cryptography", "greenlet", "mysqlclient", "flask"].includes(m[1]))
      return fixture(`pypi/${m[1]}.json`);
    return answer(404);
  };
}

describe("npm run refresh --live", () => {
  it("reads every source through the fetch it is given, PyPI as Simple API JSON, dated today", async () => {
    const requests: { url: string; headers: Record<string, string> }[] = [];
    const result = await run(
      ["--live", "--json", "--today", "2027-02-01"],
      checkout(),
      fixtureFetch(requests),
    );
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.sources.pypi).toEqual({ date: "2027-02-01", live: true });
    const pypi = requests.find((r) => r.url === "https://pypi.org/simple/cryptography/");
    expect(pypi?.headers.Accept).toBe("application/vnd.pypi.simple.v1+json");
    expect(
      rowFor(report, "data/packages/cryptography.json", "releases[50.0.0].python"),
    ).toMatchObject({
      upstreamValue: ["3.10", "3.11", "3.12", "3.13", "3.14", "3.15"],
      upstreamDate: "2027-02-01",
      url: "https://pypi.org/simple/cryptography/",
      note: "From the files of cryptography 51.0.0.",
    });
    // Only the catalog's definitions are fetched, not info.yaml or folders.
    expect(requests.filter((r) => r.url.includes("/catalog/main/")).map((r) => r.url)).toEqual([
      "https://raw.githubusercontent.com/docker-hardened-images/catalog/main/image/python/debian-13/3.13.yaml",
    ]);
  });

  it("exits 2 naming the address when a fetch fails", async () => {
    const url = "https://raw.githubusercontent.com/docker-library/python/master/versions.json";
    const result = await run(["--live"], checkout(), fixtureFetch([], url));
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`refresh: ${url}: HTTP 503\n`);
  });
});
