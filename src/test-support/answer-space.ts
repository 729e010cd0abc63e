/** Every combination of the enumerated answers, for the exhaustive tests. */
import {
  type Answers,
  APP_KINDS,
  DEBUGGING,
  defaultAnswers,
  INSTALL_PROJECT,
  NATIVE_DEPS,
  offeredPythonVersions,
  PACKAGE_TOOLS,
  SECURITY,
  SIZE,
} from "../answers.ts";
import { defaultMatrix } from "../default-matrix.ts";

export const PYTHONS = offeredPythonVersions(defaultMatrix);
export const ARCHITECTURE_SETS: Answers["architectures"][] = [
  ["amd64"],
  ["arm64"],
  ["amd64", "arm64"],
];
/**
 * pythonVersion x nativeDeps x debugging x security x size x architectures x packageManager x
 * appKind x installProject x allowLogin.
 */
export const ANSWER_SPACE_SIZE = PYTHONS.length * 3 ** 8 * 2;

export function* answerSpace(): Generator<Answers> {
  for (const pythonVersion of PYTHONS)
    for (const nativeDeps of NATIVE_DEPS)
      for (const debugging of DEBUGGING)
        for (const security of SECURITY)
          for (const size of SIZE)
            for (const architectures of ARCHITECTURE_SETS)
              for (const packageManager of PACKAGE_TOOLS)
                for (const appKind of APP_KINDS)
                  for (const installProject of INSTALL_PROJECT)
                    for (const allowLogin of [true, false])
                      yield {
                        ...defaultAnswers,
                        pythonVersion,
                        nativeDeps,
                        debugging,
                        security,
                        size,
                        architectures,
                        packageManager,
                        appKind,
                        installProject,
                        allowLogin,
                      };
}
