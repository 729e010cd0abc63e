/**
 * .dockerignore: keeps the build context small and keeps secrets, local environments and the
 * Docker files themselves out of `COPY . .`.
 */
import type { Answers } from "../answers.ts";

export function dockerignore(answers: Answers): string {
  const lines = [
    "# Not part of the image: version control, local environments, secrets, caches, tests.",
    ".git",
    ".gitignore",
    ".venv",
    "venv",
    ".env",
    ".env.*",
    "__pycache__",
    "*.py[cod]",
    ".pytest_cache",
    ".mypy_cache",
    ".ruff_cache",
    ".coverage",
    "htmlcov",
    "tests",
    "# The container definition itself: changing it should not invalidate the COPY layer.",
    "Dockerfile",
    ".dockerignore",
  ];
  if (answers.appKind === "web") lines.push("compose.yaml");
  return `${lines.join("\n")}\n`;
}
