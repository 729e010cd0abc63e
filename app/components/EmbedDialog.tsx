import { useRef, useState } from "react";
import { CodeBlock } from "./CodeBlock.tsx";
import { CopyButton } from "./CopyButton.tsx";

function appBase(): string {
  return new URL(".", `${window.location.origin}${window.location.pathname}`).href;
}

/** The snippets that put the matrix or this result into another page, ready to copy. */
export function embedSnippets(fragment: string) {
  const base = appBase();
  const iframe = (view: string, title: string, hash = "") =>
    `<iframe src="${base}embed.html?view=${view}${hash ? `#${hash}` : ""}" title="${title}" width="100%" height="800" style="border:0" loading="lazy"></iframe>`;
  return {
    iframeResult: iframe("result", "Base Image Advisor: recommended base image", fragment),
    iframeMatrix: iframe("matrix", "Base Image Advisor: base image matrix"),
    loader: [
      `<div data-base-image-advisor="result" data-answers="${fragment.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}"></div>`,
      `<div data-base-image-advisor="matrix" data-theme="light"></div>`,
      `<script src="${base}embed.js" async></script>`,
    ].join("\n"),
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

export function EmbedDialog({ fragment }: { fragment: string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  // The snippets name this page's URL: written once the dialog is opened, never while rendering
  // the page (which the build prerenders without a URL).
  const [opened, setOpened] = useState(false);
  const snippets = opened ? embedSnippets(fragment) : undefined;
  return (
    <>
      <button
        type="button"
        className="btn"
        onClick={() => {
          setOpened(true);
          dialog.current?.showModal();
        }}
      >
        Embed
      </button>
      <dialog
        ref={dialog}
        aria-labelledby="embed-title"
        className="m-auto w-[min(48rem,calc(100vw-1.5rem))] rounded-xl border border-slate-300 bg-white p-5 text-slate-900 backdrop:bg-slate-900/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
      >
        <div className="space-y-4">
          <div className="flex items-start justify-between gap-2">
            <h2 id="embed-title" className="text-lg font-semibold">
              Embed in your docs
            </h2>
            <button type="button" className="btn" onClick={() => dialog.current?.close()}>
              Close
            </button>
          </div>
          <p className="text-sm muted">
            The loader sizes each frame to its content; pages that cannot run scripts can use the
            plain iframe. Add theme=light or theme=dark to pin the colours.
          </p>
          {snippets && (
            <>
              <Snippet title="Loader (sized automatically)" text={snippets.loader} />
              <Snippet title="This result as an iframe" text={snippets.iframeResult} />
              <Snippet title="The matrix as an iframe" text={snippets.iframeMatrix} />
            </>
          )}
        </div>
      </dialog>
    </>
  );
}
