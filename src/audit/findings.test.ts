/**
 * One fixture per finding code, each proving its finding fires on the line it names. The table is
 * typed by FindingCode, so a new code cannot be added without a fixture.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Matrix } from "../data/schema.ts";
import { defaultMatrix } from "../default-matrix.ts";
import { auditDockerfile } from "./audit-dockerfile.ts";
import { AUDIT_RULES, type FindingCode } from "./rules.ts";

const TODAY = "2026-11-27";

type Fixture = { text: string; line: number; requirements?: string; matrix?: Matrix };

const SLIM = "python:3.13-slim-trixie";
const DISTROLESS = "gcr.io/distroless/python3-debian13:nonroot";

/** The matrix with python-slim marked end of life by its publisher, dates unchanged. */
const RETIRED: Matrix = {
  ...defaultMatrix,
  images: defaultMatrix.images.map((i) =>
    i.id === "python-slim" ? { ...i, status: "end-of-life" as const } : i,
  ),
};

/** The matrix with python-slim's own end (when docker-library stops rebuilding it) in the past. */
const UNBUILT: Matrix = {
  ...defaultMatrix,
  images: defaultMatrix.images.map((i) =>
    i.id === "python-slim"
      ? { ...i, lifecycle: { image: { value: { date: "2026-06-30" }, source: i.sources[0]?.id } } }
      : i,
  ),
};

