/**
 * Engine timings (printed, never asserted: these machines are noisy). Each figure is the median of
 * many runs after a warm-up.
 *   recommend() over a generated 1,000-image matrix (target <= 5 ms) and over the real matrix;
 *   Dockerfile generation alone; permalink encode and decode;
 *   each adversarial requirements text (src/test-support/adversarial-requirements.ts) through
 *   recommend() and through the what-if pass, against a time budget per input.
 */
import {
  decodeAnswers,
  defaultAnswers,
  defaultMatrix,
  encodeAnswers,
  generateFiles,
  type ImageEntry,
  type Matrix,
  recommend,
  whatWouldChangeTheWinner,
} from "../src/index.ts";
import { ADVERSARIAL_REQUIREMENTS } from "../src/test-support/adversarial-requirements.ts";
import { type Figure, recordFigures } from "./figures.ts";

const TODAY = "2026-11-27";

function median(runs: number, work: () => void): number {
  for (let i = 0; i < Math.min(20, runs); i++) work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    work();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

/** 1,000 images made from the real ones, with seeded variations of their ratings. */
function generatedMatrix(size: number): Matrix {
  let seed = 42;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const images: ImageEntry[] = [];
  for (let i = 0; i < size; i++) {
    const base = defaultMatrix.images[i % defaultMatrix.images.length] as ImageEntry;
    const ratings = Object.fromEntries(
      Object.entries(base.ratings).map(([id, r]) => [
        id,
        { ...r, score: 1 + Math.floor(random() * 5) },
      ]),
    );
    images.push({ ...base, id: `${base.id}-${i}`, ratings });
  }
  return { ...defaultMatrix, images };
}

const large = generatedMatrix(1000);
const answers = { ...defaultAnswers };
const article = {
  ...defaultAnswers,
  port: 5000,
  command: "python app.py",
  requirements: "flask==2.3.3\nrequests==2.31.0\nnumpy==1.24.3\npandas==2.0.3\n",
};
const fragment = encodeAnswers(article, { size: 5 }, "python-slim");

const rows: [string, number, string][] = [
  [
    "recommend(), 1,000-image matrix",
    median(30, () => recommend(answers, { today: TODAY, matrix: large })),
    "<= 5 ms",
  ],
  [
    `recommend(), real matrix (${defaultMatrix.images.length} images)`,
    median(500, () => recommend(answers, { today: TODAY })),
    "",
  ],
  [
    "recommend(), real matrix with the article's requirements",
    median(500, () => recommend(article, { today: TODAY })),
    "",
  ],
  [
    "generateFiles() alone",
    median(2000, () => generateFiles("python-slim", answers, { today: TODAY })),
    "",
  ],
  ["encodeAnswers()", median(5000, () => encodeAnswers(article, { size: 5 }, "python-slim")), ""],
  ["decodeAnswers()", median(5000, () => decodeAnswers(fragment)), ""],
];
console.log("Engine timings (median, ms):");
for (const [name, ms, target] of rows)
  console.log(
    `  ${name.padEnd(56)} ${ms.toFixed(3).padStart(8)}${target ? `  (target ${target})` : ""}`,
  );
recordFigures(
  "bench",
  Object.fromEntries(
    rows.map(([name, ms, target]) => [
      name,
      { value: `${ms.toFixed(3)} ms`, target: target || "-", status: "info" as const },
    ]),
  ),
);

/**
 * The budget per adversarial input: the page recomputes on every keystroke in the requirements
 * field, then runs the what-if pass (deferred). Ratios are to the article's four pins, measured in
 * the same run, so a slow machine shows in both.
 */
const BUDGET_MS = { recommend: 50, whatIf: 500 };
const withWhatIf = (requirements: string) => {
  const a = { ...defaultAnswers, requirements };
  const { best } = recommend(a, { today: TODAY });
  whatWouldChangeTheWinner(a, { today: TODAY }, best.id);
};
const baseline = {
  recommend: median(50, () => recommend(article, { today: TODAY })),
  whatIf: median(20, () => withWhatIf(article.requirements)),
};
console.log(
  `Adversarial requirements (median of 5, ms; budget ${BUDGET_MS.recommend} ms for recommend(), ${BUDGET_MS.whatIf} ms with the what-if pass; x = ratio to the article's pins, ${baseline.recommend.toFixed(2)} / ${baseline.whatIf.toFixed(2)} ms):`,
);
let worst = { recommend: 0, whatIf: 0 };
for (const { name, text } of ADVERSARIAL_REQUIREMENTS) {
  const a = { ...defaultAnswers, requirements: text };
  const one = median(5, () => recommend(a, { today: TODAY }));
  const all = median(5, () => withWhatIf(text));
  worst = { recommend: Math.max(worst.recommend, one), whatIf: Math.max(worst.whatIf, all) };
  const over = one > BUDGET_MS.recommend || all > BUDGET_MS.whatIf ? "  OVER BUDGET" : "";
  console.log(
    `  ${name.slice(0, 70).padEnd(70)} ${one.toFixed(1).padStart(7)} (${(one / baseline.recommend).toFixed(0)}x) ${all.toFixed(1).padStart(7)} (${(all / baseline.whatIf).toFixed(0)}x)${over}`,
  );
}
const adversarial: Record<string, Figure> = {
  "Adversarial requirements, slowest recommend()": {
    value: `${worst.recommend.toFixed(1)} ms (${(worst.recommend / baseline.recommend).toFixed(0)}x the article's pins)`,
    target: `<= ${BUDGET_MS.recommend} ms`,
    status: worst.recommend <= BUDGET_MS.recommend ? "pass" : "fail",
  },
  "Adversarial requirements, slowest recommend() + what-if": {
    value: `${worst.whatIf.toFixed(1)} ms (${(worst.whatIf / baseline.whatIf).toFixed(0)}x)`,
    target: `<= ${BUDGET_MS.whatIf} ms`,
    status: worst.whatIf <= BUDGET_MS.whatIf ? "pass" : "fail",
  },
};
recordFigures("bench-adversarial", adversarial);
