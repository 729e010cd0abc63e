import type { LinkMessage } from "../link-messages.ts";

/**
 * The messages about a link, as the page and the embed show them; the page's can be dismissed
 * (the embed's frame is a document of its own, so it has nothing to dismiss them for).
 */
export function LinkMessageList({
  messages,
  onDismiss,
}: {
  messages: LinkMessage[];
  onDismiss?: () => void;
}) {
  if (messages.length === 0) return null;
  return (
    <section
      aria-label="About this link"
      className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-800 dark:bg-amber-950/50"
      data-testid="link-notice"
    >
      {messages.map((m) =>
        m.kind === "text" ? (
          <p key={m.text}>{m.text}</p>
        ) : (
          <div key={m.text}>
            <p className="font-semibold">{m.text}</p>
            <ul className="mt-1 list-disc pl-5">
              {m.items.map((item) => (
                <li key={item.label}>
                  {item.label}:{" "}
                  <code className="break-all rounded bg-amber-100 px-1 font-mono dark:bg-amber-900/60">
                    {item.value}
                  </code>
                </li>
              ))}
            </ul>
          </div>
        ),
      )}
      {onDismiss && (
        <button type="button" className="btn" onClick={onDismiss}>
          Dismiss
        </button>
      )}
    </section>
  );
}
