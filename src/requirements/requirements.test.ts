import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Answers, defaultAnswers } from "../answers.ts";
import { recommend } from "../recommend.ts";
import { analyzeRequirements } from "./analyze.ts";
import { evaluateMarker } from "./markers.ts";
import { MAX_REQUIREMENTS_LINES, normaliseName, parseRequirements } from "./parse.ts";

const ARTICLE = "flask==2.3.3\nrequests==2.31.0\nnumpy==1.24.3\npandas==2.0.3\n";
const TODAY = "2026-11-27";

describe("parseRequirements", () => {
  it("reads a real-world shaped requirements.txt", () => {
    const text = [
      "\uFEFF# Production dependencies",
      "Flask[async]==2.3.3  # web",
      "requests>=2.32,<3 \\",
      "    --hash=sha256:0123456789abcdef",
      "numpy==1.26.4 ; python_version >= '3.9'",
      "Django (>=4.2)",
      "zope.interface~=6.0",
      "",
      "-r base.txt",
      "-e git+https://example.com/repo.git#egg=thing",
      "--index-url https://pypi.example.com/simple",
      "mypkg @ https://example.com/mypkg-1.0.tar.gz",
      "./local-package",
      "pkg==1.0rc1",
      "this is not valid!",
    ].join("\r\n");
    const parsed = parseRequirements(text);
    expect(parsed.requirements.map((r) => [r.name, r.line, r.specifier])).toEqual([
      ["flask", 2, "==2.3.3"],
      ["requests", 3, ">=2.32,<3"],
      ["numpy", 5, "==1.26.4"],
      ["django", 6, ">=4.2"],
      ["zope-interface", 7, "~=6.0"],
    ]);
    expect(parsed.requirements[0]?.extras).toEqual(["async"]);
    expect(parsed.requirements[2]?.marker).toBe("python_version >= '3.9'");
    expect(parsed.unchecked.map((u) => u.line)).toEqual([9, 10, 11, 12, 13, 14]);
    expect(parsed.errors).toEqual([
      { line: 15, message: expect.stringContaining("not a version specifier") },
    ]);
  });

  it("reads PEP 621 and Poetry dependency lists", () => {
    const pep621 =
      '[project]\nname = "app"\ndependencies = [\n  "numpy>=1.26",\n  "pandas==2.2.3",\n]\n[tool.ruff]\nline-length = 100\n';
    expect(
      parseRequirements(pep621).requirements.map((r) => `${r.name}${r.specifier}@${r.line}`),
    ).toEqual(["numpy>=1.26@4", "pandas==2.2.3@5"]);
    const poetry =
      '[tool.poetry.dependencies]\npython = "^3.12"\nnumpy = "^1.26.4"\npsycopg2 = { version = "~2.9", optional = true }\nlocal = { path = "../local" }\n';
    const parsed = parseRequirements(poetry);
    expect(parsed.requirements.map((r) => `${r.name}${r.specifier}`)).toEqual([
      "numpy>=1.26.4,<2",
      "psycopg2>=2.9,<2.10",
    ]);
    expect(parsed.unchecked.map((u) => u.line)).toEqual([5]);
  });

  it("normalises names as PEP 503 says", () => {
    expect(normaliseName("Zope_Interface")).toBe("zope-interface");
    expect(normaliseName("ruamel.yaml.clib")).toBe("ruamel-yaml-clib");
  });

  it("survives hostile input: huge lines, control characters, HTML; errors carry line numbers", () => {
    const hostile = [
      "<script>alert(1)</script>",
      "a".repeat(50_000),
      "numpy\u0000==1.0",
      "x==1\u2028y==2",
      "]]]",
      "name==$(id)",
    ].join("\n");
    const parsed = parseRequirements(hostile);
    expect(
      parsed.errors.length + parsed.unchecked.length + parsed.requirements.length,
    ).toBeGreaterThan(0);
    for (const e of parsed.errors) expect(e.line).toBeGreaterThan(0);
    expect(
      parseRequirements("a\n".repeat(MAX_REQUIREMENTS_LINES + 1)).errors[0]?.message,
    ).toContain("limit");
    expect(parseRequirements("x".repeat(200_000)).errors[0]?.message).toContain("KB");
  });

  it("never throws on any text", { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => {
        const result = analyzeRequirements(text, {
          pythonVersion: "3.12",
          architectures: ["amd64"],
        });
        return Array.isArray(result.packages);
      }),
      { seed: 11, numRuns: 2000 },
    );
  });
});

describe("evaluateMarker", () => {
  it.each([
    ['python_version >= "3.9"', true],
    ['python_version < "3.8"', false],
    ['sys_platform == "win32"', false],
    ['sys_platform == "linux" and python_version >= "3.12"', true],
    ['platform_system == "Windows" or python_version == "3.12"', true],
    ['extra == "dev"', undefined],
    ["python_version >=", undefined],
  ])("%s -> %s for Python 3.12 on Linux", (marker, expected) => {
    expect(evaluateMarker(marker, { pythonVersion: "3.12" })).toBe(expected);
  });
});

