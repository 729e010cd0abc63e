/**
 * Hostile requirements through the whole engine: the inputs that once threw or took minutes, and
 * seeded random text from the characters parsers trip on. recommend() and the what-if pass never
 * throw on answers that pass validation. The timeouts only catch a hang (a quadratic pass took
 * 137 s); the time per input is printed by scripts/bench.ts, never asserted here.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Answers, defaultAnswers } from "../answers.ts";
import { recommend } from "../recommend.ts";
import { ADVERSARIAL_REQUIREMENTS } from "../test-support/adversarial-requirements.ts";
import { whatWouldChangeTheWinner } from "../what-if.ts";
import { analyzeRequirements } from "./analyze.ts";

const TODAY = "2026-11-27";

function rankWithWhatIf(requirements: string, over: Partial<Answers> = {}) {
  const answers = { ...defaultAnswers, ...over, requirements };
  const result = recommend(answers, { today: TODAY });
  const changes = whatWouldChangeTheWinner(answers, { today: TODAY }, result.best.id);
  return { result, changes };
}

describe("adversarial requirements", () => {
  it.each(ADVERSARIAL_REQUIREMENTS)(
    "$name: ranks, explains and never throws",
    {
      timeout: 30_000,
    },
    ({ text }) => {
      const { result, changes } = rankWithWhatIf(text);
      expect(result.best.id).not.toBe("");
      expect(result.requirements).toBeDefined();
      expect(Array.isArray(changes)).toBe(true);
      // Whatever could not be read is said, with its line.
      for (const error of result.requirements?.errors ?? []) expect(error.message).not.toBe("");
    },
  );

  it("says why the lines it refused were refused", { timeout: 30_000 }, () => {
    const [overflow = "", deep = ""] = ADVERSARIAL_REQUIREMENTS.map((a) => a.text);
    const errors = (requirements: string) =>
      recommend({ ...defaultAnswers, requirements }, { today: TODAY }).requirements?.errors;
    expect(errors(overflow)).toEqual([
      { line: 1, message: `the line is ${overflow.length} characters long; the limit is 10000` },
    ]);
    expect(errors(deep)).toEqual([
      { line: 1, message: "the environment marker nests parentheses 4900 deep; the limit is 32" },
    ]);
  });
});

/** Pieces that parsers of requirements, TOML and markers treat specially. */
const PIECES = [
  "(",
  ")",
  '"',
  "'",
  "\\",
  "#",
  " #",
  "=",
  "==",
  ";",
  "<",
  ">",
  "!",
  "~",
  ",",
  "[",
  "]",
  "{",
  "}",
  " ",
  "\t",
  "\n",
  "\r",
  "\r\n",
  "\u2028",
  "\u2029",
  "\u0085",
  "\u0000",
  "\uD800",
  "numpy",
  "1.26.4",
  ".*",
  "and",
  "or",
  "not in",
  "python_version",
  "extra",
  "[project]",
  "dependencies = [",
  "[tool.poetry.dependencies]",
  "version = ",
  '"""',
  "--hash=",
  "-r ",
  "@ https://x/y.whl",
];

const hostileText = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 600 })
  .map((pieces) => pieces.join(""));

describe("random hostile requirements", () => {
  it("analyzeRequirements never throws and names every line it could not read", {
    timeout: 60_000,
  }, () => {
    fc.assert(
      fc.property(hostileText, fc.constantFrom("3.10", "3.12", "3.14"), (text, pythonVersion) => {
        const result = analyzeRequirements(text, { pythonVersion, architectures: ["amd64"] });
        for (const e of [...result.errors, ...result.unchecked]) expect(e.line).toBeGreaterThan(0);
      }),
      { seed: 1414, numRuns: 3000 },
    );
  });

  it("recommend and the what-if pass never throw on them", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(
        hostileText,
        fc.constantFrom<Partial<Answers>>(
          {},
          { pythonVersion: "3.10", architectures: ["amd64", "arm64"] },
          { nativeDepsSource: "manual", nativeDeps: "compile" },
        ),
        (text, over) => {
          const { result } = rankWithWhatIf(text, over);
          expect(result.ranked.length).toBeGreaterThan(0);
        },
      ),
      { seed: 1415, numRuns: 200 },
    );
  });
});
