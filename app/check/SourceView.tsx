import type { Finding } from "../../src/audit/rules.ts";
import { splitLines } from "../../src/audit/unified-diff.ts";
import { SEVERITY } from "./severity.ts";

const ORDER = { blocking: 0, warning: 1, info: 2 } as const;
/** As wide as a digit and never collapsed, so line numbers line up without a fixed-width gutter. */
const FIGURE_SPACE = "\u2007";

/** The file as read, one numbered line each, lines with findings marked by their most severe one. */
export function SourceView({
  text,
  findings,
  focused,
}: {
  text: string;
  findings: Finding[];
  focused: number | undefined;
}) {
  const lines = splitLines(text.replace(/^\uFEFF/, ""));
  const digits = String(lines.length).length;
  const worst = new Map<number, Finding["severity"]>();
  for (const f of findings) {
    const current = worst.get(f.line);
    if (current === undefined || ORDER[f.severity] < ORDER[current]) worst.set(f.line, f.severity);
  }
  return (
    <section aria-labelledby="source-heading" className="card space-y-2">
      <h2 id="source-heading" className="text-lg font-semibold">
        Your Dockerfile, line by line
      </h2>
      <section
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (axe: scrollable-region-focusable).
        tabIndex={0}
        aria-label="Dockerfile lines"
        className="max-h-[32rem] overflow-auto rounded-lg bg-slate-100 py-2 text-[0.8rem] leading-relaxed dark:bg-slate-900"
      >
        <ol className="font-mono">
          {lines.map((line, i) => {
            const n = i + 1;
            const severity = worst.get(n);
            return (
              <li
                // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional and never reordered.
                key={i}
                id={`dockerfile-line-${n}`}
                tabIndex={-1}
                aria-current={focused === n ? "true" : undefined}
                className={`relative flex ${severity ? SEVERITY[severity].mark : ""} ${focused === n ? "font-bold" : ""}`}
              >
                <span className="px-2 muted" aria-hidden="true">
                  {String(n).padStart(digits, FIGURE_SPACE)}
                </span>
                <span className="pr-2 whitespace-nowrap">
                  {severity && (
                    <span className="sr-only">{SEVERITY[severity].label} on this line: </span>
                  )}
                  {line === "" ? " " : line}
                </span>
              </li>
            );
          })}
        </ol>
      </section>
    </section>
  );
}
