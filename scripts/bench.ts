/**
 * Engine timings (printed, never asserted: these machines are noisy). Each figure is the median of
 * many runs after a warm-up.
 *   recommend() over a generated 1,000-image matrix (target <= 5 ms) and over the real matrix;
 *   Dockerfile generation alone; the what-if pass; permalink encode and decode.
 * Absolute times vary two to three times between machines and with their load, so each is also
 * given as a ratio to one recommend() on the real matrix measured in the same run: ratios hold
 * across machines, and the machine and its load are printed with the figures.
 */
import { cpus, loadavg } from "node:os";
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

const machine = `${cpus().length} x ${cpus()[0]?.model ?? "unknown CPU"}, load ${(loadavg()[0] ?? 0).toFixed(1)} at start`;
const base = median(500, () => recommend(answers, { today: TODAY }));
const bestId = recommend(answers, { today: TODAY }).best.id;

type Row = { name: string; ms: number; target: string; ratio?: string };
const rows: Row[] = [
  {
    name: "recommend(), 1,000-image matrix",
    ms: median(30, () => recommend(answers, { today: TODAY, matrix: large })),
    target: "<= 5 ms",
    // Cost per image: 1,000 images over 17 would be 59x if it grew linearly.
    ratio: `x real matrix (${large.images.length} / ${defaultMatrix.images.length} images = ${Math.round(large.images.length / defaultMatrix.images.length)}x as many)`,
  },
  {
    name: `recommend(), real matrix (${defaultMatrix.images.length} images)`,
    ms: base,
    target: "",
  },
  {
    name: "recommend(), real matrix with the article's requirements",
    ms: median(500, () => recommend(article, { today: TODAY })),
    target: "",
  },
  {
    name: "what-if pass (whatWouldChangeTheWinner)",
    ms: median(100, () => whatWouldChangeTheWinner(answers, { today: TODAY }, bestId)),
    target: "",
  },
  {
    name: "generateFiles() alone",
    ms: median(2000, () => generateFiles("python-slim", answers, { today: TODAY })),
    target: "",
  },
  {
    name: "encodeAnswers()",
    ms: median(5000, () => encodeAnswers(article, { size: 5 }, "python-slim")),
    target: "",
  },
  { name: "decodeAnswers()", ms: median(5000, () => decodeAnswers(fragment)), target: "" },
];
const ratio = (row: Row) =>
  `${(row.ms / base).toFixed(row.ms / base < 10 ? 2 : 0)}${row.ratio ?? "x one recommend()"}`;
console.log(
  `Engine timings (median, ms; the ratio is to one recommend() on the real matrix), ${machine}:`,
);
for (const row of rows)
  console.log(
    `  ${row.name.padEnd(58)} ${row.ms.toFixed(3).padStart(8)}  ${ratio(row).padEnd(32)}${row.target ? `  (target ${row.target})` : ""}`,
  );
recordFigures("bench", {
  "Machine of these timings": { value: machine, target: "-", status: "info" },
  ...Object.fromEntries(
    rows.map((row) => [
      row.name,
      {
        value: `${row.ms.toFixed(3)} ms (${ratio(row)})`,
        target: row.target || "-",
        status: "info" as const,
      },
    ]),
  ),
});
