/**
 * Engine timings (printed, never asserted: these machines are noisy). Each figure is the median of
 * many runs after a warm-up.
 *   recommend() over a generated 1,000-image matrix (target <= 5 ms) and over the real matrix;
 *   Dockerfile generation alone; permalink encode and decode.
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
} from "../src/index.ts";
import { recordFigures } from "./figures.ts";

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
