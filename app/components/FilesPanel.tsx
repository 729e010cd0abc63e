import { useId, useState } from "react";
import { type Answers, type GeneratedFiles, usageCommands } from "../../src/index.ts";
import { downloadText } from "../download.ts";
import { CodeBlock } from "./CodeBlock.tsx";
import { CopyButton } from "./CopyButton.tsx";

type FileName = keyof GeneratedFiles;
const LANGUAGE: Record<FileName, "dockerfile" | "yaml" | "plain"> = {
  Dockerfile: "dockerfile",
  ".dockerignore": "plain",
  "compose.yaml": "yaml",
  "README.Docker.md": "plain",
};

/** The generated files in tabs, each with copy and download, and the commands that use them. */
export function FilesPanel({
  files,
  answers,
  title,
}: {
  files: GeneratedFiles;
  answers: Answers;
  title: string;
}) {
  const names = (Object.keys(files) as FileName[]).filter((n) => files[n] !== undefined);
  const [selected, setSelected] = useState<FileName>("Dockerfile");
  const current = names.includes(selected) ? selected : "Dockerfile";
  const text = files[current] ?? "";
  const baseId = useId();
  const select = (index: number) => {
    const name = names[(index + names.length) % names.length] as FileName;
    setSelected(name);
    document.getElementById(`${baseId}-tab-${name}`)?.focus();
  };
  return (
    <section aria-label={title} className="space-y-3">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div
          role="tablist"
          aria-label={`${title}: files`}
          className="flex max-w-full flex-wrap gap-1 border-b border-slate-200 dark:border-slate-700"
        >
          {names.map((name, i) => (
            <button
              key={name}
              id={`${baseId}-tab-${name}`}
              type="button"
              role="tab"
              aria-selected={name === current}
              aria-controls={`${baseId}-panel`}
              tabIndex={name === current ? 0 : -1}
              onClick={() => setSelected(name)}
              onKeyDown={(e) => {
                if (e.key === "ArrowRight") select(i + 1);
                if (e.key === "ArrowLeft") select(i - 1);
              }}
              className={`-mb-px border-b-2 px-3 py-1.5 font-mono text-sm ${name === current ? "border-teal-700 font-semibold text-teal-800 dark:border-teal-400 dark:text-teal-300" : "border-transparent muted hover:text-slate-900 dark:hover:text-white"}`}
            >
              {name}
            </button>
          ))}
        </div>
        <div className="flex gap-2">
          <CopyButton text={text} label={`Copy ${current}`} className="btn-primary" />
          <button type="button" className="btn" onClick={() => downloadText(current, text)}>
            Download
          </button>
        </div>
      </div>
      <div id={`${baseId}-panel`} role="tabpanel" aria-labelledby={`${baseId}-tab-${current}`}>
        <CodeBlock text={text} language={LANGUAGE[current]} label={current} />
      </div>
      <div>
        <h3 className="mb-1 text-sm font-semibold">Build and run</h3>
        <CodeBlock
          text={usageCommands(answers)}
          language="plain"
          label="Commands to build and run"
        />
      </div>
    </section>
  );
}
