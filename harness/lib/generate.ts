/**
 * The files under test, written by the engine itself (src/index.ts) for one image and one
 * fixture's answers, on Python 3.13 (the only Python the stand-ins have).
 */
import {
  type Answers,
  defaultAnswers,
  type GeneratedFiles,
  generateFiles,
  recommend,
  usageCommands,
} from "../../src/index.ts";
import { type Substitution, substitutePoetry } from "./poetry-substitution.ts";

export const PYTHON = "3.13";

export type Generated = {
  files: GeneratedFiles;
  /** The Dockerfile as built: the generated one, after the declared Poetry substitution if any. */
  dockerfile: string;
  substitution: Substitution | undefined;
  /** The Python version the ranking names for this image. */
  rankedPython: string;
  /** Whether the usage commands run the container with `docker run --init`. */
  init: boolean;
};

export function generate(
  imageId: string,
  fixtureAnswers: Partial<Answers>,
  today: string,
): Generated {
  const answers: Answers = { ...defaultAnswers, ...fixtureAnswers, pythonVersion: PYTHON };
  const files = generateFiles(imageId, answers, { today });
  if (files === null)
    throw new Error(`the engine wrote no files for ${imageId} (the start command was refused)`);
  const ranked = recommend(answers, { today }).ranked.find((r) => r.id === imageId);
  if (!ranked) throw new Error(`${imageId} is not in the ranking`);
  const substitution = substitutePoetry(files.Dockerfile);
  const run = usageCommands(answers)
    .split("\n")
    .find((line) => line.startsWith("docker run "));
  return {
    files,
    dockerfile: substitution?.dockerfile ?? files.Dockerfile,
    substitution,
    rankedPython: ranked.pythonVersion,
    init: run !== undefined && /\s--init\b/.test(run),
  };
}
