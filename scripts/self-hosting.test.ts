/**
 * The tool's own Dockerfile passes the checks the generated ones do, and the hosting configs keep
 * the framing rules: only embed.html may be framed.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lint, stages } from "../src/test-support/dockerfile.ts";
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy } from "../vite.config.ts";
import { ROOT } from "./data-files.ts";
import { BOOT_SCRIPT, cspHash } from "./prerender-plugin.ts";

const read = (path: string) => readFileSync(join(ROOT, path), "utf8");

describe("the tool's own Dockerfile", () => {
  const dockerfile = read("Dockerfile");

  it("parses and lints clean, with the syntax line first", () => {
    expect(dockerfile.startsWith("# syntax=docker/dockerfile:1\n")).toBe(true);
    expect(lint(dockerfile)).toEqual([]);
  });

  it("runs as a numeric non-root user with an exec-form health check", () => {
    const final = stages(dockerfile).at(-1);
    const user = final?.instructions.filter((i) => i.keyword === "USER").at(-1)?.args;
    expect(user).toMatch(/^[1-9]\d*$/);
    expect(final?.instructions.find((i) => i.keyword === "HEALTHCHECK")?.args).toMatch(/CMD \[/);
  });

  it("pins every FROM to a versioned tag and shows how to pin its digest", () => {
    const lines = dockerfile.split("\n");
    lines.forEach((line, i) => {
      if (!line.startsWith("FROM ")) return;
      const reference = line.split(" ")[1] as string;
      expect(reference).toMatch(/:\d[\w.-]*$/);
      expect(lines.slice(Math.max(0, i - 3), i).join("\n")).toContain(
        `${reference}@sha256:<digest>`,
      );
    });
  });
});

describe("framing and content security", () => {
  // deploy/nginx.conf is checked by serving it: served-headers.test.ts.
  it("lets only embed.html be framed (_headers)", () => {
    const headers = read("public/_headers");
    expect(headers).toMatch(/\/embed\.html\n {2}Content-Security-Policy: [^\n]*frame-ancestors \*/);
    expect(headers).toMatch(
      /\/index\.html\n {2}Content-Security-Policy: [^\n]*frame-ancestors 'none'/,
    );
  });

  it("gives the built pages a strict CSP: no inline script, no eval, no other origins", () => {
    const csp = CONTENT_SECURITY_POLICY;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });

  it("lets in only the inline elements it names by hash", () => {
    const style = cspHash("body{color:red}");
    const csp = contentSecurityPolicy({ script: [cspHash(BOOT_SCRIPT)], style: [style] });
    // The value openssl gives: printf %s "body{color:red}" | openssl dgst -sha256 -binary | base64
    expect(style).toBe("'sha256-FcQqt3aNlV7AZnGV4zkQRVeCeJOxbMPnQSx258L803E='");
    expect(csp).toContain(`script-src 'self' ${cspHash(BOOT_SCRIPT)};`);
    expect(csp).toContain(`style-src 'self' ${style};`);
    expect(csp).not.toMatch(/unsafe/);
  });
});

describe("package.json", () => {
  const pkg = JSON.parse(read("package.json")) as {
    dependencies?: Record<string, string>;
    devDependencies: Record<string, string>;
  };
  /**
   * The packages app/ and src/ import (tests left out): the bundle's (fflate among them, loaded on
   * demand by Download all), zod, which only validates data/ at build time, and yaml, which only
   * the refresh tool reads upstream files with (scripts/refresh.ts, run with tsx, itself a
   * devDependency). Only the command line's imports run outside the bundle.
   */
  const bundled = new Set(
    ["app", "src"].flatMap((dir) =>
      readdirSync(join(ROOT, dir), { recursive: true, encoding: "utf8" })
        .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$|test-support/.test(f))
        .flatMap((f) =>
          [...read(join(dir, f)).matchAll(/from "((?:@[\w-]+\/)?[a-z][\w.-]*)[^"]*"/g)].map(
            (m) => m[1] as string,
          ),
        ),
    ),
  );

  it("lists what only the browser bundle and the build use as devDependencies, and what the command line runs with as dependencies", () => {
    expect([...bundled].sort()).toEqual([
      "dockerfile-ast",
      "fflate",
      "lz-string",
      "react",
      "react-dom",
      "yaml",
      "zod",
      "zustand",
    ]);
    // The installed command line (cli/, issue 17) imports these at run time: cli/binary.test.ts
    // checks the compiled file's imports against dependencies.
    const runTime = new Set(Object.keys(pkg.dependencies ?? {}));
    expect([...runTime].sort()).toEqual(["dockerfile-ast", "lz-string"]);
    for (const name of bundled) {
      if (runTime.has(name)) expect(pkg.devDependencies[name], name).toBeUndefined();
      else {
        expect(pkg.devDependencies[name], name).toBeDefined();
        expect(pkg.dependencies?.[name], name).toBeUndefined();
      }
    }
  });
});