describe("analyzeRequirements", () => {
  it("flags the article's numpy and pandas pins for Python 3.12 with the fix", () => {
    const result = analyzeRequirements(ARTICLE, {
      pythonVersion: "3.12",
      architectures: ["amd64"],
    });
    const numpy = result.packages.find((p) => p.name === "numpy");
    expect(numpy?.verdicts.glibc.amd64).toBe("no-build");
    const messages = result.warnings
      .filter((w) => w.code === "requirement-no-build")
      .map((w) => `${w.message} ${w.fix}`);
    expect(messages).toEqual([
      expect.stringMatching(
        /^numpy==1\.24\.3 has no wheel for Python 3\.12 \(it supports 3\.8–3\.11\)\. Use numpy>=1\.26 or Python 3\.11\.$/,
      ),
      expect.stringMatching(/^pandas==2\.0\.3 has no wheel for Python 3\.12 .*Python 3\.11\.$/),
    ]);
    expect(result.warnings.find((w) => w.code === "requirement-advisory")?.message).toContain(
      "CVE-2024-35195",
    );
  });

  it("names the requests release that fixes every known advisory, and the Python it needs", () => {
    const result = analyzeRequirements("requests==2.31.0\n", {
      pythonVersion: "3.12",
      architectures: ["amd64"],
    });
    const advisories = result.warnings.filter((w) => w.code === "requirement-advisory");
    expect(advisories).toHaveLength(1);
    for (const id of ["CVE-2024-35195", "CVE-2024-47081", "CVE-2026-25645"])
      expect(advisories[0]?.message).toContain(id);
    expect(advisories[0]?.fix).toMatch(
      /^Upgrade to requests>=2\.33\.0, which fixes all 3 \(it needs Python 3\.10 or newer\)\./,
    );
    const between = analyzeRequirements("requests==2.32.4\n", {
      pythonVersion: "3.12",
      architectures: ["amd64"],
    }).warnings.find((w) => w.code === "requirement-advisory");
    expect(between?.message).toContain("CVE-2026-25645");
    expect(between?.message).not.toContain("CVE-2024-47081");
    expect(
      analyzeRequirements("requests==2.33.0\n", { pythonVersion: "3.12", architectures: ["amd64"] })
        .warnings,
    ).toEqual([]);
  });

  it("on Python 3.11 finds manylinux wheels and no musllinux wheel for numpy 1.24.3", () => {
    const result = analyzeRequirements(ARTICLE, {
      pythonVersion: "3.11",
      architectures: ["amd64"],
    });
    const numpy = result.packages.find((p) => p.name === "numpy");
    expect(numpy?.verdicts.glibc.amd64).toBe("wheel");
    expect(numpy?.verdicts.musl.amd64).toBe("source-build");
    expect(result.nativeDeps).toBe("wheels");
  });

  it("lists packages outside the data as not checked, never as pure Python", () => {
    const result = analyzeRequirements("some-internal-lib==1.0\n", {
      pythonVersion: "3.12",
      architectures: ["amd64"],
    });
    expect(result.packages).toEqual([]);
    expect(result.unchecked[0]?.why).toContain("not in the package data");
    expect(result.nativeDeps).toBeUndefined();
  });
});

describe("requirements in recommend", () => {
  const answers = (over: Partial<Answers>): Answers => ({ ...defaultAnswers, ...over });

  it("the article's requirements on 3.12: both pins flagged first, Alpine penalised with numpy named", () => {
    const result = recommend(answers({ requirements: ARTICLE, pythonVersion: "3.12" }), {
      today: TODAY,
    });
    expect(result.warnings.slice(0, 2).map((w) => w.code)).toEqual([
      "requirement-no-build",
      "requirement-no-build",
    ]);
    expect(result.best.excluded).toBeUndefined();
    const alpine = result.ranked.find((r) => r.id === "python-alpine");
    const slim = result.ranked.find((r) => r.id === "python-slim");
    expect(alpine?.criteria.compatibility?.score).toBeLessThan(
      slim?.criteria.compatibility?.score ?? 0,
    );
    expect(alpine?.reasons.join(" ")).toMatch(/numpy/);
    expect(alpine?.packages).toContainEqual({ name: "numpy", verdict: "no-build" });
  });

  it("sets nativeDeps from the analysis unless the answer is manual, and says where they disagree", () => {
    const requirements = "psycopg2==2.9.10\n";
    const auto = recommend(answers({ requirements, nativeDeps: "none" }), { today: TODAY });
    expect(auto.requirements?.nativeDeps).toBe("compile");
    expect(auto.files?.Dockerfile).toMatch(/libpq/);
    const manual = recommend(
      answers({ requirements, nativeDeps: "none", nativeDepsSource: "manual" }),
      { today: TODAY },
    );
    expect(manual.warnings.map((w) => w.code)).toContain("native-deps-disagree");
  });

  it("excludes final images without a package manager when a package needs a shared library at run time", () => {
    const result = recommend(answers({ requirements: "psycopg2==2.9.10\n" }), { today: TODAY });
    const distroless = result.ranked.find((r) => r.id === "distroless-python3-debian13");
    expect(distroless?.excluded?.join(" ")).toMatch(/psycopg2 needs .*libpq/);
    const dockerfile = result.files?.Dockerfile ?? "";
    const [buildStage = "", finalStage = ""] = dockerfile.split(/\nFROM .* AS runtime\n/);
    expect(buildStage).toMatch(/libpq-dev/);
    expect(finalStage).toMatch(/libpq5/);
    expect(finalStage).not.toMatch(/libpq-dev|build-essential/);
  });
});
