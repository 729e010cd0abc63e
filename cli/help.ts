/**
 * The --help texts. The lists of accepted values come from the engine (the questionnaire's
 * options and the data's Python versions), so the help cannot drift from what is accepted.
 */
import { offeredPythonVersions } from "../src/answers.ts";
import {
  APP_KINDS,
  DEBUGGING,
  defaultAnswers,
  defaultMatrix,
  NATIVE_DEPS,
  PACKAGE_TOOLS,
  SECURITY,
  SIZE,
  TARGET_ARCHITECTURES,
} from "../src/index.ts";

const list = (values: readonly string[]) => values.join("|");

/** `base-image-advisor --help`. */
export const MAIN_HELP = `Usage: base-image-advisor <command> [options]

Chooses a container base image for a Python app, writes its Dockerfile, and audits the
Dockerfiles you already have, from the same engine and data as the web app.

Commands:
  check [Dockerfile...]   audit Dockerfiles (default: ./Dockerfile); text, JSON or SARIF
  recommend               the recommended image for your answers, and its files
  matrix                  the decision matrix as Markdown, CSV or JSON

Options:
  -h, --help              this help; "<command> --help" for a command's options
  -v, --version           the version and the data version

Exit codes: 0 success, 1 findings at or above --fail-on (check) or a blocking
warning (recommend), 2 a usage error or an input that cannot be read.
`;

/** `base-image-advisor check --help`. */
export const CHECK_HELP = `Usage: base-image-advisor check [Dockerfile...] [options]

Audits each Dockerfile (default: ./Dockerfile): end-of-life bases, stage mismatches, start
commands that cannot run, install hygiene, secrets. Every finding has a stable code.

Options:
  --requirements FILE     a requirements.txt or pyproject.toml, checked against the
                          stage that installs packages (wheels for its Python and libc)
  --format text|json|sarif
                          output on stdout (default text); sarif is SARIF 2.1.0 for
                          GitHub code scanning, paths relative to the repository root
  --fail-on blocking|warning|info
                          the least severe finding that fails (default warning)
  --today YYYY-MM-DD      judge lifecycles on this date (default: today, UTC)
  -h, --help              this help

Exit codes: 0 nothing at or above --fail-on, 1 a finding at or above it, 2 a usage error
or a file that cannot be read.
`;

/** `base-image-advisor recommend --help`. */
export const RECOMMEND_HELP = `Usage: base-image-advisor recommend [answers] [options]

Ranks the candidate images for your answers and prints the verdict; --out writes the
Dockerfile, .dockerignore and the other generated files. Each answer option is named
after its key in the web app's permalinks; unset answers keep the web app's defaults.

Answers:
  --python VERSION        ${list(offeredPythonVersions(defaultMatrix))} (default ${defaultAnswers.pythonVersion})
  --native KIND           ${list(NATIVE_DEPS)}: compiled packages (default ${defaultAnswers.nativeDeps})
  --debug LEVEL           ${list(DEBUGGING)} (default ${defaultAnswers.debugging})
  --security LEVEL        ${list(SECURITY)} (default ${defaultAnswers.security})
  --size LEVEL            ${list(SIZE)} (default ${defaultAnswers.size})
  --arch LIST             comma-separated: ${TARGET_ARCHITECTURES.join(",")} (default ${defaultAnswers.architectures.join(",")})
  --tool NAME             ${list(PACKAGE_TOOLS)} (default ${defaultAnswers.packageManager})
  --kind KIND             ${list(APP_KINDS)} (default ${defaultAnswers.appKind})
  --port N                the port a web app listens on (default ${defaultAnswers.port})
  --health PATH           an HTTP health-check path such as /health (default: a TCP check)
  --cmd COMMAND           the start command (default "${defaultAnswers.command}")
  --login yes|no          allow images that need a registry login (default yes)
  --mirror PREFIX         a registry mirror every FROM goes through, ending with /
  --native-from auto|manual
                          whether --requirements decides --native (default auto)
  --requirements FILE     a requirements.txt or pyproject.toml to check wheels against
  --answers FRAGMENT      a web app permalink or its #fragment; the options above
                          override its answers, and a Dockerfile it carries is migrated
  --from DOCKERFILE       read the answers your Dockerfile reveals, audit it, and show
                          the diff from it to the generated one

Output:
  --out DIR               write the generated files into DIR (created if missing)
  --force                 overwrite files that already exist in DIR
  --json                  the whole recommendation as JSON on stdout
  --today YYYY-MM-DD      judge lifecycles on this date (default: today, UTC)
  -h, --help              this help

Exit codes: 0 the advice meets every answer, 1 a blocking warning (no candidate meets an
answer, or the start command cannot be written safely), 2 a usage error.
`;

/** `base-image-advisor matrix --help`. */
export const MATRIX_HELP = `Usage: base-image-advisor matrix [--format md|csv|json]

Prints the decision matrix (every candidate with its sourced facts) as Markdown (default),
CSV or JSON, the same exports the web app publishes next to its pages.

Options:
  --format md|csv|json    the output format (default md)
  -h, --help              this help
`;
