/**
 * The answers in a few words, for a result shown away from its questions (an embed, a shared
 * link): "Python 3.12 · compiled packages with wheels · debugging now and then · …".
 */
import { type Answers, defaultAnswers } from "../src/answers.ts";
import { defaultVocabulary } from "../src/vocabulary.ts";

function optionLabel(field: keyof Answers, value: string): string {
  const question = defaultVocabulary.questions.find((q) => q.id === field);
  return question?.options?.find((o) => o.value === value)?.label ?? value;
}

const NATIVE: Record<Answers["nativeDeps"], string> = {
  none: "pure Python",
  wheels: "compiled packages with wheels",
  compile: "packages built from source",
};
const DEBUGGING: Record<Answers["debugging"], string> = {
  none: "no debugging in production",
  occasional: "debugging now and then",
  shell: "a shell in production",
};

export function summarizeAnswers(answers: Answers): string[] {
  const kind =
    answers.appKind === "web"
      ? `web service on port ${answers.port}`
      : optionLabel("appKind", answers.appKind).toLowerCase();
  const parts = [
    `Python ${answers.pythonVersion}`,
    NATIVE[answers.nativeDeps],
    DEBUGGING[answers.debugging],
    `${optionLabel("security", answers.security).toLowerCase()} security`,
    `${optionLabel("size", answers.size).toLowerCase()} size`,
    answers.architectures.join(" + "),
    optionLabel("packageManager", answers.packageManager),
    kind,
  ];
  if (!answers.allowLogin) parts.push("no registry login");
  if (answers.registryMirror !== defaultAnswers.registryMirror)
    parts.push(`through ${answers.registryMirror}`);
  if (answers.requirements.trim() !== "") parts.push("with requirements");
  return parts;
}
