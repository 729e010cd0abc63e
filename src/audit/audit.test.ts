/**
 * How the audit reads a Dockerfile: stages and their bases, the matrix entry each names, what it
 * infers, and that a careful file gets no warnings.
 */
import { describe, expect, it } from "vitest";
import { defaultAnswers } from "../answers.ts";
import type { Matrix, Variant } from "../data/schema.ts";
import { defaultMatrix } from "../default-matrix.ts";
import { generateFiles } from "../recommend.ts";
import { auditDockerfile } from "./audit-dockerfile.ts";

const TODAY = "2026-11-27";
const audit = (text: string, requirements?: string) =>
  auditDockerfile(text, { today: TODAY, ...(requirements ? { requirements } : {}) });
const codes = (text: string) => audit(text).findings.map((f) => f.code);

describe("stages", () => {
  it("resolves bases through ARG defaults and keeps names, platforms and parents", () => {
    const { stages } = audit(
      [
        "ARG PY=3.12",
        // biome-ignore lint/suspicious/noTemplateCurlyInString: Dockerfile variable syntax, not a template.
        "ARG BASE=python:${PY}-slim-trixie",
        // biome-ignore lint/suspicious/noTemplateCurlyInString: Dockerfile variable syntax, not a template.
        "FROM --platform=linux/arm64 ${BASE} AS Build",
        "RUN python -m venv /opt/venv",
        "FROM build AS test",
        "FROM scratch",
        "COPY --from=build /opt/venv /opt/venv",
      ].join("\n"),
    );
    expect(stages).toMatchObject([
      {
        index: 0,
        line: 3,
        name: "build",
        // biome-ignore lint/suspicious/noTemplateCurlyInString: Dockerfile variable syntax, not a template.
        base: "${BASE}",
        resolved: "python:3.12-slim-trixie",
        platform: "linux/arm64",
        match: "exact",
        image: { id: "python-slim", variant: "slim" },
        python: { version: "3.12", line: 3 },
        libc: "glibc",
        final: false,
      },
      { index: 1, match: "stage", python: { version: "3.12" }, final: false },
      { index: 2, match: "scratch", final: true },
    ]);
  });

  it.each([
    ["python:3.13.4-slim-trixie", "exact", "python-slim", "3.13"],
    ["docker.io/library/python:3.13-slim-trixie", "exact", "python-slim", "3.13"],
    ["python:3.13-slim", "floating", undefined, "3.13"],
    ["python:3.13-alpine", "floating", "python-alpine", "3.13"],
    ["python:3.13", "floating", "python-full", "3.13"],
    ["python:3.8-slim-trixie", "pattern", "python-slim", "3.8"],
    ["python:3.8-slim-buster", "none", undefined, "3.8"],
    ["ubuntu:24.04", "exact", "ubuntu-24.04", undefined],
    ["gcr.io/distroless/python3-debian13:nonroot", "exact", "distroless-python3-debian13", "3.13"],
    ["dhi.io/python:3.13-debian13-dev", "exact", "dhi-python-debian", "3.13"],
    ["registry.access.redhat.com/ubi9/python-312", "exact", "ubi9-python", "3.12"],
  ])("%s matches %s", (reference, how, image, python) => {
    const [stage] = audit(`FROM ${reference}\n`).stages;
    expect(stage?.match).toBe(how);
    expect(stage?.image?.id).toBe(image);
    expect(stage?.python?.version).toBe(python);
  });

  it("prefers a listed tag over a pattern when two images share a template, and a runtime entry over a build one", () => {
    const shared: Matrix = {
      ...defaultMatrix,
      images: defaultMatrix.images.map((i) =>
        i.id === "python-3.9-slim"
          ? {
              ...i,
              variants: i.variants.map((v) => ({ ...v, reference: "python:{python}-slim-trixie" })),
            }
          : i.id === "distroless-python3-debian13"
            ? {
                ...i,
                variants: [
                  ...i.variants,
                  {
                    ...(i.variants[0] as Variant),
                    id: "build",
                    purpose: "build" as const,
                    reference: "ubuntu:24.04",
                  },
                ],
              }
            : i,
      ),
    };
    const stage = (reference: string) =>
      auditDockerfile(`FROM ${reference}\n`, { today: TODAY, matrix: shared }).stages[0];
    expect(stage("python:3.13-slim-trixie")).toMatchObject({
      match: "exact",
      image: { id: "python-slim" },
    });
    expect(stage("python:3.9-slim-trixie")).toMatchObject({
      match: "exact",
      image: { id: "python-3.9-slim" },
    });
    expect(stage("python:3.8-slim-trixie")).toMatchObject({
      match: "pattern",
      image: { id: "python-slim" },
    });
    expect(stage("ubuntu:24.04")).toMatchObject({ match: "exact", image: { id: "ubuntu-24.04" } });
  });

  it("reads the Python a stage installs: uv, the distribution's package, or a copied uv interpreter", () => {
    const uv = audit(
      [
        "FROM debian:trixie-slim AS build",
        "ENV UV_PYTHON_INSTALL_DIR=/opt/python",
        "RUN uv python install 3.12",
        "FROM debian:trixie-slim",
        "COPY --from=build /opt/python /opt/python",
      ].join("\n"),
    );
    expect(uv.stages.map((s) => [s.image?.id, s.python])).toEqual([
      ["uv-debian-13-slim", { version: "3.12", line: 3 }],
      ["uv-debian-13-slim", { version: "3.12", line: 5 }],
    ]);
    const apt = audit("FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y python3\n");
    expect(apt.stages[0]?.python).toEqual({ version: "3.12", line: 2 });
  });

  it("does not pin what a digest already pins", () => {
    expect(codes(`FROM python@sha256:${"a".repeat(64)}`)).not.toContain("latest-tag");
    expect(codes(`FROM python:3.13-slim@sha256:${"b".repeat(64)}`)).not.toContain(
      "floating-distro",
    );
    expect(codes("FROM python\n")).toContain("latest-tag");
  });
});

