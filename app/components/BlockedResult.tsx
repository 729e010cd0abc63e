import type { BlockedDescription, Fix } from "../../src/index.ts";
import { FixButtons } from "./FixButtons.tsx";

/** Every fix the problems offer, once each, in the order the engine gave them. */
function allFixes(blocked: BlockedDescription): Fix[] {
  const seen = new Set<string>();
  return blocked.problems
    .flatMap((p) => p.warning.fixes ?? [])
    .filter((fix) => !seen.has(fix.label) && seen.add(fix.label));
}

/**
 * A result whose files would not build or start: the verdict, each problem with the Dockerfile
 * line it fails at, and the fixes (one click each, undone with UndoFix). Shown the same way for
 * every such result.
 */
export function BlockedResult({
  blocked,
  fixable = true,
}: {
  blocked: BlockedDescription;
  /** False where the answers cannot change (an embed): the fixes are not offered. */
  fixable?: boolean;
}) {
  const fixes = fixable ? allFixes(blocked) : [];
  return (
    <section
      aria-labelledby="blocked-heading"
      className="space-y-3 rounded-xl border-2 border-red-300 bg-red-50 p-4 dark:border-red-800 dark:bg-red-950/50"
    >
      <h2 id="blocked-heading" className="text-lg font-semibold text-red-900 dark:text-red-100">
        {blocked.verdict}
      </h2>
      <ul className="space-y-2 text-sm">
        {blocked.problems.map(({ warning, at }) => (
          <li key={`${warning.code}:${warning.message}`} data-severity="blocking">
            <p>
              <strong className="mr-1">Blocking:</strong>
              {warning.message}
            </p>
            {at && (
              <p className="mt-1">
                Fails at Dockerfile line {at.line}:{" "}
                <code className="font-mono text-xs break-all">{at.text}</code>
              </p>
            )}
            {warning.fix && <p className="mt-1">{warning.fix}</p>}
          </li>
        ))}
      </ul>
      {fixes.length > 0 && (
        <div>
          <h3 className="text-sm font-semibold">Fix it in one click</h3>
          <FixButtons fixes={fixes} />
        </div>
      )}
    </section>
  );
}
