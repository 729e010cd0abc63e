import { useState } from "react";

/**
 * Copies text to the clipboard and says so for a moment (and to screen readers). `text` may be a
 * function, for text that depends on the page's URL (read when clicked, not while rendering).
 */
export function CopyButton({
  text,
  label,
  className = "",
}: {
  text: string | (() => string);
  label: string;
  className?: string;
}) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(typeof text === "function" ? text() : text);
      setState("copied");
    } catch {
      setState("failed");
    }
    window.setTimeout(() => setState("idle"), 2000);
  };
  return (
    <button type="button" onClick={copy} className={`btn ${className}`}>
      <span aria-live="polite">
        {state === "copied"
          ? "Copied"
          : state === "failed"
            ? "Copy failed: select the text instead"
            : label}
      </span>
    </button>
  );
}
