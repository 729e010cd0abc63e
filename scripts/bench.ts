/**
 * Engine timings (printed, never asserted: these machines are noisy). Each figure is the median of
 * many runs after a warm-up.
 *   recommend() over a generated 1,000-image matrix (target <= 5 ms) and over the real matrix;
 *   Dockerfile generation alone; permalink encode and decode; the Dockerfile audit on the
 *   article's file, a generated one and the largest file it reads, the migration, and the time per
 *   input over the fuzz test's inputs (the per-input budget).
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import {
  auditDockerfile,
  decodeAnswers,
  defaultAnswers,
  defaultMatrix,
  encodeAnswers,
  generateFiles,
  type ImageEntry,
  MAX_DOCKERFILE_CHARACTERS,
  type Matrix,
  migrateDockerfile,
  recommend,
} from "../src/index.ts";
import { dockerfileLike } from "../src/test-support/dockerfile-fuzz.ts";
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

const bloated = readFileSync(
  new URL("../src/audit/__fixtures__/article/Dockerfile.bloated", import.meta.url),
  "utf8",
);
const generated = generateFiles("python-slim", answers, { today: TODAY })?.Dockerfile ?? "";
/** The largest file the audit reads: realistic instructions repeated up to the limit. */
const largest =
  `${generated}\n${"RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n".repeat(1000)}`.slice(
    0,
    MAX_DOCKERFILE_CHARACTERS,
  );

/**
 * Per-input time over the fuzz test's generator (its seed, its first inputs): each input's best of
 * three runs, so a garbage collection or a busy core does not count against one input; then the
 * median, 99th percentile and slowest over the inputs.
 */
function perInput(count: number): { median: number; p99: number; max: number } {
  const inputs = fc.sample(dockerfileLike, { numRuns: count, seed: 16 });
  for (const text of inputs.slice(0, 200)) auditDockerfile(text, { today: TODAY });
  const times = inputs.map((text) => {
    let best = Number.POSITIVE_INFINITY;
    for (let run = 0; run < 3; run++) {
      const start = process.hrtime.bigint();
      auditDockerfile(text, { today: TODAY });
      best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
    }
    return best;
  });
  times.sort((a, b) => a - b);
  const at = (q: number) =>
    times[Math.min(times.length - 1, Math.floor(q * times.length))] as number;
  return { median: at(0.5), p99: at(0.99), max: times.at(-1) as number };
}

const realRecommend = median(500, () => recommend(answers, { today: TODAY }));
const auditGenerated = median(300, () => auditDockerfile(generated, { today: TODAY }));
const fuzz = perInput(2000);

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
  [
    "auditDockerfile(), the article's Dockerfile.bloated",
    median(300, () => auditDockerfile(bloated, { today: TODAY })),
    "",
  ],
  ["auditDockerfile(), a generated multi-stage Dockerfile", auditGenerated, ""],
  [
    `auditDockerfile(), ${largest.length.toLocaleString("en-US")} characters (the limit)`,
    median(10, () => auditDockerfile(largest, { today: TODAY })),
    "<= 1,000 ms",
  ],
  [
    "migrateDockerfile(), the article's Dockerfile.bloated",
    median(200, () => migrateDockerfile(bloated, { today: TODAY })),
    "",
  ],
  ["auditDockerfile(), 2,000 fuzz inputs: median per input", fuzz.median, ""],
  ["auditDockerfile(), 2,000 fuzz inputs: 99th percentile", fuzz.p99, ""],
  ["auditDockerfile(), 2,000 fuzz inputs: slowest input", fuzz.max, "<= 100 ms per input"],
];
console.log("Engine timings (median, ms):");
console.log(
  `  ratio: auditDockerfile() on a generated file / recommend() on the real matrix = ${(auditGenerated / realRecommend).toFixed(1)}`,
);
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
