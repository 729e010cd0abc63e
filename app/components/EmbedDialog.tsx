import { useRef } from "react";
import type { MatrixView } from "../../src/matrix-view.ts";
import { encodeMatrixView } from "../../src/permalink.ts";
import { CodeBlock } from "./CodeBlock.tsx";
import { CopyButton } from "./CopyButton.tsx";

function appBase(): string {
  return new URL(".", `${window.location.origin}${window.location.pathname}`).href;
}

/** An attribute value as HTML: & and " escaped. */
function attribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
}

/**
 * The snippets that put the matrix (sorted and filtered as `matrixView`) or a result into another
 * page, ready to copy. The loader reads data-sort, data-order, data-filter and data-theme; a plain
 * iframe carries the same in its address (the view after #, theme=… in the query).
 */
export function embedSnippets(fragment: string | undefined, matrixView: MatrixView) {
  const base = appBase();
  const view = encodeMatrixView(matrixView);
  const iframe = (kind: string, title: string, hash: string) =>
    `<iframe src="${base}embed.html?view=${kind}${hash ? `#${hash}` : ""}" title="${title}" width="100%" height="800" style="border:0" loading="lazy"></iframe>`;
  const matrixAttributes = [...new URLSearchParams(view)]
    .map(([key, value]) => ` data-${key}="${attribute(value)}"`)
    .join("");
  const loader = [
    ...(fragment === undefined
      ? []
      : [`<div data-base-image-advisor="result" data-answers="${attribute(fragment)}"></div>`]),
    `<div data-base-image-advisor="matrix"${matrixAttributes} data-theme="light"></div>`,
    `<script src="${base}embed.js" async></script>`,
  ].join("\n");
  return {
    loader,
    iframeResult:
      fragment === undefined
        ? undefined
        : iframe("result", "Base Image Advisor: recommended base image", fragment),
    iframeMatrix: iframe("matrix", "Base Image Advisor: base image matrix", view),
  };
}

function Snippet({ title, text }: { title: string; text: string }) {
  return (
    <div className="space-y-1">
      <div className="flex items-center justify-between gap-2">
        <h3 className="text-sm font-semibold">{title}</h3>
        <CopyButton text={text} label="Copy" />
      </div>
      <CodeBlock text={text} language="plain" label={title} />
    </div>
  );
}

/**
 * The Embed button and its dialog: this result (when `fragment` is given) and the matrix as it is
 * sorted and filtered now.
 */
export function EmbedDialog({
  fragment,
  matrixView,
}: {
  fragment?: string;
  matrixView: MatrixView;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const snippets = embedSnippets(fragment, matrixView);
  const titleId = fragment === undefined ? "embed-matrix-title" : "embed-title";
  return (
    <>
      <button type="button" className="btn" onClick={() => dialog.current?.showModal()}>
        {fragment === undefined ? "Embed this view" : "Embed"}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        className="m-auto w-[min(48rem,calc(100vw-1.5rem))] rounded-xl border border-slate-300 bg-white p-5 text-slate-900 backdrop:bg-slate-900/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
      >
        <div className="space-y-4">
          <div className="flex items-start justify-between gap-2">
            <h2 id={titleId} className="text-lg font-semibold">
              Embed in your docs
            </h2>
            <button type="button" className="btn" onClick={() => dialog.current?.close()}>
              Close
            </button>
          </div>
          <p className="text-sm muted">
            The loader turns each element into a frame that sizes itself to its content; pages that
            cannot run scripts can use a plain iframe. The matrix keeps the sort and filters it has
            now. Colours follow the reader's system unless you pin them:{" "}
            <code className="font-mono">data-theme="light"</code> or{" "}
            <code className="font-mono">data-theme="dark"</code> on a loader element, or{" "}
            <code className="font-mono">&amp;theme=dark</code> after{" "}
            <code className="font-mono">?view=…</code> in an iframe's address.
          </p>
          <Snippet title="Loader (sized automatically)" text={snippets.loader} />
          {snippets.iframeResult && (
            <Snippet title="This result as an iframe" text={snippets.iframeResult} />
          )}
          <Snippet title="The matrix as an iframe" text={snippets.iframeMatrix} />
        </div>
      </dialog>
    </>
  );
}
