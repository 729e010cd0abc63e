/**
 * Every distinct Dockerfile the engine writes, for shellcheck: the best image's over the exhaustive
 * answer space (the shared corpus, src/test-support/corpus.ts, which the unit tests check too), and
 * every image's own for each packaging tool, native-dependency answer and app kind, so families
 * that are never best still get their shell checked.
 */
import {
  APP_KINDS,
  defaultAnswers,
  defaultMatrix,
  generateFiles,
  NATIVE_DEPS,
  PACKAGE_TOOLS,
} from "../../src/index.ts";
import { distinctDockerfiles } from "../../src/test-support/corpus.ts";

/** The best image's Dockerfile for every answer combination, de-duplicated. */
export function distinctBestDockerfiles(): string[] {
  return [...new Set(distinctDockerfiles().map((entry) => entry.files.Dockerfile))];
}

/** Every image's Dockerfile ("show me this one") for each tool, native-dependency answer and app kind. */
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
