/**
 * Bad input: every case the issue names gets a clear finding naming its line, and 10,000 generated
 * Dockerfile-like texts never make the audit or the migration throw. How long each input takes is
 * reported by `npm run bench`, not asserted here.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dockerfileLike } from "../test-support/dockerfile-fuzz.ts";
import { auditDockerfile } from "./audit-dockerfile.ts";
import { migrateDockerfile } from "./migrate-dockerfile.ts";
import type { FindingCode } from "./rules.ts";
import { MAX_DOCKERFILE_CHARACTERS } from "./source-text.ts";

const TODAY = "2026-11-27";
const audit = (text: string) => auditDockerfile(text, { today: TODAY });
const codes = (text: string) => audit(text).findings.map((f) => `${f.line}:${f.code}`);
const has = (text: string, code: FindingCode) => audit(text).findings.find((f) => f.code === code);

describe("bad input", () => {
  it("an empty file, or only comments: no build stage", () => {
    expect(codes("")).toEqual(["1:empty-file"]);
    expect(codes("\n\n# just a note\n")).toEqual(["1:empty-file"]);
    expect(codes("ARG PY=3.13\n")).toEqual(["1:empty-file"]);
    expect(audit("").stages).toEqual([]);
  });

  it("binary data: one finding, nothing parsed", () => {
    const png = "\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0000\u0001";
    expect(codes(png)).toEqual(["1:binary-file"]);
    expect(has("FROM a\nRUN x\n\u0000\n", "binary-file")?.line).toBe(3);
  });

  it("1 MB of text: one finding that states the limit", () => {
    const big = `FROM python:3.13-slim-trixie\n${"RUN echo filler\n".repeat(65_536)}`;
    expect(big.length).toBeGreaterThan(1_000_000);
    const result = audit(big);
    expect(result.findings.map((f) => f.code)).toEqual(["file-too-large"]);
    expect(result.findings[0]?.message).toContain(
      MAX_DOCKERFILE_CHARACTERS.toLocaleString("en-US"),
    );
    expect(audit("x".repeat(MAX_DOCKERFILE_CHARACTERS)).findings.map((f) => f.code)).not.toContain(
      "file-too-large",
    );
  });

  it("an unterminated heredoc names the line it opens on", () => {
    const text = 'FROM python:3.13-slim-trixie\nRUN <<EOF\napt-get update\nCMD ["python"]\n';
    expect(has(text, "unterminated-heredoc")).toMatchObject({ line: 2, severity: "blocking" });
    expect(has("FROM a\nRUN <<EOF\necho\nEOF\n", "unterminated-heredoc")).toBeUndefined();
  });

  it("a byte order mark is read past, and noted", () => {
    const result = audit(
      '\uFEFFFROM python:3.13-slim-trixie\nUSER 10001\nCMD ["python", "-m", "report"]\n',
    );
    expect(result.stages[0]?.resolved).toBe("python:3.13-slim-trixie");
    expect(result.findings.map((f) => f.code)).toEqual(["byte-order-mark"]);
  });

  it("direction-changing and zero-width characters are named, with where the first one is", () => {
    const trojan =
      'FROM python:3.13-slim-trixie\nUSER 10001\nENV MODE=\u202Eevil\u202C\nCMD ["python", "-m", "report"]\u200B\n';
    const [hidden, ...rest] = audit(trojan).findings;
    // The zero-width space after "]" is why Docker would read that CMD in shell form.
    expect(rest.map((f) => `${f.line}:${f.code}`)).toEqual(["4:shell-form-command"]);
    expect(hidden).toMatchObject({ code: "hidden-characters", severity: "warning", line: 3 });
    expect(hidden?.column).toBe(10);
    expect(hidden?.message).toContain("3 characters");
    expect(hidden?.message).toContain("2 lines, from line 3 on,");
    expect(hidden?.message).toContain("U+202E RIGHT-TO-LEFT OVERRIDE");
    // A zero-width joiner (emoji, several scripts) in a comment is not one of them.
    const emoji = "# build \u{1F468}\u200D\u{1F4BB}\nFROM python:3.13-slim-trixie\nUSER 10001\n";
    expect(audit(emoji).findings.map((f) => f.code)).not.toContain("hidden-characters");
  });

  it("CRLF line endings change nothing but a note", () => {
    const lf = 'FROM python:3.13-slim-trixie\nUSER app\nEXPOSE 8000\nCMD ["gunicorn", "app:app"]\n';
    const crlf = lf.replaceAll("\n", "\r\n");
    const withoutNote = audit(crlf).findings.filter((f) => f.code !== "crlf-line-endings");
    expect(withoutNote).toEqual(audit(lf).findings);
    expect(audit(crlf).inferred).toEqual(audit(lf).inferred);
  });

  it("unknown instructions are blocking, named by line; lower case is fine", () => {
    expect(has("FROM a\nfoo bar\n", "unknown-instruction")?.line).toBe(2);
    expect(has("from python:3.13-slim-trixie\nrun echo\n", "unknown-instruction")).toBeUndefined();
  });

  it("reads with the escape directive's character, and flags a misplaced or invalid one", () => {
    const backtick =
      "# escape=`\nFROM python:3.13-slim-trixie\nRUN apt-get update `\n && apt-get install -y --no-install-recommends curl `\n && rm -rf /var/lib/apt/lists/*\n";
    expect(audit(backtick).findings.map((f) => f.code)).not.toContain("apt-update-alone");
    expect(has("FROM a\n# escape=`\n", "misplaced-directive")?.line).toBe(2);
    expect(has("# escape=x\nFROM a\n", "invalid-escape-directive")?.line).toBe(1);
  });

  it("a standard syntax directive is quiet; another frontend is noted", () => {
    expect(
      codes("# syntax=docker/dockerfile:1.7\nFROM python:3.13-slim-trixie\nUSER 10001\n"),
    ).toEqual([]);
    expect(has("# syntax=registry.example.com/frontend:2\nFROM a\n", "custom-frontend")?.line).toBe(
      1,
    );
  });

  it("never throws on hostile or malformed text", () => {
    for (const text of [
      "FROM",
      "FROM ${",
      "FROM $",
      "FROM a AS",
      "COPY --from=",
      "HEALTHCHECK",
      "HEALTHCHECK CMD",
      "USER",
      "CMD []",
      'CMD ["',
      "ENV",
      "ARG =x",
      "RUN <<",
      "\\",
      "\r\r\r",
      "FROM a\nFROM a AS b\nFROM b AS c\nFROM c\nCOPY --from=c / /\n",
      `FROM ${"${A:-".repeat(500)}x${"}".repeat(500)}`,
      `RUN ${"\"'".repeat(5000)}`,
    ])
      expect(() => audit(text)).not.toThrow();
  });
});

describe("fuzzing", () => {
  it("10,000 Dockerfile-like texts: the audit never throws and always gives well-formed findings", {
    timeout: 180_000,
  }, () => {
    fc.assert(
      fc.property(dockerfileLike, (text) => {
        const result = audit(text);
        for (const f of result.findings) {
          if (!Number.isInteger(f.line) || f.line < 1) return false;
          if (f.message === "" || f.fix === "") return false;
        }
        return (
          result.counts.blocking + result.counts.warning + result.counts.info ===
          result.findings.length
        );
      }),
      { numRuns: 10_000, seed: 16 },
    );
  });

  it("1,000 of them through the migration: it never throws", { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(dockerfileLike, (text) => {
        const migration = migrateDockerfile(text, { today: TODAY });
        return typeof migration.diff === "string";
      }),
      { numRuns: 1_000, seed: 17 },
    );
  });
});
