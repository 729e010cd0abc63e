import { type ReactNode, useId, useState } from "react";
import {
  type Answers,
  defaultAnswers,
  HEALTH_PATH,
  REGISTRY_MIRROR,
  TARGET_ARCHITECTURES,
} from "../../src/answers.ts";
import type { Question } from "../../src/data/schema.ts";
import { formatMirrorMap, parseMirrorMap } from "../../src/mirror-answers.ts";
import { defaultVocabulary } from "../../src/vocabulary.ts";
import { useLoadedViews } from "../engine.ts";
import { ARTICLE_PRESET } from "../presets.ts";
import { useAdvisor } from "../store.ts";
import { useToday } from "../today.ts";
import { QuestionDetail } from "./QuestionDetail.tsx";
import { ErrorBoundary } from "./Recovery.tsx";
import { RequirementsField } from "./RequirementsField.tsx";

const QUESTIONS = new Map(defaultVocabulary.questions.map((q) => [q.id, q]));
const GROUPS: { id: Question["group"]; title: string; fields: (keyof Answers)[] }[] = [
  { id: "python", title: "Python", fields: ["pythonVersion"] },
  {
    id: "needs",
    title: "What the app needs",
    fields: ["requirements", "nativeDeps", "nativeDepsSource", "debugging"],
  },
  { id: "priorities", title: "Priorities", fields: ["security", "size"] },
  {
    id: "build",
    title: "Build",
    fields: [
      "packageManager",
      "installProject",
      "allowLogin",
      "registryMirror",
      "mirrorsByRegistry",
    ],
  },
  {
    id: "run",
    title: "Run",
    fields: ["appKind", "architectures", "port", "healthPath", "command"],
  },
];

function question(field: keyof Answers): Question {
  return QUESTIONS.get(field) as Question;
}

/** Python versions get their end-of-life date as help, from the data. */
function pythonHelp(version: string, today: string): string | undefined {
  const release = defaultVocabulary.pythonReleases.find((r) => r.version === version);
  const value = release?.endOfLife.value;
  if (!value || value === "unknown") return undefined;
  // An estimated end says so; a rule without a date gives no help text.
  const end = "date" in value ? value.date : value.estimate?.date;
  if (!end) return undefined;
  const month = end.slice(0, 7);
  if (!("date" in value)) return end < today ? `ended around ${month}` : `until about ${month}`;
  return end < today ? `ended ${month}` : `until ${month}`;
}

/** Marks a field that "Use these answers" set from a checked Dockerfile. */
function FromFile({ field }: { field: string }) {
  const marked = useAdvisor((s) => s.inferred.includes(field as keyof Answers));
  return marked ? (
    <span className="text-xs font-medium text-teal-800 dark:text-teal-300">
      {" "}
      · from your Dockerfile
    </span>
  ) : null;
}

function FieldShell({ q, children }: { q: Question; children: ReactNode }) {
  const helpId = useId();
  return (
    <fieldset aria-describedby={helpId} className="min-w-0">
      <legend className="text-sm font-semibold">
        {q.label}
        <FromFile field={q.id} />
      </legend>
      <p id={helpId} className="mb-2 text-sm muted">
        {q.help}
      </p>
      {children}
      <QuestionDetail question={q} />
    </fieldset>
  );
}

/**
 * What "automatic" decides, once the engine chunk is in (see InstallDecision.tsx). It reads the
 * requirements and the command with the engine's parsers: answers that break those break the
 * verdict too, whose place says so, so here it is left out rather than taking the page down.
 */
function InstallDecisionSlot() {
  const Decision = useLoadedViews()?.InstallDecision;
  return Decision ? (
    <ErrorBoundary fallback={() => null}>
      <Decision />
    </ErrorBoundary>
  ) : null;
}

