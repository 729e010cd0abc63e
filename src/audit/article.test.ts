/**
 * The seed article's four Dockerfiles (reference/seed-article.md), with its requirements: what the
 * audit finds in each, and the migration each gets.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultMatrix } from "../default-matrix.ts";
import { recommend } from "../recommend.ts";
import { auditDockerfile } from "./audit-dockerfile.ts";
import { migrateDockerfile } from "./migrate-dockerfile.ts";

const TODAY = "2026-11-27";
const DIR = join(import.meta.dirname, "__fixtures__", "article");
const read = (name: string) => readFileSync(join(DIR, name), "utf8");
const REQUIREMENTS = read("requirements.txt");

/** Each file's findings as "line:code", most severe first. */
const EXPECTED: Record<string, string[]> = {
  "Dockerfile.bloated": [
    "1:distro-end-of-life",
    "1:runs-as-root",
    "2:apt-update-alone",
    "8:development-server",
    "1:no-healthcheck",
    "2:apt-lists-kept",
    "3:apt-without-no-install-recommends",
    "4:package-cache-kept",
  ],
  "Dockerfile.optimized": [
    "2:distro-end-of-life",
    "2:runs-as-root",
    "12:development-server",
    "2:no-healthcheck",
  ],
  "Dockerfile.slim": [
    "1:python-end-of-life",
    "1:floating-distro",
    "1:runs-as-root",
    "7:development-server",
    "1:no-healthcheck",
  ],
  "Dockerfile.alpine": [
    "4:source-build-without-compilers",
    "2:distro-ends-soon",
    "2:python-end-of-life",
    "2:floating-distro",
    "2:runs-as-root",
    "8:development-server",
    "2:no-healthcheck",
  ],
};

describe("the article's Dockerfiles", () => {
  it.each(Object.keys(EXPECTED))("%s: findings", (name) => {
    const audit = auditDockerfile(read(name), { today: TODAY, requirements: REQUIREMENTS });
    expect(audit.findings.map((f) => `${f.line}:${f.code}`)).toEqual(EXPECTED[name]);
  });

  it("names the dates and sources of what has ended", () => {
    const bloated = auditDockerfile(read("Dockerfile.bloated"), { today: TODAY });
    const ubuntu = bloated.findings.find((f) => f.code === "distro-end-of-life");
    expect(ubuntu?.message).toContain(
      "Ubuntu 20.04 LTS (focal) stopped getting free security updates on 2025-05-31",
    );
    expect(ubuntu?.message).toContain("Python it packages (3.8, line 3)");
    expect(ubuntu?.sources?.[0]?.url).toMatch(/^https:\/\/.*endoflife/);
    const slim = auditDockerfile(read("Dockerfile.slim"), { today: TODAY });
    const python = slim.findings.find((f) => f.code === "python-end-of-life");
    expect(python?.message).toContain("Python 3.9, which reached end of life on 2025-10-31");
    expect(python?.fix).toContain("Python 3.11");
    expect(python?.sources?.[0]?.read).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("says the article's Alpine build fails, and why", () => {
    const audit = auditDockerfile(read("Dockerfile.alpine"), {
      today: TODAY,
      requirements: REQUIREMENTS,
    });
    const blocking = audit.findings.filter((f) => f.severity === "blocking");
    expect(blocking.map((f) => f.message)).toEqual([
      expect.stringMatching(
        /^numpy, pandas have no musllinux wheel for Python 3\.9 as pinned.*no compiler and installs none: the build fails\.$/,
      ),
    ]);
  });

  it.each([
    ["Dockerfile.bloated", "3.8"],
    ["Dockerfile.optimized", "3.8"],
    ["Dockerfile.slim", "3.9"],
    ["Dockerfile.alpine", "3.9"],
  ])("%s: reads the article's app (Python %s, moved to 3.11)", (name, python) => {
    const audit = auditDockerfile(read(name), { today: TODAY });
    expect(audit.inferred.answers).toEqual({
      pythonVersion: "3.11",
      packageManager: "pip",
      port: 5000,
      command: "python app.py",
      appKind: "web",
    });
    expect(audit.inferred.python?.version).toBe(python);
    expect(audit.inferred.unknown.map((u) => u.field)).toEqual(["architectures"]);
  });

  it.each([
    ["Dockerfile.bloated", "3.8"],
    ["Dockerfile.optimized", "3.8"],
    ["Dockerfile.slim", "3.9"],
    ["Dockerfile.alpine", "3.9"],
  ])(
    "%s: migrates to the advisor's image for the app, keeping its port and command",
    (name, python) => {
      const migration = migrateDockerfile(read(name), { today: TODAY });
      const { best } = recommend(migration.answers, { today: TODAY });
      expect(migration.recommendation.best.reference).toBe(best.reference);
      expect(defaultMatrix.images.find((i) => i.id === best.id)?.status).toBe("supported");
      expect(best.pythonVersion).toBe("3.11");
      expect(migration.warnings[0]).toMatchObject({
        code: "python-end-of-life",
        message: expect.stringContaining(`Your Dockerfile runs Python ${python}`),
      });
      expect(migration.dockerfile).toContain("EXPOSE 5000");
      expect(migration.dockerfile).toContain('CMD ["python", "app.py"]');
      expect(migration.diff).toMatch(/^--- Dockerfile\n\+\+\+ Dockerfile \(migrated\)\n@@ /);
      expect(migration.diff).toContain(`+FROM ${best.reference} AS runtime`);
      // The migrated file passes its own audit: nothing would fail to build or start.
      const again = auditDockerfile(migration.dockerfile ?? "", { today: TODAY });
      expect(again.findings.filter((f) => f.severity === "blocking")).toEqual([]);
    },
  );

  it("tells the bloated file's author where the named packages go", () => {
    const migration = migrateDockerfile(read("Dockerfile.bloated"), { today: TODAY });
    expect(migration.warnings.map((w) => w.code)).toContain("packages-by-name");
    expect(migration.warnings.find((w) => w.code === "packages-by-name")?.message).toContain(
      "flask, requests, numpy, pandas",
    );
  });
});
