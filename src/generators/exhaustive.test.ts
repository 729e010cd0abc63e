/**
 * Every combination of the enumerated answers: the best image's Dockerfile must parse, lint clean,
 * run as a numeric non-root user, keep compilers out of the final stage, run the same Python in
 * both stages, and never be past end of life.
 *
 * Every check over the distinct generated files lives in this file, one describe block each, so
 * the corpus (src/test-support/corpus.ts) is computed once per run: vitest gives each test file
 * its own modules, and a second file would walk the answer space again.
 */
import { describe, expect, it } from "vitest";
import { type Answers, defaultAnswers } from "../answers.ts";
import { known } from "../data/fact.ts";
import { defaultMatrix } from "../default-matrix.ts";
import {
  generateFiles,
  type Ranked,
  rankCandidates,
  recommend,
  recommendFromRanking,
} from "../recommend.ts";
import {
  ANSWER_SPACE_SIZE,
  FILE_VARIATIONS,
  RANKING_SPACE_SIZE,
  rankingSpace,
} from "../test-support/answer-space.ts";
import {
  answerSpaceWalk,
  CORPUS_TODAY as TODAY,
  distinctDockerfiles,
} from "../test-support/corpus.ts";
import { lint, type Stage, stages } from "../test-support/dockerfile.ts";

/**
 * Every test that reads the corpus may be the first to compute it (a filtered run), so each has
 * this timeout. The timeout-margins reporter prints the fraction each one used.
 */
const CORPUS_TIMEOUT = 120_000;
const COMPILER = /\b(build-essential|build-base|gcc|g\+\+|clang|make)\b/;

/** The Python a stage runs, read from its FROM (and uv's install line), using the matrix's facts. */
function stagePython(stage: Stage): string | undefined {
  const uvInstall = stage.instructions.find(
    (i) => i.keyword === "RUN" && i.args.startsWith("uv python install "),
  );
  if (uvInstall) return uvInstall.args.split(" ")[3];
  // Distros that package several Pythons side by side: the version is in the package installed.
  const versioned = stage.instructions
    .filter((i) => i.keyword === "RUN")
    .map((i) => /(?:dnf|apk) (?:install -y|add --no-cache) (?:python-?)(3\.\d+)\b/.exec(i.args))
    .find(Boolean);
  if (versioned) return versioned[1];
  const tagged =
    /^(?:[\w.-]+\/)*python:(3\.\d+)-/.exec(stage.from) ??
    /python-3(\d+)(?:-minimal)?$/.exec(stage.from);
  if (tagged) return tagged[1]?.includes(".") ? tagged[1] : `3.${tagged[1]}`;
  if (/chainguard\/python:latest/.test(stage.from)) return "latest";
  const distro = /^(ubuntu|debian):(.+)$/.exec(stage.from);
  const distroId = distro
    ? distro[1] === "debian"
      ? { "trixie-slim": "debian-13", "bookworm-slim": "debian-12" }[distro[2] as string]
      : `ubuntu-${distro[2]}`
    : undefined;
  if (/distroless\/python3-debian13/.test(stage.from))
    return known(
      defaultMatrix.distros.find((d) => d.id === "debian-13")?.python ?? { value: "unknown" },
    );
  const entry = defaultMatrix.distros.find((d) => d.id === distroId);
  return entry ? known(entry.python) : undefined;
}

function checkFiles(best: Ranked, answers: Answers, dockerfile: string, problems: string[]): void {
  const where = `${best.id} for ${JSON.stringify(answers)}`;
  const diagnostics = lint(dockerfile);
  if (diagnostics.length > 0)
    problems.push(`${where}: dockerfile-utils: ${diagnostics.join("; ")}`);
  // A build stage first, the final stage last, and between them at most the stage that only
  // provides tini (init-process.ts).
  const all = stages(dockerfile);
  const [build, final, middle] = [all[0], all.at(-1), all.slice(1, -1)];
  if (!build || !final || all.length < 2 || middle.some((s) => s.name !== "init")) {
    problems.push(`${where}: expected a build stage, an optional init stage and a final stage`);
    return;
  }
  const user = final.instructions.filter((i) => i.keyword === "USER").at(-1)?.args ?? "";
  if (!/^[1-9]\d*(:\d+)?$/.test(user))
    problems.push(`${where}: final USER is ${JSON.stringify(user)}, not a numeric non-root UID`);
  if (final.instructions.some((i) => i.keyword === "RUN" && COMPILER.test(i.args)))
    problems.push(`${where}: compiler installed in the final stage`);
  // A final stage that copies the build stage's interpreter (uv-managed Python) runs that Python.
  const copiesPython = final.instructions.some(
    (i) => i.keyword === "COPY" && /^(?:--from=build )?\/opt\/python \/opt\/python$/.test(i.args),
  );
  const pythons = [stagePython(build), copiesPython ? stagePython(build) : stagePython(final)];
  if (pythons[0] !== pythons[1])
    problems.push(`${where}: build stage runs Python ${pythons[0]}, final ${pythons[1]}`);
  if (pythons[1] !== "latest" && pythons[1] !== best.pythonVersion)
    problems.push(`${where}: final stage runs ${pythons[1]}, ranking says ${best.pythonVersion}`);
  if (final.from !== best.reference)
    problems.push(`${where}: final FROM ${final.from} is not ${best.reference}`);
}

