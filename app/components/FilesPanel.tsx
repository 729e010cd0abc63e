import { useId, useState } from "react";
import {
  type Answers,
  type BlockedDescription,
  type GeneratedFiles,
  usageCommands,
} from "../../src/index.ts";
import { downloadText } from "../download.ts";
import { CodeBlock } from "./CodeBlock.tsx";
import { CopyButton } from "./CopyButton.tsx";

type FileName = keyof GeneratedFiles;
const LANGUAGE: Record<FileName, "dockerfile" | "yaml" | "plain"> = {
  Dockerfile: "dockerfile",
  ".dockerignore": "plain",
  "compose.yaml": "yaml",
};

function failingLines(blocked: BlockedDescription | undefined): number[] {
  return (blocked?.problems ?? []).flatMap((p) => (p.at ? [p.at.line] : []));
}

/** Where the Dockerfile would fail, and why, above the code: one entry per failing line. */
function FailingLines({ blocked }: { blocked: BlockedDescription }) {
  const byLine = new Map<number, { text: string; why: string[] }>();
  for (const { warning, at } of blocked.problems) {
    if (!at) continue;
    const entry = byLine.get(at.line) ?? { text: at.text, why: [] };
    entry.why.push(warning.message);
    byLine.set(at.line, entry);
  }
  return (
    <div className="rounded-lg border border-red-300 bg-red-50 p-3 text-sm dark:border-red-800 dark:bg-red-950/50">
      <p className="font-semibold">{blocked.verdict}</p>
      {byLine.size > 0 && (
        <ul className="mt-1 list-disc space-y-1 pl-5">
          {[...byLine].map(([line, { text, why }]) => (
            <li key={line}>
              Line {line} fails (<code className="font-mono text-xs break-all">{text}</code>):{" "}
              {why.join(" ")}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * The generated files in tabs, each with copy and download, and the commands that use them. When
 * the files would not build or start (`blocked`), the panel names the failing lines and why, and
 * copy and download say "anyway".
 */
export function FilesPanel({
  files,
  answers,
  title,
  blocked,
}: {
  files: GeneratedFiles;
  answers: Answers;
  title: string;
  blocked?: BlockedDescription | undefined;
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
          {blocked ? (
            <>
              <CopyButton text={text} label="Copy anyway" className="btn-primary" />
              <button type="button" className="btn" onClick={() => downloadText(current, text)}>
                Download anyway
              </button>
            </>
          ) : (
            <>
              <CopyButton text={text} label={`Copy ${current}`} className="btn-primary" />
              <button type="button" className="btn" onClick={() => downloadText(current, text)}>
                Download
              </button>
            </>
          )}
        </div>
      </div>
      {blocked && <FailingLines blocked={blocked} />}
      <div id={`${baseId}-panel`} role="tabpanel" aria-labelledby={`${baseId}-tab-${current}`}>
        <CodeBlock
          text={text}
          language={LANGUAGE[current]}
          label={current}
          failing={current === "Dockerfile" ? failingLines(blocked) : []}
        />
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
