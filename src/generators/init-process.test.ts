/**
 * PID 1: Python installs no SIGTERM handler, and the kernel drops signals a PID 1 has no handler
 * for, so `docker stop` (and Kubernetes) would wait out the grace period and kill a worker, and its
 * zombies would never be reaped. The image itself runs an init (Kubernetes has no --init) unless
 * the command is a server that handles SIGTERM itself (gunicorn, uvicorn).
 */
import { describe, expect, it } from "vitest";
import { type Answers, defaultAnswers } from "../answers.ts";
import { defaultMatrix } from "../default-matrix.ts";
import { generateFiles } from "../recommend.ts";
import { stages } from "../test-support/dockerfile.ts";
import { usageCommands } from "./commands.ts";

const TODAY = "2026-11-27";
const files = (id: string, over: Partial<Answers>) =>
  generateFiles(id, { ...defaultAnswers, ...over }, { today: TODAY });
const WORKER: Partial<Answers> = { appKind: "worker", command: "python -m worker" };

/** The final stage's ENTRYPOINT and CMD as JSON arrays. */
function startOf(dockerfile: string): { entrypoint: string[] | null; cmd: string[] | null } {
  const final = stages(dockerfile).at(-1)?.instructions ?? [];
  const last = (keyword: string) => {
    const found = final.filter((i) => i.keyword === keyword).at(-1);
    return found ? (JSON.parse(found.args) as string[]) : null;
  };
  return { entrypoint: last("ENTRYPOINT"), cmd: last("CMD") };
}

describe("an init process in the image", () => {
  it.each(defaultMatrix.images.map((i) => i.id))(
    "%s: a worker runs under tini, which the Dockerfile installs or copies in",
    (id) => {
      const dockerfile = files(id, WORKER)?.Dockerfile ?? "";
      const { entrypoint, cmd } = startOf(dockerfile);
      const tini = entrypoint?.[0] ?? "";
      expect(entrypoint?.slice(1)).toEqual(["-s", "--"]);
      expect(cmd).toEqual(["python", "-m", "worker"]);
      const all = stages(dockerfile);
      const final = all.at(-1)?.instructions ?? [];
      const copied = final.find(
        (i) => i.keyword === "COPY" && i.args.trim().endsWith(` ${tini}`) && /tini/.test(i.args),
      );
      if (copied) {
        // Copied from an earlier stage that installed a static tini there.
        const source = /(\/\S*tini-static)/.exec(copied.args)?.[1] ?? "";
        expect(source).not.toBe("");
        const installs = all
          .slice(0, -1)
          .flatMap((s) => s.instructions)
          .filter((i) => i.keyword === "RUN")
          .map((i) => i.args)
          .join("\n");
        expect(installs).toMatch(
          /(apt-get install -y --no-install-recommends .*\btini\b|apk add --no-cache .*\btini-static\b)/,
        );
      } else {
        const installs = final
          .filter((i) => i.keyword === "RUN")
          .map((i) => i.args)
          .join("\n");
        expect(installs).toMatch(
          /(apt-get install -y --no-install-recommends .*\btini\b|apk add --no-cache .*\btini\b)/,
        );
      }
    },
  );

  it.each([
    ["python-slim", "/usr/bin/tini", "final"],
    ["ubuntu-24.04", "/usr/bin/tini", "final"],
    ["python-alpine", "/sbin/tini", "final"],
    [
      "distroless-python3-debian13",
      "/usr/bin/tini",
      "COPY --from=build /usr/bin/tini-static /usr/bin/tini",
    ],
    ["dhi-python-debian", "/usr/bin/tini", "COPY --from=build /usr/bin/tini-static /usr/bin/tini"],
    ["dhi-python-alpine", "/usr/bin/tini", "COPY --from=build /sbin/tini-static /usr/bin/tini"],
    ["chainguard-python", "/usr/bin/tini", "COPY --from=build /usr/bin/tini-static /usr/bin/tini"],
    ["ubi9-python", "/usr/bin/tini", "COPY --from=init /usr/bin/tini-static /usr/bin/tini"],
  ])("%s: %s (%s)", (id, path, how) => {
    const dockerfile =
      files(id, { ...WORKER, pythonVersion: id === "ubi9-python" ? "3.12" : "3.13" })?.Dockerfile ??
      "";
    expect(startOf(dockerfile).entrypoint?.[0]).toBe(path);
    if (how !== "final") expect(dockerfile).toContain(how);
    if (id === "ubi9-python") expect(dockerfile).toMatch(/^FROM \S*debian:trixie-slim AS init$/m);
  });

  it.each([
    ["a CLI job", { appKind: "cli" as const, command: "mytool report --out /tmp/r.csv" }],
    ["a web app started with python", { command: "python app.py" }],
    ["a Celery worker", { appKind: "worker" as const, command: "celery -A tasks worker" }],
  ])("%s also runs under tini", (_, over) => {
    expect(startOf(files("python-slim", over)?.Dockerfile ?? "").entrypoint).toEqual([
      "/usr/bin/tini",
      "-s",
      "--",
    ]);
  });

  it.each([
    "gunicorn app:app --bind 0.0.0.0:8000",
    "uvicorn main:app --host 0.0.0.0",
    "python -m gunicorn app:app --bind 0.0.0.0:8000",
  ])("%s handles SIGTERM itself: no tini", (command) => {
    const dockerfile = files("python-slim", { command })?.Dockerfile ?? "";
    expect(dockerfile).not.toMatch(/tini/);
    expect(startOf(dockerfile).cmd?.[0]).toMatch(/gunicorn|uvicorn|python/);
  });
});

describe("running it locally", () => {
  it("the usage commands pass --init", () => {
    for (const appKind of ["web", "worker", "cli"] as const)
      expect(usageCommands({ ...defaultAnswers, appKind })).toMatch(/^docker run --rm --init /m);
  });

  it("a worker gets a compose file with init: true and no port or health check", () => {
    const generated = files("python-slim", WORKER);
    const compose = generated?.["compose.yaml"] ?? "";
    expect(compose).toMatch(/^ {4}init: true$/m);
    expect(compose).not.toMatch(/ports:|healthcheck:/);
    expect(generated?.[".dockerignore"]).toMatch(/^compose\.yaml$/m);
    expect(usageCommands({ ...defaultAnswers, ...WORKER })).toMatch(/docker compose up --build/);
  });

  it("a CLI job gets no compose file", () => {
    expect(files("python-slim", { appKind: "cli", command: "mytool" })?.["compose.yaml"]).toBe(
      undefined,
    );
  });
});
