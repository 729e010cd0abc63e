import { useId, useState } from "react";
import type { Answers } from "../../src/answers.ts";
import type { BlockedDescription } from "../../src/blocked-verdict.ts";
import { usageCommands } from "../../src/generators/commands.ts";
import type { GeneratedFiles } from "../../src/generators/index.ts";
import { downloadBlob, downloadText } from "../download.ts";
import { CodeBlock } from "./CodeBlock.tsx";
import { CopyButton } from "./CopyButton.tsx";

type FileName = keyof GeneratedFiles;
const LANGUAGE: Record<FileName, "dockerfile" | "yaml" | "plain"> = {
  Dockerfile: "dockerfile",
  ".dockerignore": "plain",
  "compose.yaml": "yaml",
  "README.Docker.md": "plain",
};

/** The archive's name: the image's reference, made safe as a file name. */
function archiveName(reference: string | undefined): string {
  const slug = (reference ?? "").replace(/[^A-Za-z0-9.-]+/g, "-").replace(/^-+|-+$/g, "");
  return `${slug || "container"}-files.zip`;
}

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
 * The generated files in tabs, each with copy and download, all of them as a zip, and the commands
 * that use them. When the files would not build or start (`blocked`), the panel names the failing
 * lines and why, and copy and download say "anyway".
 */
export function FilesPanel({
  files,
  answers,
  title,
  reference,
  blocked,
}: {
  files: GeneratedFiles;
  answers: Answers;
  title: string;
  /** The image the files are for, to name the archive after. */
  reference?: string;
  blocked?: BlockedDescription | undefined;
}) {
  const names = (Object.keys(files) as FileName[]).filter((n) => files[n] !== undefined);
  const [selected, setSelected] = useState<FileName>("Dockerfile");
  const current = names.includes(selected) ? selected : "Dockerfile";
  const text = files[current] ?? "";
  const baseId = useId();
  const [zipping, setZipping] = useState<"idle" | "busy" | "failed">("idle");
  const downloadAll = async () => {
    setZipping("busy");
    try {
      // fflate loads only now, as its own chunk.
      const { zipFiles } = await import("../zip-files.ts");
      const present = Object.fromEntries(names.map((name) => [name, files[name] ?? ""] as const));
      downloadBlob(archiveName(reference), zipFiles(present));
      setZipping("idle");
    } catch {
      setZipping("failed");
    }
  };
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
          className="grid max-w-full grid-cols-2 gap-x-1 border-b border-slate-200 sm:flex sm:flex-wrap dark:border-slate-700"
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
              className={`-mb-px border-b-2 px-2 py-1.5 text-left font-mono text-sm sm:px-3 ${name === current ? "border-teal-700 font-semibold text-teal-800 dark:border-teal-400 dark:text-teal-300" : "border-transparent muted hover:text-slate-900 dark:hover:text-white"}`}
            >
              {name}
            </button>
          ))}
        </div>
        <div className="flex flex-wrap gap-2">
          {/* Files that would not build or start can still be taken, saying so. */}
          <CopyButton
            text={text}
            label={blocked ? "Copy anyway" : `Copy ${current}`}
            className="btn-primary"
          />
          <button type="button" className="btn" onClick={() => downloadText(current, text)}>
            {blocked ? "Download anyway" : "Download"}
          </button>
          <button
            type="button"
            className="btn"
            onClick={downloadAll}
            disabled={zipping === "busy"}
            aria-describedby={zipping === "failed" ? `${baseId}-zip-problem` : undefined}
          >
            {blocked ? "Download all anyway (.zip)" : "Download all (.zip)"}
          </button>
        </div>
        {zipping === "failed" && (
          <p id={`${baseId}-zip-problem`} className="w-full text-sm text-red-700 dark:text-red-300">
            The archive could not be made (the page may have been updated: reload it), so download
            the files one by one.
          </p>
        )}
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
