/**
 * .dockerignore: keeps the build context small and keeps secrets, local environments and the
 * Docker files themselves out of `COPY . .`.
 *
 * Patterns match from the context root: `__pycache__` excludes only ./__pycache__, `**\/__pycache__`
 * excludes it in every folder (docs.docker.com/build/concepts/context/#dockerignore-files). Anything
 * that can sit in a subfolder is therefore written in the `**\/` form. Three entries stay at the
 * root on purpose:
 * - `tests`: a project's test suite lives in ./tests; a package's own `mypkg/tests` module (which
 *   some packages import at run time) must not disappear from the image.
 * - `dist` and `build`: Python build output lands at the project root (`python -m build`,
 *   setuptools); deeper `dist/` and `build/` folders are often a web app's built front-end assets
 *   (static/dist), which the app serves.
 * Nothing here matches the files pyproject.toml declares (readme, licence files): installing the
 * project needs them in the context.
 */
import type { Answers } from "../answers.ts";
import { writesCompose } from "./compose.ts";

export function dockerignore(answers: Answers): string {
  const lines = [
    "# Not part of the image: version control, local environments, secrets, caches, build output, tests.",
    "**/.git",
    "**/.gitignore",
    "**/.venv",
    "**/venv",
    "**/.env",
    "**/.env.*",
    "**/*.pem",
    "**/*.key",
    "**/.netrc",
    "**/.pypirc",
    "**/__pycache__",
    "**/*.py[cod]",
    "**/.pytest_cache",
    "**/.mypy_cache",
    "**/.ruff_cache",
    "**/.coverage",
    "**/htmlcov",
    "**/*.egg-info",
    "# At the root only: a package's own tests module and an app's static/dist assets stay in.",
    "/dist",
    "/build",
    "/tests",
    "# The container definition itself: changing it should not invalidate the COPY layer.",
    "Dockerfile",
    ".dockerignore",
  ];
  if (writesCompose(answers)) lines.push("compose.yaml");
  return `${lines.join("\n")}\n`;
}