const FIXTURES: Record<FindingCode, Fixture> = {
  "file-too-large": { text: `FROM ${SLIM}\n${"# filler\n".repeat(12_000)}`, line: 1 },
  "binary-file": { text: "FROM a\nRUN \u0000\u0001\u0002\u0003 echo\n", line: 2 },
  "empty-file": { text: "# nothing but a comment\n\n", line: 1 },
  "line-too-long": { text: `FROM ${SLIM}\nRUN echo ${"a".repeat(70_000)}\n`, line: 2 },
  "byte-order-mark": { text: `\uFEFFFROM ${SLIM}\n`, line: 1 },
  "crlf-line-endings": { text: `FROM ${SLIM}\r\nCMD ["python", "app.py"]\r\n`, line: 1 },
  "crlf-in-heredoc": { text: `FROM ${SLIM}\r\nRUN <<EOF\r\necho hi\r\nEOF\r\n`, line: 2 },
  "lone-carriage-return": { text: `FROM ${SLIM}\rRUN echo hi\n`, line: 1 },
  "hidden-characters": {
    text: `FROM ${SLIM}\nENV MODE=\u202Eevil\u202C\nRUN echo ok\u200B\n`,
    line: 2,
  },
  "misplaced-directive": { text: `FROM ${SLIM}\n# syntax=docker/dockerfile:1\n`, line: 2 },
  "duplicate-directive": { text: `# escape=\\\n# escape=\`\nFROM ${SLIM}\n`, line: 2 },
  "invalid-escape-directive": { text: `# escape=x\nFROM ${SLIM}\n`, line: 1 },
  "custom-frontend": { text: `# syntax=example.com/team/frontend:1\nFROM ${SLIM}\n`, line: 1 },
  "unknown-instruction": { text: `FROM ${SLIM}\nRUNN echo hi\n`, line: 2 },
  "instruction-before-from": { text: `RUN echo hi\nFROM ${SLIM}\n`, line: 1 },
  "unterminated-heredoc": { text: `FROM ${SLIM}\nRUN <<EOF\necho hi\n`, line: 2 },
  "duplicate-stage-name": { text: `FROM ${SLIM} AS build\nFROM ${SLIM} AS build\n`, line: 2 },
  "invalid-stage-name": { text: `FROM ${SLIM} AS 1st\n`, line: 1 },
  "reserved-stage-name": { text: `FROM ${SLIM} AS context\n`, line: 1 },
  // biome-ignore lint/suspicious/noTemplateCurlyInString: Dockerfile variable syntax, not a template.
  "undeclared-arg-in-from": { text: "FROM python:${PY}-slim-trixie\n", line: 1 },
  // biome-ignore lint/suspicious/noTemplateCurlyInString: Dockerfile variable syntax, not a template.
  "arg-without-default-in-from": { text: "ARG PY\nFROM python:${PY}-slim-trixie\n", line: 2 },
  "maintainer-deprecated": { text: `FROM ${SLIM}\nMAINTAINER someone@example.com\n`, line: 2 },
  "multiple-start-instructions": {
    text: `FROM ${SLIM}\nCMD ["python", "a.py"]\nCMD ["python", "b.py"]\n`,
    line: 2,
  },
  "base-not-in-matrix": { text: "FROM registry.example.com/team/base:1.0\n", line: 1 },
  "distro-end-of-life": { text: "FROM ubuntu:20.04\n", line: 1 },
  "distro-ends-soon": { text: "FROM ubuntu:22.04\n", line: 1 },
  "python-end-of-life": { text: "FROM python:3.10-slim-trixie\n", line: 1 },
  "python-ends-soon": { text: "FROM python:3.11-slim-trixie\n", line: 1 },
  "image-end-of-life": { text: `FROM ${SLIM}\n`, line: 1, matrix: UNBUILT },
  "image-ends-soon": { text: `FROM ${DISTROLESS}\n`, line: 1 },
  "unmaintained-tag": { text: `FROM ${SLIM}\n`, line: 1, matrix: RETIRED },
  "moving-tag": { text: "FROM cgr.dev/chainguard/python:latest\n", line: 1 },
  "latest-tag": { text: "FROM python\n", line: 1 },
  "floating-distro": { text: "FROM python:3.13-slim\n", line: 1 },
  "stage-python-mismatch": {
    text: "FROM python:3.12-slim-trixie AS build\nRUN python -m venv /opt/venv\nFROM python:3.13-slim-trixie\nCOPY --from=build /opt/venv /opt/venv\n",
    line: 4,
  },
  "stage-libc-mismatch": {
    text: `FROM ${SLIM} AS build\nRUN python -m venv /opt/venv\nFROM python:3.13-alpine3.24\nCOPY --from=build /opt/venv /opt/venv\n`,
    line: 4,
  },
  "venv-interpreter-missing": {
    text: `FROM ${SLIM} AS build\nRUN python -m venv /opt/venv\nFROM ${DISTROLESS}\nCOPY --from=build /opt/venv /opt/venv\n`,
    line: 4,
  },
  "shell-form-without-shell": { text: `FROM ${DISTROLESS}\nCMD python app.py\n`, line: 2 },
  "run-without-shell": { text: `FROM ${DISTROLESS}\nRUN pip install flask\n`, line: 2 },
  "shell-form-command": { text: `FROM ${SLIM}\nCMD gunicorn app:app\n`, line: 2 },
  "cmd-passed-to-entrypoint": {
    text: `FROM ${DISTROLESS}\nCMD ["gunicorn", "app:app"]\n`,
    line: 2,
  },
  "cmd-needs-entrypoint": { text: `FROM ${SLIM}\nCMD ["app.py"]\n`, line: 2 },
  "runs-as-root": { text: `FROM ${SLIM}\nCMD ["python", "app.py"]\n`, line: 1 },
  "non-numeric-user": { text: `FROM ${SLIM}\nUSER app\n`, line: 2 },
  "development-server": {
    text: `FROM ${SLIM}\nCMD ["flask", "run", "--host", "0.0.0.0"]\n`,
    line: 2,
  },
  "loopback-bind": { text: `FROM ${SLIM}\nEXPOSE 8000\nCMD ["gunicorn", "app:app"]\n`, line: 3 },
  "port-mismatch": {
    text: `FROM ${SLIM}\nEXPOSE 8000\nCMD ["gunicorn", "--bind", "0.0.0.0:5000", "app:app"]\n`,
    line: 3,
  },
  "no-healthcheck": { text: `FROM ${SLIM}\nEXPOSE 8000\n`, line: 1 },
  "compilers-in-final": {
    text: `FROM ${SLIM}\nRUN apt-get update && apt-get install -y --no-install-recommends gcc libpq-dev && rm -rf /var/lib/apt/lists/*\n`,
    line: 2,
  },
  "base-ships-compilers": { text: "FROM python:3.13-trixie\n", line: 1 },
  "apt-update-alone": {
    text: "FROM debian:trixie-slim\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends curl\n",
    line: 2,
  },
  "apt-without-no-install-recommends": {
    text: "FROM debian:trixie-slim\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n",
    line: 2,
  },
  "apt-lists-kept": {
    text: "FROM debian:trixie-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n",
    line: 2,
  },
  "apk-without-no-cache": { text: "FROM python:3.13-alpine3.24\nRUN apk add curl\n", line: 2 },
  "package-cache-kept": { text: `FROM ${SLIM}\nRUN pip install flask\n`, line: 2 },
  "add-url-without-checksum": {
    text: `FROM ${SLIM}\nADD https://example.com/tool.tar.gz /opt/\n`,
    line: 2,
  },
  "secret-in-env-or-arg": { text: `FROM ${SLIM}\nARG GITHUB_TOKEN\n`, line: 2 },
  "requirement-no-build": {
    text: "FROM python:3.12-slim-trixie\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\n",
    requirements: "numpy==1.24.3\n",
    line: 3,
  },
  "source-build-without-compilers": {
    text: "FROM python:3.12-slim-trixie\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\n",
    requirements: "psycopg2==2.9.10\n",
    line: 3,
  },
  "musl-source-build": {
    text: "FROM python:3.11-alpine3.24\nCOPY requirements.txt .\nRUN apk add --no-cache build-base && pip install --no-cache-dir -r requirements.txt\n",
    requirements: "numpy==1.24.3\n",
    line: 3,
  },
};

