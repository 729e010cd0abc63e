import type { LinkMessage } from "../link-messages.ts";

/** The messages about a link, as the page and the embed show them. */
export function LinkMessageList({ messages }: { messages: LinkMessage[] }) {
  return (
    <>
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
    </>
  );
}