describe("every answer combination", () => {
  it("is walked whole, and every combination gets files", { timeout: CORPUS_TIMEOUT }, () => {
    const walk = answerSpaceWalk();
    console.log(
      `exhaustive: ${walk.combinations} answer combinations, ${walk.rankings.length} rankings, ${walk.distinct.length} distinct file sets, walked in ${Math.round(walk.elapsedMs)} ms`,
    );
    expect(walk.combinations).toBe(ANSWER_SPACE_SIZE);
    expect(walk.rankings.length).toBe(RANKING_SPACE_SIZE);
    expect(walk.withoutFiles.slice(0, 5)).toEqual([]);
    // No requirements and a safe command: nothing may block the best image's files.
    expect(walk.notReady.slice(0, 5)).toEqual([]);
  });

  it("gives a best image that is supported, never excluded, and without compilers unless relaxed", {
    timeout: CORPUS_TIMEOUT,
  }, () => {
    const problems: string[] = [];
    for (const { answers, best, warnings } of answerSpaceWalk().rankings) {
      const image = defaultMatrix.images.find((i) => i.id === best.id);
      if (image?.status !== "supported")
        problems.push(`${best.id} recommended although marked ${image?.status}`);
      if (best.excluded) problems.push(`${best.id} recommended although excluded`);
      if (warnings.some((w) => w.code === "no-candidate-end-of-life"))
        problems.push(`no supported candidate for ${JSON.stringify(answers)}`);
      const variantHasCompilers = image?.variants.some(
        (v) => v.purpose === "runtime" && known(v.compilers) === true,
      );
      if (variantHasCompilers && !(answers.size === "relaxed" && answers.security === "standard")) {
        problems.push(
          `${best.id} ships compilers yet was recommended for ${answers.size}/${answers.security}`,
        );
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it("writes, for each distinct file set, exactly what recommend() gives for its answers", {
    timeout: CORPUS_TIMEOUT,
  }, () => {
    // The corpus shares one ranking between file-only answers; recommend() ranks every time.
    for (const { answers, best, files, warnings } of distinctDockerfiles()) {
      const direct = recommend(answers, { today: TODAY });
      expect({ best: direct.best, files: direct.files, warnings: direct.warnings }).toEqual({
        best,
        files,
        warnings,
      });
    }
  });
});

describe("every distinct generated Dockerfile", () => {
  it("passes every Dockerfile check", { timeout: CORPUS_TIMEOUT }, () => {
    const problems: string[] = [];
    for (const { answers, best, files } of distinctDockerfiles())
      checkFiles(best, answers, files.Dockerfile, problems);
    expect(problems.slice(0, 20)).toEqual([]);
  });
});

describe("every candidate's own files", () => {
  it("pass every Dockerfile check, for every answer that changes them", {
    timeout: CORPUS_TIMEOUT,
  }, () => {
    // "Show me this one": each image's files are written even where it would lose. Security, size
    // and login answers change only the ranking, never an image's own files, so one value of each
    // is enough here (the corpus above walks them all for the best image).
    const rankingAnswers = [...rankingSpace()].filter(
      (a) => a.security === "standard" && a.size === "balanced" && a.allowLogin,
    );
    const problems: string[] = [];
    let distinct = 0;
    for (const image of defaultMatrix.images) {
      const options = { today: TODAY, matrix: { ...defaultMatrix, images: [image] } };
      const checked = new Set<string>();
      for (const ranked of rankingAnswers) {
        // One ranking per ranking combination serves every file-only combination, as in the corpus.
        const ranking = rankCandidates(ranked, options);
        for (const variation of FILE_VARIATIONS) {
          const answers = { ...ranked, ...variation };
          const result = recommendFromRanking(ranking, variation);
          if (!result.files) {
            problems.push(`${image.id}: no files for ${JSON.stringify(answers)}`);
            continue;
          }
          if (checked.has(result.files.Dockerfile)) continue;
          checked.add(result.files.Dockerfile);
          checkFiles(result.best, answers, result.files.Dockerfile, problems);
        }
      }
      distinct += checked.size;
    }
    console.log(`exhaustive per candidate: ${distinct} distinct Dockerfiles validated`);
    expect(problems.slice(0, 20)).toEqual([]);
  });
});

describe("the Dockerfile checks", () => {
  it("writes valid files for every candidate with the default answers", () => {
    for (const image of defaultMatrix.images) {
      const files = generateFiles(image.id, defaultAnswers, { today: TODAY });
      expect(files, image.id).not.toBeNull();
      expect(lint(files?.Dockerfile ?? ""), image.id).toEqual([]);
      expect(files?.[".dockerignore"]).toMatch(/^\*\*\/\.git$/m);
    }
  });

  it("uses a linter that does flag a broken Dockerfile", () => {
    expect(lint('FROM python:3.13-slim-trixie\nEXPOSE port\nCMD ["a"\n')).not.toEqual([]);
  });
});
