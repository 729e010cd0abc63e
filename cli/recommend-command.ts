/**
 * `base-image-advisor recommend`: the engine's recommend() for answers given as options or as a
 * permalink fragment, or migrateDockerfile() when --from names the user's Dockerfile (or the link
 * carries one). Prints the verdict and writes the generated files into --out.
 */
import { resolve } from "node:path";
import {
  type Answers,
  AnswersError,
  defaultAnswers,
  type Migration,
  migrateDockerfile,
  type Recommendation,
  recommend,
  type Warning,
} from "../src/index.ts";
import { ANSWER_OPTIONS, answersFromLink, answersFromOptions } from "./answer-options.ts";
import { parseCommandLine } from "./command-line.ts";
import type { CommandContext } from "./context.ts";
import { RECOMMEND_HELP } from "./help.ts";
import { readInputFile } from "./read-input.ts";
import { makeStyle, wantsColour } from "./terminal.ts";
import { describeCounts } from "./text-report.ts";
import { resolveToday } from "./today.ts";
import { EXIT, UsageError } from "./usage-error.ts";
import { verdictText, warningsText } from "./verdict-text.ts";
import { writeGeneratedFiles } from "./write-files.ts";

const OPTIONS = {
  ...Object.fromEntries(Object.keys(ANSWER_OPTIONS).map((name) => [name, { type: "string" }])),
  answers: { type: "string" },
  requirements: { type: "string" },
  from: { type: "string" },
  out: { type: "string" },
  force: { type: "boolean" },
  json: { type: "boolean" },
  today: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

/** The engine's verdict, with the migration when a Dockerfile was given. */
type Outcome = {
  answers: Answers;
  recommendation: Recommendation;
  migration?: Migration;
  warnings: Warning[];
};

function advise(
  given: Partial<Answers>,
  base: Answers,
  weights: Record<string, number> | undefined,
  dockerfile: string | undefined,
  today: string,
): Outcome {
  try {
    if (dockerfile !== undefined) {
      const migration = migrateDockerfile(dockerfile, {
        today,
        answers: given,
        defaults: base,
        ...(weights ? { weights } : {}),
      });
      return {
        answers: migration.answers,
        recommendation: migration.recommendation,
        migration,
        warnings: [...migration.warnings, ...migration.recommendation.warnings],
      };
    }
    const answers = { ...base, ...given };
    const recommendation = recommend(answers, { today, ...(weights ? { weights } : {}) });
    return { answers, recommendation, warnings: recommendation.warnings };
  } catch (error) {
    if (error instanceof AnswersError)
      throw new UsageError(
        `recommend: ${error.issues.map((i) => `${i.field}: ${i.message}`).join("; ")}`,
      );
    throw error;
  }
}

/** Runs `recommend` with `args` (the words after "recommend"); returns the exit code. */
export function recommendCommand(args: string[], context: CommandContext): number {
  const { values } = parseCommandLine("recommend", args, OPTIONS, false);
  if (values.help) {
    context.stdout.write(RECOMMEND_HELP);
    return EXIT.ok;
  }
  const today = resolveToday("recommend", values.today, context.now());
  const link = typeof values.answers === "string" ? answersFromLink(values.answers) : undefined;
  const given = answersFromOptions(values);
  if (typeof values.requirements === "string")
    given.requirements = readInputFile("requirements file", values.requirements, context.cwd);
  const from = typeof values.from === "string" ? values.from : undefined;
  const dockerfile =
    from !== undefined ? readInputFile("Dockerfile", from, context.cwd) : link?.dockerfile;
  const base = link?.answers ?? {
    ...defaultAnswers,
    architectures: [...defaultAnswers.architectures],
  };
  const outcome = advise(given, base, link?.weights, dockerfile, today);
  const { recommendation, migration, warnings } = outcome;

  const files = recommendation.files as Record<string, string> | null;
  const out = typeof values.out === "string" ? resolve(context.cwd, values.out) : undefined;
  const written =
    out !== undefined && files !== null
      ? writeGeneratedFiles(out, files, values.force === true)
      : [];
  // The engine's own verdict (files that build and start), plus what the migration says blocks.
  const blocked = !recommendation.ready || warnings.some((w) => w.severity === "blocking");

  if (values.json) {
    const report = {
      tool: { name: "base-image-advisor", version: context.version },
      today,
      answers: outcome.answers,
      ...recommendation,
      warnings,
      ...(migration
        ? {
            migration: {
              answerSources: migration.answerSources,
              findings: migration.audit.findings,
              diff: migration.diff,
            },
          }
        : {}),
      written,
    };
    context.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return blocked ? EXIT.findings : EXIT.ok;
  }

  const style = makeStyle(wantsColour(context.stdout, context.env));
  context.stdout.write(verdictText(recommendation, today, style));
  if (warnings.length > 0)
    context.stdout.write(`\n${style.bold("Warnings:")}\n${warningsText(warnings, style)}`);
  if (files === null)
    context.stdout.write(
      `\n${style.red("No files: the start command cannot be written into a Dockerfile safely (see the warnings).")}\n`,
    );
  if (migration) {
    context.stdout.write(
      `\n${style.bold(`${from ?? "The link's Dockerfile"}:`)} ${describeCounts(migration.audit.findings)} (run "check" for each)\n`,
    );
    if (migration.diff !== "")
      context.stdout.write(`\n${migration.diff}${migration.diff.endsWith("\n") ? "" : "\n"}`);
  } else if (files !== null && out === undefined) {
    context.stdout.write(
      `\n${style.dim("# Dockerfile (--out DIR writes it with the other files)")}\n${files.Dockerfile}`,
    );
  }
  if (written.length > 0) context.stdout.write(`\n${style.bold("Wrote:")} ${written.join(", ")}\n`);
  return blocked ? EXIT.findings : EXIT.ok;
}
