/**
 * Dockerfile-like text for fuzzing the audit: real and misspelt instructions in any case, flags,
 * quotes, JSON arrays, variables, heredocs (closed and not), continuations, comments and
 * directives, mixed line endings, a byte order mark, control characters and astral symbols.
 * Shared by the fuzz test and the benchmark, so the benchmark times the inputs the test checks.
 */
import fc from "fast-check";

const KEYWORDS = [
  "FROM",
  "RUN",
  "CMD",
  "ENTRYPOINT",
  "COPY",
  "ADD",
  "ENV",
  "ARG",
  "USER",
  "WORKDIR",
  "EXPOSE",
  "HEALTHCHECK",
  "SHELL",
  "LABEL",
  "ONBUILD",
  "STOPSIGNAL",
  "VOLUME",
  "MAINTAINER",
  "from",
  "Run",
  "RUNN",
  "FRM",
  "",
];

const WORDS = [
  "python:3.13-slim-trixie",
  "python:3.9-slim",
  "python",
  "ubuntu:20.04",
  "debian:trixie-slim",
  "gcr.io/distroless/python3-debian13:nonroot",
  "cgr.dev/chainguard/python:latest",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: Dockerfile variable syntax, not a template.
  "python:${PY}-alpine",
  "$BASE",
  "AS",
  "as",
  "build",
  "scratch",
  "--platform=linux/arm64",
  "--from=build",
  "--mount=type=cache,target=/root/.cache/pip",
  "--checksum=sha256:00",
  "apt-get",
  "update",
  "install",
  "-y",
  "--no-install-recommends",
  "&&",
  "||",
  ";",
  "|",
  "pip",
  "uv",
  "sync",
  "poetry",
  "gcc",
  "libpq-dev",
  "apk",
  "add",
  "--no-cache",
  "/opt/venv",
  ".",
  "/app",
  "https://example.com/a.tgz",
  "0",
  "root",
  "app:app",
  "10001",
  "8000/tcp",
  "A=1",
  "API_TOKEN=x",
  '"quoted word"',
  "'single'",
  '"unclosed',
  '["python",',
  '"app.py"]',
  '["gunicorn", "app:app"]',
  "[",
  "]",
  "{",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: Dockerfile variable syntax, not a template.
  "${A:-${B:-c}}",
  "${",
  "<<EOF",
  "<<-'X'",
  "EOF",
  "\\",
  "`",
  "#",
  "😀",
  "\u0000",
  "\u001b[31m",
  "\u2028",
];

const word = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 6 }) },
);

const instruction = fc
  .tuple(fc.constantFrom(...KEYWORDS), fc.array(word, { maxLength: 8 }))
  .map(([keyword, words]) => [keyword, ...words].join(" "));

const line = fc.oneof(
  { weight: 8, arbitrary: instruction },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "# syntax=docker/dockerfile:1",
      "# escape=`",
      "# escape=x",
      "# check=skip=all",
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom("# a comment", "", "   ", "EOF", "X", "  && echo more \\"),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
);

const ending = fc.constantFrom("\n", "\n", "\n", "\r\n", "\r", " \\\n", "`\n");

/** One Dockerfile-like text of up to about 25 lines. */
export const dockerfileLike: fc.Arbitrary<string> = fc
  .tuple(fc.boolean(), fc.array(fc.tuple(line, ending), { maxLength: 25 }))
  .map(([bom, lines]) => `${bom ? "\uFEFF" : ""}${lines.map(([l, e]) => l + e).join("")}`);