describe("inferred answers", () => {
  it("reads a uv web app behind tini, with its health path and platform", () => {
    const { inferred } = audit(
      [
        "FROM --platform=linux/arm64 python:3.13-slim-trixie",
        "COPY --from=ghcr.io/astral-sh/uv:0.13 /uv /bin/",
        "RUN --mount=type=bind,source=uv.lock,target=uv.lock uv sync --locked",
        "EXPOSE 8080",
        'HEALTHCHECK CMD ["python", "-c", "import urllib.request; urllib.request.urlopen(\'http://127.0.0.1:8080/healthz\')"]',
        'ENTRYPOINT ["/usr/bin/tini", "--"]',
        'CMD ["/opt/venv/bin/uvicorn", "main:app", "--host", "0.0.0.0", "--port", "8080"]',
      ].join("\n"),
    );
    expect(inferred.answers).toEqual({
      pythonVersion: "3.13",
      packageManager: "uv",
      port: 8080,
      command: "uvicorn main:app --host 0.0.0.0 --port 8080",
      appKind: "web",
      architectures: ["arm64"],
      healthPath: "/healthz",
    });
    expect(inferred.evidence.find((e) => e.field === "command")?.line).toBe(7);
  });

  it("reads Poetry, a worker, compiled packages; names what it cannot read", () => {
    const { inferred } = audit(
      [
        "FROM python:3.12-slim-trixie",
        "RUN apt-get update && apt-get install -y --no-install-recommends build-essential libpq-dev && rm -rf /var/lib/apt/lists/*",
        "COPY pyproject.toml poetry.lock ./",
        "RUN pip install poetry && poetry install --only main",
        "CMD celery -A tasks worker",
      ].join("\n"),
    );
    expect(inferred.answers).toMatchObject({
      packageManager: "poetry",
      appKind: "worker",
      nativeDeps: "compile",
      command: "celery -A tasks worker",
    });
    expect(inferred.unknown.map((u) => u.field)).toEqual(["port", "architectures"]);
  });

  it("passes a base image's ENTRYPOINT into the command, naming the interpreter as typed", () => {
    const { inferred } = audit('FROM gcr.io/distroless/python3-debian13:nonroot\nCMD ["app.py"]\n');
    expect(inferred.answers.command).toBe("python app.py");
  });

  it("quotes words the questionnaire's parser would otherwise split", () => {
    const { inferred } = audit(
      `FROM python:3.13-slim-trixie\nCMD ["python", "-c", "print('a b')"]\n`,
    );
    expect(inferred.answers.command).toBe(`python -c 'print('\\''a b'\\'')'`);
  });

  it("reads a command-line tool from an ENTRYPOINT of the file's own, with no port or server", () => {
    const tool = audit('FROM python:3.13-slim-trixie\nENTRYPOINT ["python", "-m", "tool"]\n');
    expect(tool.inferred.answers.appKind).toBe("cli");
    expect(tool.inferred.evidence.find((e) => e.field === "appKind")).toMatchObject({ line: 2 });
    // A CMD alone says nothing about the kind, and neither does the base's own ENTRYPOINT.
    const plain = audit('FROM python:3.13-slim-trixie\nCMD ["python", "main.py"]\n');
    expect(plain.inferred.unknown.map((u) => u.field)).toContain("appKind");
    const distroless = audit('FROM gcr.io/distroless/python3-debian13:nonroot\nCMD ["app.py"]\n');
    expect(distroless.inferred.answers.appKind).toBeUndefined();
  });
});

