import type { ReactNode } from "react";
import type { Finding } from "../../src/audit/rules.ts";
import { HIDDEN_CHARACTERS } from "../../src/audit/source-text.ts";
import { splitLines } from "../../src/audit/unified-diff.ts";
import { SEVERITY } from "./severity.ts";

const ORDER = { blocking: 0, warning: 1, info: 2 } as const;
/** As wide as a digit and never collapsed, so line numbers line up without a fixed-width gutter. */
const FIGURE_SPACE = "\u2007";

/**
 * Characters that display as nothing or reorder the text after them (controls but tab, format
 * characters, line and paragraph separators). In a view of what Docker reads each one is shown as
 * its code point, so a right-to-left override cannot make "evil" read "live".
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/u;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, "gu");

/** A line as text, each invisible character replaced by a visible mark naming it. */
function visibleLine(line: string): ReactNode[] {
  if (!INVISIBLE.test(line.replaceAll("\t", ""))) return [line];
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of line.matchAll(INVISIBLE_ALL)) {
    const character = match[0];
    const code = character.codePointAt(0) ?? 0;
    if (code === 0x09) continue;
    parts.push(line.slice(last, match.index));
    const point = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
    parts.push(
      <span
        key={match.index}
        title={HIDDEN_CHARACTERS.get(code) ?? "invisible character"}
        className="mx-px rounded border border-red-400 px-0.5 text-[0.7rem] text-red-800 dark:border-red-500 dark:text-red-200"
      >
        {point}
      </span>,
    );
    last = match.index + character.length;
  }
  parts.push(line.slice(last));
  return parts;
}

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
                <span className="pr-2 whitespace-pre">
                  {severity && (
                    <span className="sr-only">{SEVERITY[severity].label} on this line: </span>
                  )}
                  {line === "" ? " " : visibleLine(line)}
                </span>
              </li>
            );
          })}
        </ol>
      </section>
    </section>
  );
}
