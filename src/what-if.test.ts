/**
 * The what-if pass against brute force: every single-answer change, over every enumerated field
 * (the file-only ones too, which the pass skips because they cannot change a ranking).
 */
import { describe, expect, it } from "vitest";
import {
  APP_KINDS,
  type Answers,
  DEBUGGING,
  defaultAnswers,
  NATIVE_DEPS,
  offeredPythonVersions,
  PACKAGE_TOOLS,
  SECURITY,
  SIZE,
} from "./answers.ts";
import { defaultMatrix } from "./default-matrix.ts";
import { recommend } from "./recommend.ts";
import { ARCHITECTURE_SETS } from "./test-support/answer-space.ts";
import { whatWouldChangeTheWinner, winnerChangeSteps } from "./what-if.ts";

const OPTIONS = { today: "2026-11-27" };
const FIELDS: [keyof Answers, readonly unknown[]][] = [
  ["pythonVersion", offeredPythonVersions(defaultMatrix)],
  ["nativeDeps", NATIVE_DEPS],
  ["debugging", DEBUGGING],
  ["security", SECURITY],
  ["size", SIZE],
  ["architectures", ARCHITECTURE_SETS],
  ["packageManager", PACKAGE_TOOLS],
  ["appKind", APP_KINDS],
  ["allowLogin", [true, false]],
];

/** Every single-answer change that gives another best image, by calling recommend() for each. */
function bruteForce(answers: Answers) {
  const bestId = recommend(answers, OPTIONS).best.id;
  const changes: { field: keyof Answers; value: unknown; bestId: string }[] = [];
  for (const [field, values] of FIELDS)
    for (const value of values) {
      if (JSON.stringify(value) === JSON.stringify(answers[field])) continue;
      const best = recommend({ ...answers, [field]: value }, OPTIONS).best;
      if (best.id !== bestId) changes.push({ field, value, bestId: best.id });
    }
  return { bestId, changes };
}

describe("whatWouldChangeTheWinner", () => {
  it.each<[string, Answers]>([
    ["the default answers", { ...defaultAnswers }],
    [
      "Python 3.12, shell debugging, arm64",
      { ...defaultAnswers, pythonVersion: "3.12", debugging: "shell", architectures: ["arm64"] },
    ],
    [
      "strict security, minimal size, no login",
      { ...defaultAnswers, security: "strict", size: "minimal", allowLogin: false },
    ],
    [
      "a worker with uv, compiled packages",
      { ...defaultAnswers, appKind: "worker", packageManager: "uv", nativeDeps: "compile" },
    ],
  ])("finds every change that brute force finds, for %s", (_name, answers) => {
    const { bestId, changes } = bruteForce(answers);
    const found = whatWouldChangeTheWinner(answers, OPTIONS, bestId);
    expect(found.map(({ field, value, bestId: id }) => ({ field, value, bestId: id }))).toEqual(
      changes,
    );
    for (const change of found)
      expect(change.bestReference).toBe(
        recommend({ ...answers, [change.field]: change.value }, OPTIONS).best.reference,
      );
  });

  it("runs one ranking per step, yielding null where the winner stays", () => {
    const bestId = recommend(defaultAnswers, OPTIONS).best.id;
    const steps = [...winnerChangeSteps(defaultAnswers, OPTIONS, bestId)];
    // Six Pythons, three choices for four questions, three architecture sets, login yes or no,
    // less the current answer of each.
    expect(steps).toHaveLength(5 + 2 * 4 + 2 + 1);
    expect(steps.filter((s) => s !== null)).toEqual(
      whatWouldChangeTheWinner(defaultAnswers, OPTIONS, bestId),
    );
  });
});
