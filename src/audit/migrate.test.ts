import { describe, expect, it } from "vitest";
import { defaultAnswers } from "../answers.ts";
import { AnswersError } from "../parse-answers.ts";
import { migrateDockerfile } from "./migrate-dockerfile.ts";

const TODAY = "2026-11-27";
const migrate = (text: string, answers = {}) => migrateDockerfile(text, { today: TODAY, answers });

describe("migrateDockerfile", () => {
  it("keeps a supported Python minor, and says where each answer came from", () => {
    const migration = migrate(
      'FROM python:3.12-slim-bookworm\nEXPOSE 8080\nCMD ["gunicorn", "app:app", "--bind", "0.0.0.0:8080"]\n',
    );
    expect(migration.answers).toMatchObject({ pythonVersion: "3.12", port: 8080, appKind: "web" });
    expect(migration.answerSources).toMatchObject({
      pythonVersion: "file",
      port: "file",
      size: "default",
    });
    expect(migration.warnings).toEqual([]);
    expect(migration.recommendation.best.pythonVersion).toBe("3.12");
    expect(migration.diff).toContain("-FROM python:3.12-slim-bookworm");
  });

  it("answers given override what the file says", () => {
    const migration = migrate("FROM python:3.12-slim-trixie\nEXPOSE 8080\n", {
      port: 9000,
      size: "minimal",
    });
    expect(migration.answers).toMatchObject({ port: 9000, size: "minimal" });
    expect(migration.answerSources).toMatchObject({
      port: "given",
      size: "given",
      pythonVersion: "file",
    });
    expect(migration.dockerfile).toContain("EXPOSE 9000");
  });

  it("falls back on a questionnaire's answers where the file says nothing", () => {
    const defaults = {
      ...defaultAnswers,
      size: "minimal" as const,
      port: 9000,
      requirements: "numpy==1.24.3\n",
    };
    const migration = migrateDockerfile(
      "FROM python:3.12-slim-trixie\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n",
      { today: TODAY, defaults },
    );
    expect(migration.answers).toMatchObject({ size: "minimal", port: 9000, pythonVersion: "3.12" });
    expect(migration.answerSources).toMatchObject({ size: "default", pythonVersion: "file" });
    expect(migration.audit.findings.map((f) => f.code)).toContain("requirement-no-build");
  });

  it("an end-of-life Python on offer goes through the advisor's own warning", () => {
    const migration = migrate("FROM python:3.10-slim-trixie\n");
    expect(migration.answers.pythonVersion).toBe("3.10");
    expect(migration.recommendation.warnings[0]).toMatchObject({ code: "python-end-of-life" });
    expect(migration.recommendation.best.pythonVersion).toBe("3.11");
  });

  it("a start command that needs a shell gives no file, and the advisor's reason", () => {
    const migration = migrate(
      "FROM python:3.12-slim-trixie\nCMD gunicorn -b 0.0.0.0:$PORT app:app\n",
    );
    expect(migration.dockerfile).toBeNull();
    expect(migration.diff).toBe("");
    expect(migration.recommendation.warnings[0]).toMatchObject({
      code: "unsafe-command",
      severity: "blocking",
    });
  });

  it("a file it cannot read still gets the defaults' Dockerfile, and says so", () => {
    const migration = migrate("\u0000\u0001\u0002binary");
    expect(migration.warnings.map((w) => w.code)).toEqual(["migration-unreadable"]);
    expect(migration.diff).toBe("");
    expect(migration.dockerfile).toContain("FROM ");
  });

  it("throws AnswersError for invalid answers given, as recommend does", () => {
    expect(() => migrate("FROM python:3.12-slim-trixie\n", { port: 0 })).toThrow(AnswersError);
  });
});
