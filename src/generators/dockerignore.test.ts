/**
 * The .dockerignore judged on a realistic project tree: what `COPY . .` would take into the image.
 */
import { describe, expect, it } from "vitest";
import { type Answers, defaultAnswers } from "../answers.ts";
import { generateFiles } from "../recommend.ts";
import { isIgnored } from "../test-support/dockerignore-match.ts";

const TODAY = "2026-11-27";
const ignore = (over: Partial<Answers> = {}) =>
  generateFiles("python-slim", { ...defaultAnswers, ...over }, { today: TODAY })?.[
    ".dockerignore"
  ] ?? "";

const KEPT_OUT = [
  ".git/HEAD",
  ".venv/bin/python",
  "services/api/.venv/bin/python",
  "venv/lib/site.py",
  ".env",
  ".env.production",
  "src/mypkg/.env",
  "deploy/.env.local",
  "__pycache__/app.cpython-313.pyc",
  "src/mypkg/__pycache__/core.cpython-313.pyc",
  "src/mypkg/legacy.pyc",
  "certs/server.pem",
  "deploy/tls/server.key",
  ".netrc",
  "home/.pypirc",
  "dist/mypkg-0.1.0-py3-none-any.whl",
  "build/lib/mypkg/__init__.py",
  "src/mypkg.egg-info/PKG-INFO",
  ".pytest_cache/v/cache/nodeids",
  "src/.mypy_cache/3.13/x.json",
  "tests/test_app.py",
  "Dockerfile",
  ".dockerignore",
];

// What the build needs: the project's metadata and every file pyproject.toml declares (readme,
// licence), the lock files, and the code, including a package's own tests module.
const KEPT_IN = [
  "pyproject.toml",
  "README.md",
  "README.rst",
  "LICENSE",
  "LICENSES/MIT.txt",
  "uv.lock",
  "poetry.lock",
  "requirements.txt",
  "app.py",
  "src/mypkg/__init__.py",
  "src/mypkg/tests/__init__.py",
  "mypkg/tests.py",
  "static/dist/app.js",
  "app/templates/build/index.html",
];

describe(".dockerignore", () => {
  it.each(KEPT_OUT)("keeps %s out of the image", (path) => {
    expect(isIgnored(ignore(), path)).toBe(true);
  });

  it.each(KEPT_IN)("keeps %s in the build context", (path) => {
    expect(isIgnored(ignore(), path)).toBe(false);
  });

  it("keeps compose.yaml out only when it writes one", () => {
    expect(isIgnored(ignore({ appKind: "web" }), "compose.yaml")).toBe(true);
    expect(isIgnored(ignore({ appKind: "cli" }), "compose.yaml")).toBe(false);
  });
});

describe("the matcher follows Docker's rules", () => {
  it("matches from the root unless a pattern starts with **/", () => {
    expect(isIgnored("__pycache__\n", "a/__pycache__/x.pyc")).toBe(false);
    expect(isIgnored("**/__pycache__\n", "a/__pycache__/x.pyc")).toBe(true);
    expect(isIgnored("**/*.py[cod]\n", "x.pyo")).toBe(true);
    expect(isIgnored("*.md\n!README.md\n", "README.md")).toBe(false);
  });
});