describe("every finding code", () => {
  it("has a fixture", () => {
    expect(Object.keys(FIXTURES).sort()).toEqual(Object.keys(AUDIT_RULES).sort());
  });

  it.each(Object.entries(FIXTURES) as [FindingCode, Fixture][])(
    "%s fires on its line",
    (code, fixture) => {
      const audit = auditDockerfile(fixture.text, {
        today: TODAY,
        ...(fixture.requirements ? { requirements: fixture.requirements } : {}),
        ...(fixture.matrix ? { matrix: fixture.matrix } : {}),
      });
      const found = audit.findings.filter((f) => f.code === code);
      expect(found.map((f) => f.line)).toContain(fixture.line);
      for (const f of found) {
        expect(f.severity).toBe(AUDIT_RULES[code].severity);
        expect(f.message.length).toBeGreaterThan(20);
        expect(f.fix.length).toBeGreaterThan(5);
      }
    },
  );
});

/** Each form the issue names for a finding, with the line it must fire on. */
const VARIANTS: [string, FindingCode, string, number][] = [
  [
    "flask run",
    "development-server",
    `FROM ${SLIM}\nUSER 10001\nEXPOSE 5000\nCMD ["flask", "run", "--host=0.0.0.0"]\n`,
    4,
  ],
  [
    "a script that calls app.run",
    "development-server",
    `FROM ${SLIM}\nUSER 10001\nRUN pip install --no-cache-dir flask\nEXPOSE 5000\nCMD ["python", "app.py"]\n`,
    5,
  ],
  [
    "manage.py runserver",
    "development-server",
    `FROM ${SLIM}\nUSER 10001\nEXPOSE 8000\nCMD ["python", "manage.py", "runserver", "0.0.0.0:8000"]\n`,
    4,
  ],
  [
    "a shell-form HEALTHCHECK without a shell",
    "shell-form-without-shell",
    `FROM ${DISTROLESS}\nHEALTHCHECK CMD curl -f http://localhost:8000/ || exit 1\nCMD ["app.py"]\n`,
    2,
  ],
  [
    "uv's cache",
    "package-cache-kept",
    `FROM ${SLIM}\nCOPY pyproject.toml uv.lock ./\nRUN uv sync --frozen\nUSER 10001\n`,
    3,
  ],
  [
    "Poetry's cache",
    "package-cache-kept",
    `FROM ${SLIM}\nCOPY pyproject.toml poetry.lock ./\nRUN poetry install --no-root\nUSER 10001\n`,
    3,
  ],
  ["a *_PASSWORD in ENV", "secret-in-env-or-arg", `FROM ${SLIM}\nENV DB_PASSWORD=x\n`, 2],
  ["a SECRET* in ARG", "secret-in-env-or-arg", `FROM ${SLIM}\nARG SECRET_KEY\n`, 2],
  ["a *_TOKEN in ENV", "secret-in-env-or-arg", `FROM ${SLIM}\nENV API_TOKEN=y\n`, 2],
  ["an untagged base", "latest-tag", "FROM python\nUSER 10001\n", 1],
  ["a latest tag", "latest-tag", "FROM python:latest\nUSER 10001\n", 1],
];

describe("the forms the issue names", () => {
  it.each(VARIANTS)("%s: %s", (_name, code, text, line) => {
    const found = auditDockerfile(text, { today: TODAY }).findings.filter((f) => f.code === code);
    expect(found.map((f) => f.line)).toEqual([line]);
  });

  it("a latest tag pinned by digest is not one", () => {
    const pinned = `FROM python:latest@sha256:${"a".repeat(64)}\nUSER 10001\n`;
    const codes = auditDockerfile(pinned, { today: TODAY }).findings.map((f) => f.code);
    expect(codes).not.toContain("latest-tag");
  });
});

describe("the README", () => {
  it("lists every finding code with its severity and Docker alias", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    for (const [code, rule] of Object.entries(AUDIT_RULES)) {
      const row = readme.split("\n").find((l) => l.startsWith(`| \`${code}\``));
      expect(row, code).toBeDefined();
      expect(row).toContain(` ${rule.severity} `);
      if ("dockerCheck" in rule) expect(row).toContain(rule.dockerCheck.name);
    }
  });
});
