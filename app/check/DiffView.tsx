import { CopyButton } from "../components/CopyButton.tsx";

const LINE_CLASS: Record<string, string> = {
  "+": "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200",
  "-": "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200",
  "@": "text-sky-700 dark:text-sky-300",
};

/** A unified diff, each line coloured by its first character (+ added, - removed, @@ a hunk); the two file names first. */
export function DiffView({ diff }: { diff: string }) {
  const lines = diff.replace(/\n$/, "").split("\n");
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="font-semibold">From your file to the migrated one</h3>
        <CopyButton text={diff} label="Copy the diff" />
      </div>
      <section
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (axe: scrollable-region-focusable).
        tabIndex={0}
        aria-label="Diff from your Dockerfile to the migrated one"
        className="max-h-[32rem] overflow-auto rounded-lg bg-slate-100 p-4 text-[0.8rem] leading-relaxed dark:bg-slate-900"
      >
        <pre>
          <code className="block w-fit font-mono">
            {lines.map((line, i) => {
              const style = i < 2 ? "font-semibold" : (LINE_CLASS[line[0] ?? ""] ?? "");
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional and never reordered.
                <span key={i} className={`block ${style}`}>
                  {line}
                  {"\n"}
                </span>
              );
            })}
          </code>
        </pre>
      </section>
    </div>
  );
}
