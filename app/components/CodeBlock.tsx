import { Fragment } from "react";
import { highlightLine, type TokenKind } from "../highlight.ts";

const TOKEN_CLASS: Record<TokenKind, string> = {
  comment: "text-slate-600 dark:text-slate-400 italic",
  keyword: "text-fuchsia-700 dark:text-fuchsia-300 font-semibold",
  string: "text-emerald-700 dark:text-emerald-300",
  flag: "text-sky-700 dark:text-sky-300",
  variable: "text-amber-700 dark:text-amber-300",
  key: "text-sky-700 dark:text-sky-300",
  text: "",
};

/** Generated text, coloured token by token as React text nodes. */
export function CodeBlock({
  text,
  language,
  label,
  failing = [],
}: {
  text: string;
  language: "dockerfile" | "yaml" | "plain";
  label: string;
  /** 1-based lines that would fail, marked in the view. */
  failing?: readonly number[];
}) {
  const lines = text.replace(/\n$/, "").split("\n");
  return (
    <section
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (axe: scrollable-region-focusable).
      tabIndex={0}
      aria-label={label}
      className="max-h-[32rem] overflow-auto rounded-lg bg-slate-100 p-4 text-[0.8rem] leading-relaxed dark:bg-slate-900"
    >
      <pre>
        <code className="font-mono">
          {lines.map((line, i) => {
            const tokens = highlightLine(line, language).map((token, j) =>
              token.kind === "text" ? (
                token.text
              ) : (
                // biome-ignore lint/suspicious/noArrayIndexKey: tokens are positional within a line.
                <span key={j} className={TOKEN_CLASS[token.kind]}>
                  {token.text}
                </span>
              ),
            );
            // A failing line is marked across the whole width; its line break stays outside the
            // marked box, so the box is one line tall.
            return failing.includes(i + 1) ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional and never reordered.
              <Fragment key={i}>
                <mark
                  data-failing="true"
                  className="inline-block min-w-full border-l-4 border-red-600 bg-red-100 pl-1 text-inherit dark:border-red-400 dark:bg-red-950"
                >
                  {tokens}
                </mark>
                {"\n"}
              </Fragment>
            ) : (
              // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional and never reordered.
              <span key={i}>
                {tokens}
                {"\n"}
              </span>
            );
          })}
        </code>
      </pre>
    </section>
  );
}
