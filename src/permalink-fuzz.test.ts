/**
 * Permalink fuzzing: 100,000 seeded random and mutated fragments through decodeAnswers. It never
 * throws, always returns answers the engine accepts, and names every field it rejected.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultMatrix } from "./default-matrix.ts";
import { parseAnswers } from "./parse-answers.ts";
import { decodeAnswers } from "./permalink.ts";

const RUNS = 100_000;

/** Per URL key: values that must be accepted, and values that must be rejected. */
const POOLS: Record<string, { field: string; good: string[]; bad: string[] }> = {
  python: {
    field: "pythonVersion",
    good: ["3.11", "3.12", "3.14"],
    bad: ["2.7", "3.99", "", "3.12 ", "constructor"],
  },
  native: { field: "nativeDeps", good: ["none", "wheels", "compile"], bad: ["some", "WHEELS", ""] },
  debug: { field: "debugging", good: ["none", "occasional", "shell"], bad: ["bash", ""] },
  security: { field: "security", good: ["standard", "strict"], bad: ["max", "0"] },
  size: { field: "size", good: ["relaxed", "minimal"], bad: ["tiny", "__proto__"] },
  arch: {
    field: "architectures",
    good: ["amd64", "arm64", "amd64%2Carm64", "arm64,amd64"],
    bad: ["", "x86", "amd64,amd64", "amd64,"],
  },
  tool: { field: "packageManager", good: ["pip", "uv", "poetry"], bad: ["npm", "PIP"] },
  kind: { field: "appKind", good: ["web", "worker", "cli"], bad: ["gui"] },
  port: {
    field: "port",
    good: ["1", "80", "5000", "65535"],
    bad: ["0", "65536", "-1", "8e3", "80.0", "", "999999"],
  },
  health: {
    field: "healthPath",
    good: ["", "/health", "/a/b-c_d.e~f"],
    bad: ["health", "/a'b", "/a b", "/%0a"],
  },
  cmd: {
    field: "command",
    good: ["python+app.py", "gunicorn", "%24(id)"],
    bad: ["%E0%A4%A", "x".repeat(501)],
  },
  login: { field: "allowLogin", good: ["0", "1"], bad: ["true", "yes", ""] },
  mirror: {
    field: "registryMirror",
    good: ["", "r.example/", "r.example:5000/a/"],
    bad: ["r.example", "R/", "r.example/%0a/"],
  },
  "w.size": { field: "weights.size", good: ["0", "3", "5"], bad: ["6", "-1", "1.5", "x"] },
  sort: {
    field: "matrix.sort",
    good: ["name", "size", "eol", "security"],
    bad: ["", "colour", "__proto__"],
  },
  order: { field: "matrix.order", good: ["asc", "desc"], bad: ["up", "", "DESC"] },
  filter: {
    field: "matrix.filter",
    good: ["", "glibc", "supported,shell", "public,glibc"],
    bad: ["nope", "glibc,,shell", "%E0%A4%A"],
  },
};

const KEYS_WITH_POOLS = Object.keys(POOLS);

// Flat tuples mapped to values rather than chained arbitraries: chaining builds a new arbitrary per
// pair, which made generation several times slower than decoding.
const structured = fc
  .array(
    fc.tuple(fc.constantFrom(...KEYS_WITH_POOLS), fc.boolean(), fc.nat()).map(([key, good, n]) => {
      const pool = POOLS[key] as (typeof POOLS)[string];
      const values = good ? pool.good : pool.bad;
      return { key, value: values[n % values.length] as string, good };
    }),
    { maxLength: 8 },
  )
  .map((pairs) => {
    const first = new Map<string, { value: string; good: boolean }>();
    for (const p of pairs) if (!first.has(p.key)) first.set(p.key, p);
    return { fragment: ["v=1", ...pairs.map((p) => `${p.key}=${p.value}`)].join("&"), first };
  });

/** A fragment with random characters inserted, deleted or replaced. */
const mutated = fc
  .tuple(
    structured,
    fc.array(fc.tuple(fc.nat(), fc.string({ unit: "binary", maxLength: 3 })), { maxLength: 4 }),
  )
  .map(([{ fragment }, edits]) =>
    edits.reduce(
      (text, [at, insert]) =>
        text.slice(0, at % (text.length + 1)) + insert + text.slice((at % (text.length + 1)) + 1),
      fragment,
    ),
  );

describe("decodeAnswers under fuzzing", () => {
  // The properties return booleans and let parseAnswers throw rather than calling expect() per
  // run: expect's bookkeeping cost more than decoding itself. fast-check still reports the seed
  // and the smallest failing fragment.
  it(`handles ${RUNS.toLocaleString("en")} random and mutated fragments`, {
    timeout: 120_000,
  }, () => {
    fc.assert(
      fc.property(
        fc.oneof(
          structured.map((s) => s.fragment),
          mutated,
          fc.string({ unit: "binary", maxLength: 120 }),
        ),
        (fragment) => {
          const decoded = decodeAnswers(fragment);
          // Throws an AnswersError naming the field if the decoder let a bad value through.
          parseAnswers(decoded.answers, defaultMatrix);
          expect(Object.keys(decoded.refused).sort()).toEqual([...decoded.reset].sort());
          return Object.values(decoded.weights).every(
            (w) => Number.isInteger(w) && w >= 0 && w <= 5,
          );
        },
      ),
      { seed: 20261127, numRuns: RUNS * 0.9 },
    );
    // The structured part knows which values are bad: each must be named, and only those.
    fc.assert(
      fc.property(structured, ({ fragment, first }) => {
        const { reset } = decodeAnswers(fragment);
        return [...first].every(
          ([key, { good }]) =>
            reset.includes((POOLS[key] as (typeof POOLS)[string]).field) !== good,
        );
      }),
      { seed: 20261128, numRuns: RUNS * 0.1 },
    );
  });
});
