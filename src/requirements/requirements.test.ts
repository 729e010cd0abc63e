import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Answers, defaultAnswers } from "../answers.ts";
import { recommend } from "../recommend.ts";
import { whatWouldChangeTheWinner } from "../what-if.ts";
import { defaultMatrix } from "../default-matrix.ts";
import { analyzeRequirements, cachedAnalyzer } from "./analyze.ts";
import { MAX_LINE_CHARACTERS, stripComment } from "./lines.ts";
import { evaluateMarker, MAX_MARKER_DEPTH } from "./markers.ts";
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

describe("reading lines as pip does", () => {
  it("breaks lines where Python's str.splitlines() does, so line numbers match pip's", () => {
    const text = "a==1\r\nb==2\rc==3\u2028d==4\u2029e==5\u0085f==6\u000bg==7\u000ch==8\u001ci==9";
    const parsed = parseRequirements(text);
    expect(parsed.requirements.map((r) => `${r.name}@${r.line}`)).toEqual([
      "a@1",
      "b@2",
      "c@3",
      "d@4",
      "e@5",
      "f@6",
      "g@7",
      "h@8",
      "i@9",
    ]);
  });

  it("starts a comment at a # at the line start or after whitespace only", () => {
    expect(stripComment("# all comment")).toBe("");
    expect(stripComment("numpy==1.26.4  # pinned")).toBe("numpy==1.26.4  ");
    expect(stripComment("numpy==1.26.4\t#tab")).toBe("numpy==1.26.4\t");
    expect(stripComment("pkg @ https://example.com/p.whl#sha256=abc")).toBe(
      "pkg @ https://example.com/p.whl#sha256=abc",
    );
  });

  it("refuses a line over the length limit by number, and reads the rest", () => {
    const parsed = parseRequirements(
      `numpy==1.26.4\n${"x".repeat(MAX_LINE_CHARACTERS + 1)}\npandas==2.2.3`,
    );
    expect(parsed.requirements.map((r) => r.name)).toEqual(["numpy", "pandas"]);
    expect(parsed.errors).toEqual([
      { line: 2, message: "the line is 10001 characters long; the limit is 10000" },
    ]);
  });

  it("reads pyproject strings in one pass: # and escapes inside strings, comments outside", () => {
    const text = [
      "[project]",
      'description = """',
      'dependencies = ["not-this==1"]',
      '"""',
      "dependencies = [",
      '  "numpy>=1.26 ; python_version >= \'3.9\'",  # a comment with "quotes"',
      '  "pan\\u0064as==2.2.3", \'requests>=2.32\', "x # y",',
      '  "broken',
      "]",
    ].join("\n");
    const parsed = parseRequirements(text);
    expect(parsed.requirements.map((r) => `${r.name}${r.specifier}@${r.line}`)).toEqual([
      "numpy>=1.26@6",
      "pandas==2.2.3@7",
      "requests>=2.32@7",
    ]);
    expect(parsed.errors).toEqual([
      { line: 7, message: expect.stringContaining("not a version specifier") },
      { line: 8, message: "a string on this line is not closed" },
    ]);
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
    [`${"(".repeat(MAX_MARKER_DEPTH)}python_version >= "3.9"${")".repeat(MAX_MARKER_DEPTH)}`, true],
    [
      `${"(".repeat(MAX_MARKER_DEPTH + 1)}python_version >= "3.9"${")".repeat(MAX_MARKER_DEPTH + 1)}`,
      undefined,
    ],
  ])("%s -> %s for Python 3.12 on Linux", (marker, expected) => {
    expect(evaluateMarker(marker, { pythonVersion: "3.12" })).toBe(expected);
  });

  it("reports a marker nested past the limit as an error on its line", () => {
    const deep = `numpy ; ${"(".repeat(MAX_MARKER_DEPTH + 1)}python_version >= "3.9"${")".repeat(MAX_MARKER_DEPTH + 1)}`;
    expect(parseRequirements(`pandas\n${deep}`).errors).toEqual([
      { line: 2, message: "the environment marker nests parentheses 33 deep; the limit is 32" },
    ]);
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

describe("requirements in the what-if pass", () => {
  it("are analysed once per Python version and architecture set, as analyzeRequirements would", () => {
    const analyze = cachedAnalyzer();
    const text = `${ARTICLE}psycopg2==2.9.10\n`;
    const at = (pythonVersion: string, architectures: Answers["architectures"]) =>
      analyze(text, { pythonVersion, architectures, matrix: defaultMatrix });
    const first = at("3.13", ["amd64"]);
    // The same key gives the same analysis object: it was not analysed again.
    expect(at("3.13", ["amd64"])).toBe(first);
    expect(at("3.12", ["amd64"])).not.toBe(first);
    expect(at("3.13", ["amd64", "arm64"])).not.toBe(first);
    for (const [version, architectures] of [
      ["3.13", ["amd64"]],
      ["3.12", ["amd64"]],
      ["3.13", ["amd64", "arm64"]],
    ] as const)
      expect(at(version, [...architectures])).toEqual(
        analyzeRequirements(text, {
          pythonVersion: version,
          architectures: [...architectures],
          matrix: defaultMatrix,
        }),
      );
    // Another text starts afresh.
    expect(analyze(ARTICLE, { pythonVersion: "3.13", architectures: ["amd64"] })).toEqual(
      analyzeRequirements(ARTICLE, { pythonVersion: "3.13", architectures: ["amd64"] }),
    );
  });

  it("gives the same changes as ranking every alternative from scratch", () => {
    const answers: Answers = { ...defaultAnswers, requirements: `${ARTICLE}psycopg2==2.9.10\n` };
    const best = recommend(answers, { today: TODAY }).best.id;
    const fromScratch = [
      ...["3.10", "3.11", "3.12", "3.14", "3.15"].map((v) => ["pythonVersion", v] as const),
      ["architectures", ["arm64"]] as const,
      ["architectures", ["amd64", "arm64"]] as const,
      ["nativeDeps", "none"] as const,
      ["size", "minimal"] as const,
    ].filter(([field, value]) => {
      const other = recommend({ ...answers, [field]: value }, { today: TODAY });
      return other.best.id !== best;
    });
    const changes = whatWouldChangeTheWinner(answers, { today: TODAY }, best);
    for (const [field, value] of fromScratch)
      expect(changes).toContainEqual(expect.objectContaining({ field, value }));
    for (const change of changes)
      expect(
        recommend({ ...answers, [change.field]: change.value }, { today: TODAY }).best.id,
      ).toBe(change.bestId);
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
