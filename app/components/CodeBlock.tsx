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
}: {
  text: string;
  language: "dockerfile" | "yaml" | "plain";
  label: string;
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
          {lines.map((line, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional and never reordered.
            <span key={i}>
              {highlightLine(line, language).map((token, j) =>
                token.kind === "text" ? (
                  token.text
                ) : (
                  // biome-ignore lint/suspicious/noArrayIndexKey: tokens are positional within a line.
                  <span key={j} className={TOKEN_CLASS[token.kind]}>
                    {token.text}
                  </span>
                ),
              )}
              {"\n"}
            </span>
          ))}
        </code>
      </pre>
    </section>
  );
}
