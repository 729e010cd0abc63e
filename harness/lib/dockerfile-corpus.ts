/**
 * Every distinct Dockerfile the engine writes over the exhaustive answer space, for shellcheck.
 * Until issue 9's src/test-support/corpus.ts (distinctDockerfiles()) lands, this walks
 * src/test-support/answer-space.ts itself; swap the body of `distinctBestDockerfiles` for it then.
 */
import {
  defaultMatrix,
  generateFiles,
  NATIVE_DEPS,
  PACKAGE_TOOLS,
  APP_KINDS,
  recommend,
  defaultAnswers,
} from "../../src/index.ts";
import { answerSpace } from "../../src/test-support/answer-space.ts";

/** The best image's Dockerfile for every answer combination, de-duplicated. */
export function distinctBestDockerfiles(today: string): string[] {
  const files = new Set<string>();
  for (const answers of answerSpace()) {
    const dockerfile = recommend(answers, { today }).files?.Dockerfile;
    if (dockerfile) files.add(dockerfile);
  }
  return [...files];
}

/**
 * Every image's Dockerfile ("show me this one") for each packaging tool, native-dependency answer
 * and app kind: families that are never best for any answers still get their shell checked.
 */
export function everyImageDockerfiles(today: string): string[] {
  const files = new Set<string>();
  for (const image of defaultMatrix.images)
    for (const packageManager of PACKAGE_TOOLS)
      for (const nativeDeps of NATIVE_DEPS)
        for (const appKind of APP_KINDS) {
          const generated = generateFiles(
            image.id,
            { ...defaultAnswers, packageManager, nativeDeps, appKind },
            { today },
          );
          if (generated) files.add(generated.Dockerfile);
        }
  return [...files];
}