describe("no false alarms", () => {
  it.each([
    ["python-slim", {}],
    ["distroless-python3-debian13", {}],
    ["python-alpine", { nativeDeps: "compile" as const }],
    ["uv-debian-13-slim", { packageManager: "uv" as const }],
    ["dhi-python-debian", { appKind: "cli" as const, command: "python -m report" }],
  ])(
    "the advisor's own %s Dockerfile: no warning but the support dates it states itself",
    (id, answers) => {
      const files = generateFiles(
        id,
        { ...defaultAnswers, pythonVersion: "3.13", ...answers },
        { today: TODAY },
      );
      const result = audit(files?.Dockerfile ?? "");
      const warned = result.findings.filter((f) => f.severity !== "info").map((f) => f.code);
      expect(warned.filter((code) => !code.endsWith("-ends-soon"))).toEqual([]);
    },
  );

  it("secret names follow BuildKit's words", () => {
    const text = (name: string) => `FROM python:3.13-slim-trixie\nARG ${name}\n`;
    for (const name of [
      "AWS_SECRET_ACCESS_KEY",
      "DB_PASSWORD",
      "GITHUB_TOKEN",
      "SECRET_KEY_BASE",
      "auth",
    ])
      expect(codes(text(name)), name).toContain("secret-in-env-or-arg");
    for (const name of ["PUBLIC_KEY", "MONKEY", "TOKENIZER", "PYTHON_VERSION", "KEY_FILE"])
      expect(codes(text(name)), name).not.toContain("secret-in-env-or-arg");
  });

  it("a glibc source build with compilers in the build stage is fine", () => {
    const text = [
      "FROM python:3.13-slim-trixie AS build",
      "RUN apt-get update && apt-get install -y --no-install-recommends build-essential libpq-dev && rm -rf /var/lib/apt/lists/*",
      "RUN python -m venv /opt/venv",
      "COPY requirements.txt .",
      "RUN --mount=type=cache,target=/root/.cache/pip /opt/venv/bin/pip install -r requirements.txt",
      "FROM python:3.13-slim-trixie",
      "COPY --from=build /opt/venv /opt/venv",
    ].join("\n");
    const blocking = audit(text, "psycopg2==2.9.10\n").findings.filter(
      (f) => f.severity === "blocking",
    );
    expect(blocking).toEqual([]);
  });

  it("apt cleanup in a later RUN still counts the lists as kept, and removing compilers in the same RUN is fine", () => {
    const text = [
      "FROM python:3.13-alpine3.24",
      "RUN apk add --no-cache --virtual .build-deps gcc musl-dev && pip install --no-cache-dir cffi && apk del .build-deps",
      "USER 10001",
    ].join("\n");
    expect(codes(text)).not.toContain("compilers-in-final");
  });
});
