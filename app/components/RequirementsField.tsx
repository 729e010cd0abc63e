import { useId, useMemo, useState } from "react";
import { MAX_REQUIREMENTS_CHARACTERS } from "../../src/answers.ts";
import { omittedFromLink } from "../../src/permalink.ts";
import { useAdvisor } from "../store.ts";

/** Pasted or dropped requirements.txt / pyproject.toml. The text is kept as text, never as HTML. */
export function RequirementsField({
  label,
  help,
  detail,
}: {
  label: string;
  help: string;
  detail: string | undefined;
}) {
  const value = useAdvisor((s) => s.answers.requirements);
  const setAnswer = useAdvisor((s) => s.setAnswer);
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const commit = (text: string) => {
    if (text.length > MAX_REQUIREMENTS_CHARACTERS) {
      setProblem(
        `That is ${text.length.toLocaleString("en")} characters; the limit is ${MAX_REQUIREMENTS_CHARACTERS.toLocaleString("en")}.`,
      );
      return;
    }
    setProblem(null);
    setAnswer("requirements", text);
  };
  const readFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_REQUIREMENTS_CHARACTERS * 4) {
      setProblem(
        `${file.name} is ${Math.round(file.size / 1000)} KB; the limit is ${MAX_REQUIREMENTS_CHARACTERS / 1000} KB.`,
      );
      return;
    }
    commit(await file.text());
  };
  // Long texts share one limit in a link (see MAX_LINK_COMPRESSED); what does not fit is left out.
  const answers = useAdvisor((s) => s.answers);
  const tooLongForLink = useMemo(
    () => omittedFromLink(answers).includes("requirements"),
    [answers],
  );
  return (
    <div>
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
      </label>
      <p id={`${id}-help`} className="mb-1 text-sm muted">
        {help}
      </p>
      <textarea
        id={id}
        value={value}
        rows={value === "" ? 3 : 7}
        spellCheck={false}
        placeholder={"flask==2.3.3\nnumpy==1.26.4"}
        aria-describedby={`${id}-help ${id}-problem`}
        onChange={(e) => commit(e.target.value)}
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          void readFile(e.dataTransfer.files[0]);
        }}
        className="w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 font-mono text-sm dark:border-slate-600 dark:bg-slate-900"
      />
      <div className="flex flex-wrap items-center gap-2">
        <label className="btn cursor-pointer">
          Choose a file
          <input
            type="file"
            accept=".txt,.toml,.in,text/plain"
            className="sr-only"
            onChange={(e) => void readFile(e.target.files?.[0])}
          />
        </label>
        {value !== "" && (
          <button type="button" className="btn" onClick={() => commit("")}>
            Clear
          </button>
        )}
      </div>
      <p
        id={`${id}-problem`}
        className="min-h-5 text-sm text-red-700 dark:text-red-300"
        aria-live="polite"
      >
        {problem ??
          (tooLongForLink
            ? "Too long to carry in a link: shared links will leave the requirements out."
            : "")}
      </p>
      {detail && (
        <details className="text-sm">
          <summary className="link w-fit cursor-pointer">What does this mean?</summary>
          <p className="mt-1 muted">{detail}</p>
        </details>
      )}
    </div>
  );
}
