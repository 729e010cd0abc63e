import { useState } from "react";

const COPIED = "Copied";

/**
 * Copies text to the clipboard and says so for a moment (and to screen readers). The label and
 * "Copied" share one grid cell, so the button keeps the wider one's width and its neighbours stay
 * put when the text changes.
 */
export function CopyButton({
  text,
  label,
  className = "",
}: {
  text: string;
  label: string;
  className?: string;
}) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      setState("failed");
    }
    window.setTimeout(() => setState("idle"), 2000);
  };
  const cell = "col-start-1 row-start-1";
  return (
    <button type="button" onClick={copy} className={`btn inline-grid ${className}`}>
      {/* Hidden copies of both labels hold the width of the wider one. */}
      <span aria-hidden="true" className={`invisible ${cell}`}>
        {label}
      </span>
      <span aria-hidden="true" className={`invisible ${cell}`}>
        {COPIED}
      </span>
      <span aria-live="polite" className={cell}>
        {state === "copied" ? COPIED : state === "failed" ? "Copy failed: select the text" : label}
      </span>
    </button>
  );
}
