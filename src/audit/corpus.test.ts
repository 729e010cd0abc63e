/**
 * The audit against the advisor's own output: over every distinct Dockerfile of the exhaustive
 * answer space, nothing is blocking (the advisor's files build and start), and every warning is
 * one the advisor gives for the same answers (a Python ending within a year, a moving tag).
 */
import { describe, expect, it } from "vitest";
import type { Answers } from "../answers.ts";
import type { GeneratedFiles } from "../generators/index.ts";
import { type Ranked, recommend } from "../recommend.ts";
import { answerSpace } from "../test-support/answer-space.ts";
import type { Warning } from "../warnings.ts";
import { auditDockerfile } from "./audit-dockerfile.ts";

const TODAY = "2026-11-27";

type GeneratedCase = { answers: Answers; best: Ranked; files: GeneratedFiles; warnings: Warning[] };

/**
 * Every distinct generated file set over the answer space. Stands in for the shared corpus
 * (src/test-support/corpus.ts, distinctDockerfiles()) until it lands; then this calls that.
 */
function distinctDockerfiles(): GeneratedCase[] {
  const seen = new Set<string>();
  const cases: GeneratedCase[] = [];
  for (const answers of answerSpace()) {
    const { best, files, warnings } = recommend(answers, { today: TODAY });
    if (!files || seen.has(files.Dockerfile)) continue;
    seen.add(files.Dockerfile);
    cases.push({ answers, best, files, warnings });
  }
  return cases;
}

describe("the audit of every distinct generated Dockerfile", () => {
  it("finds nothing blocking, and only warnings the advisor gives too", {
    // It walks the whole answer space, like the exhaustive test: no limit tied to the machine's speed.
    timeout: 600_000,
  }, () => {
    const problems: string[] = [];
    const cases = distinctDockerfiles();
    for (const { answers, best, files, warnings } of cases) {
      const audit = auditDockerfile(files.Dockerfile, { today: TODAY });
      const given = new Set(warnings.map((w) => w.code));
      for (const f of audit.findings) {
        if (f.severity === "info") continue;
        if (f.severity === "blocking" || !given.has(f.code))
          problems.push(
            `${best.id} ${JSON.stringify(answers)}: line ${f.line} ${f.code} (${f.severity}): ${f.message}`,
          );
      }
    }
    console.log(`audit corpus: ${cases.length} distinct Dockerfiles audited`);
    expect(problems.slice(0, 10)).toEqual([]);
    expect(cases.length).toBeGreaterThan(100);
  });
});
