import { useId, useMemo, useState } from "react";
import bloated from "../../src/audit/__fixtures__/article/Dockerfile.bloated?raw";
import { MAX_DOCKERFILE_CHARACTERS } from "../../src/audit/source-text.ts";
import { linkOmitsDockerfile } from "../../src/permalink.ts";
import { useAdvisor } from "../store.ts";

const LIMIT = MAX_DOCKERFILE_CHARACTERS.toLocaleString("en");

/** The Dockerfile as pasted, typed or dropped: kept as text, never as HTML. */
export function DockerfileInput() {
  const value = useAdvisor((s) => s.dockerfile);
  const answers = useAdvisor((s) => s.answers);
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const commit = (text: string) => {
    if (text.length > MAX_DOCKERFILE_CHARACTERS) {
      setProblem(
        `That is ${text.length.toLocaleString("en")} characters; the check reads Dockerfiles of up to ${LIMIT} characters.`,
      );
      return;
    }
    setProblem(null);
    useAdvisor.setState({ dockerfile: text });
  };
  const readFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_DOCKERFILE_CHARACTERS * 4) {
      setProblem(
        `${file.name} is ${Math.round(file.size / 1000).toLocaleString("en")} KB; the check reads Dockerfiles of up to ${LIMIT} characters.`,
      );
      return;
    }
    commit(await file.text());
  };
  // It shares the link's limit on long texts with the requirements, and gives way to them.
  const tooLongForLink = useMemo(() => linkOmitsDockerfile(answers, value), [answers, value]);
  return (
    <section aria-labelledby={`${id}-heading`} className="card space-y-2">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        Your Dockerfile
      </h2>
      <label htmlFor={id} className="text-sm font-semibold">
        Dockerfile
      </label>
      <p id={`${id}-help`} className="text-sm muted">
        Paste it, or drop the file here.
      </p>
      <textarea
        id={id}
        value={value}
        rows={value === "" ? 8 : 16}
        spellCheck={false}
        // Lines stay whole, as the findings number them; a long one scrolls.
        wrap="off"
        placeholder={"FROM python:3.13-slim-trixie\n..."}
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
            className="sr-only"
            onChange={(e) => void readFile(e.target.files?.[0])}
          />
        </label>
        <button type="button" className="btn" onClick={() => commit(bloated)}>
          Try the article's Dockerfile
        </button>
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
            ? answers.requirements === ""
              ? "Too long to carry in a link: shared links will leave the Dockerfile out."
              : "Too long to carry in a link beside your requirements: shared links will leave the Dockerfile out."
            : "")}
      </p>
    </section>
  );
}