function ChoiceField<K extends keyof Answers>({ field }: { field: K }) {
  const q = question(field);
  const value = useAdvisor((s) => s.answers[field]);
  const setAnswer = useAdvisor((s) => s.setAnswer);
  const automatic = useAdvisor(
    (s) => s.answers.nativeDepsSource === "auto" && s.answers.requirements.trim() !== "",
  );
  // Choosing compiled packages by hand while the requirements decide it switches to manual.
  const choose = (next: Answers[K]) => {
    setAnswer(field, next);
    if (field === "nativeDeps" && automatic) setAnswer("nativeDepsSource", "manual");
  };
  const name = useId();
  const today = useToday();
  return (
    <FieldShell q={q}>
      {field === "nativeDeps" && automatic && (
        <p className="mb-2 text-sm text-teal-800 dark:text-teal-300">
          Your requirements decide this now (see the package table); picking an answer switches to
          manual.
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        {(q.options ?? []).map((option) => {
          const help = field === "pythonVersion" ? pythonHelp(option.value, today) : option.help;
          return (
            <label
              key={option.value}
              className="relative flex min-w-[6.75rem] flex-1 cursor-pointer flex-col rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm has-checked:border-teal-700 has-checked:bg-teal-50 has-checked:ring-1 has-checked:ring-teal-700 dark:border-slate-600 dark:bg-slate-900 dark:has-checked:border-teal-400 dark:has-checked:bg-teal-950 dark:has-checked:ring-teal-400"
            >
              <input
                type="radio"
                name={name}
                value={option.value}
                checked={value === option.value}
                onChange={() => choose(option.value as Answers[K])}
                className="sr-only"
              />
              <span className="font-medium">{option.label}</span>
              {help && (
                // Python chips carry a date: kept on one line ("until 2028-10", never "2028-/10").
                <span
                  className={`text-xs muted ${field === "pythonVersion" ? "whitespace-nowrap" : ""}`}
                >
                  {help}
                </span>
              )}
            </label>
          );
        })}
      </div>
      {field === "installProject" && <InstallDecisionSlot />}
    </FieldShell>
  );
}

function ArchitecturesField() {
  const q = question("architectures");
  const value = useAdvisor((s) => s.answers.architectures);
  const setAnswer = useAdvisor((s) => s.setAnswer);
  const toggle = (arch: (typeof TARGET_ARCHITECTURES)[number]) => {
    const next = value.includes(arch)
      ? value.filter((a) => a !== arch)
      : TARGET_ARCHITECTURES.filter((a) => a === arch || value.includes(a));
    if (next.length > 0) setAnswer("architectures", next);
  };
  return (
    <FieldShell q={q}>
      <div className="flex flex-wrap gap-4">
        {(q.options ?? []).map((option) => {
          const arch = option.value as (typeof TARGET_ARCHITECTURES)[number];
          const checked = value.includes(arch);
          return (
            <label key={arch} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={checked}
                // The last architecture cannot be unticked: an image must run somewhere.
                disabled={checked && value.length === 1}
                onChange={() => toggle(arch)}
                className="size-4 accent-teal-700"
              />
              <span>
                <span className="font-medium">{option.label}</span>{" "}
                <span className="muted">{option.help}</span>
              </span>
            </label>
          );
        })}
      </div>
    </FieldShell>
  );
}

function LoginField() {
  const q = question("allowLogin");
  const value = useAdvisor((s) => s.answers.allowLogin);
  const setAnswer = useAdvisor((s) => s.setAnswer);
  const helpId = useId();
  return (
    <div>
      <label className="flex items-center gap-2 text-sm font-semibold">
        <input
          type="checkbox"
          checked={value}
          onChange={(e) => setAnswer("allowLogin", e.target.checked)}
          aria-describedby={helpId}
          className="size-4 accent-teal-700"
        />
        {q.label}
      </label>
      <p id={helpId} className="ml-6 text-sm muted">
        {q.help}
      </p>
    </div>
  );
}

/**
 * A text field that keeps what is typed locally and commits it to the answers only when valid, so
 * a half-typed port never reaches the engine; the problem is shown next to the field.
 */
function TextField<
  K extends "port" | "healthPath" | "command" | "registryMirror" | "mirrorsByRegistry",
>({
  field,
  validate,
  parse,
  format = String,
  mono = false,
  multiline = false,
  inputMode,
  warn,
}: {
  field: K;
  validate: (text: string) => string | null;
  parse: (text: string) => Answers[K];
  /** How the committed value reads in the field (the text parse accepts back). */
  format?: (value: Answers[K]) => string;
  mono?: boolean;
  /** A textarea, for answers written one entry per line. */
  multiline?: boolean;
  inputMode?: "numeric" | "text";
  /** A problem the engine will report for a value it accepts (shown inline, the answer still commits). */
  warn?: (text: string) => string | null;
}) {
  const q = question(field);
  const value = useAdvisor((s) => s.answers[field]);
  const setAnswer = useAdvisor((s) => s.setAnswer);
  const [draft, setDraft] = useState<{ text: string; for: string } | null>(null);
  const committed = format(value);
  // A draft belongs to the value it was typed over; a new value (preset, link) replaces it.
  const text = draft && draft.for === committed ? draft.text : committed;
  const problem = validate(text);
  const id = useId();
  const control = {
    id,
    value: text,
    spellCheck: false,
    autoComplete: "off",
    "aria-invalid": problem !== null,
    "aria-describedby": `${id}-help ${id}-problem`,
    onChange: (e: { target: { value: string } }) => {
      const next = e.target.value;
      const error = validate(next);
      if (error === null) {
        setAnswer(field, parse(next));
        setDraft({ text: next, for: format(parse(next)) });
      } else {
        setDraft({ text: next, for: committed });
      }
    },
    className: `w-full rounded-md border bg-white px-3 py-1.5 text-sm dark:bg-slate-900 ${mono ? "font-mono" : ""} ${problem ? "border-red-600 dark:border-red-400" : "border-slate-300 dark:border-slate-600"}`,
  };
  return (
    <div>
      <label htmlFor={id} className="text-sm font-semibold">
        {q.label}
        <FromFile field={field} />
      </label>
      <p id={`${id}-help`} className="mb-1 text-sm muted">
        {q.help}
      </p>
      {multiline ? (
        <textarea {...control} rows={2} />
      ) : (
        <input {...control} inputMode={inputMode} />
      )}
      <p
        id={`${id}-problem`}
        className="min-h-5 text-sm text-red-700 dark:text-red-300"
        aria-live="polite"
      >
        {problem ?? warn?.(text) ?? ""}
      </p>
      <QuestionDetail question={q} />
    </div>
  );
}

const validateMirror = (text: string) =>
  REGISTRY_MIRROR.test(text)
    ? null
    : "Use a registry host with an optional port and path, ending with / (registry.example.internal/dockerhub/).";
const validateMirrorMap = (text: string) => {
  const parsed = parseMirrorMap(text);
  return parsed.ok ? null : `${parsed.problem}.`;
};
const validatePort = (text: string) =>
  /^\d{1,5}$/.test(text) && Number(text) >= 1 && Number(text) <= 65535
    ? null
    : "Enter a whole number from 1 to 65535.";
const validateHealthPath = (text: string) =>
  HEALTH_PATH.test(text)
    ? null
    : "Start with / and use letters, digits and / . _ ~ - only (or leave it empty for a TCP check).";

/**
 * The start command, whose check comes with the engine chunk (see command-warning.ts). A component
 * of its own, so the chunk's arrival re-renders this field, not the whole questionnaire.
 */
function CommandField() {
  const views = useLoadedViews();
  return (
    <TextField
      field="command"
      validate={() => null}
      parse={String}
      mono
      warn={views?.commandWarning}
    />
  );
}

export function Questionnaire() {
  const loadAnswers = useAdvisor((s) => s.loadAnswers);
  const appKind = useAdvisor((s) => s.answers.appKind);
  const hasRequirements = useAdvisor((s) => s.answers.requirements.trim() !== "");
  return (
    <form
      className="card space-y-6"
      aria-label="Questionnaire"
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-lg font-semibold">About your app</h2>
        <div className="flex gap-2">
          <button type="button" className="btn" onClick={() => loadAnswers(ARTICLE_PRESET)}>
            Load the article's example
          </button>
          <button type="button" className="btn" onClick={() => loadAnswers(defaultAnswers)}>
            Reset
          </button>
        </div>
      </div>
      {GROUPS.map((group) => (
        <section key={group.id} aria-labelledby={`group-${group.id}`} className="space-y-4">
          <h3
            id={`group-${group.id}`}
            className="border-b border-slate-200 pb-1 text-xs font-bold tracking-wide text-teal-800 uppercase dark:border-slate-700 dark:text-teal-300"
          >
            {group.title}
          </h3>
          {group.fields.map((field) => {
            if (field === "architectures") return <ArchitecturesField key={field} />;
            if (field === "requirements") {
              const q = question("requirements");
              return <RequirementsField key={field} question={q} />;
            }
            if (field === "nativeDepsSource" && !hasRequirements) return null;
            if (field === "allowLogin") return <LoginField key={field} />;
            if (field === "port" || field === "healthPath") {
              if (appKind !== "web") return null;
              return field === "port" ? (
                <TextField
                  key={field}
                  field="port"
                  validate={validatePort}
                  parse={Number}
                  inputMode="numeric"
                />
              ) : (
                <TextField
                  key={field}
                  field="healthPath"
                  validate={validateHealthPath}
                  parse={String}
                  mono
                />
              );
            }
            if (field === "mirrorsByRegistry")
              return (
                <TextField
                  key={field}
                  field="mirrorsByRegistry"
                  validate={validateMirrorMap}
                  parse={(text) => {
                    const parsed = parseMirrorMap(text);
                    return parsed.ok ? parsed.value : {};
                  }}
                  format={formatMirrorMap}
                  mono
                  multiline
                />
              );
            if (field === "registryMirror")
              return (
                <TextField
                  key={field}
                  field="registryMirror"
                  validate={validateMirror}
                  parse={String}
                  mono
                />
              );
            if (field === "command") return <CommandField key={field} />;
            return <ChoiceField key={field} field={field} />;
          })}
        </section>
      ))}
    </form>
  );
}
