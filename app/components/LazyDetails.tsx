import { type ReactNode, useState } from "react";

/**
 * A <details> whose body is rendered the first time it opens, then kept. Every candidate in the
 * ranking has a closed "Scores and facts" panel: rendering all of them up front was half the
 * page's elements and the largest part of the result's first render.
 */
export function LazyDetails({
  summary,
  className,
  children,
}: {
  summary: string;
  className?: string;
  children: ReactNode;
}) {
  const [opened, setOpened] = useState(false);
  return (
    <details
      className={className}
      onToggle={(event) => {
        if (event.currentTarget.open) setOpened(true);
      }}
    >
      <summary className="link w-fit cursor-pointer">{summary}</summary>
      {opened && children}
    </details>
  );
}
