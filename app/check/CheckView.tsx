/**
 * "Check a Dockerfile": paste or drop a Dockerfile, see what is wrong with it (most severe first,
 * each linked to its line), the answers it reveals, and the advisor's migration with a diff. This
 * view is its own chunk: the audit and its parser load only when it opens.
 */
import { useDeferredValue, useMemo, useState } from "react";
import { migrateDockerfile } from "../../src/audit/migrate-dockerfile.ts";
import { encodeAnswers } from "../../src/permalink.ts";
import { CopyButton } from "../components/CopyButton.tsx";
import { UNREADABLE_DOCKERFILE } from "../link-messages.ts";
import { TODAY, useAdvisor } from "../store.ts";
import { DockerfileInput } from "./DockerfileInput.tsx";
import { FindingsList } from "./FindingsList.tsx";
import { InferredAnswers } from "./InferredAnswers.tsx";
import { MigrationPanel } from "./MigrationPanel.tsx";
import { SourceView } from "./SourceView.tsx";

export default function CheckView() {
  const text = useAdvisor((s) => s.dockerfile);
  const answers = useAdvisor((s) => s.answers);
  const weights = useAdvisor((s) => s.weights);
  const matrixView = useAdvisor((s) => s.matrixView);
  const opened = useAdvisor((s) => s.link);
  // Typing stays responsive on a long file: the audit follows the text a moment later.
  const checked = useDeferredValue(text);
  const migration = useMemo(
    () =>
      checked.trim() === ""
        ? undefined
        : migrateDockerfile(checked, { today: TODAY, defaults: answers, weights }),
    [checked, answers, weights],
  );
  const [focused, setFocused] = useState<number | undefined>(undefined);
  const show = (line: number) => {
    setFocused(line);
    const target = document.getElementById(`dockerfile-line-${line}`);
    target?.scrollIntoView({ block: "center" });
    target?.focus({ preventScroll: true });
  };
  const audit = migration?.audit;
  const { origin, pathname } = window.location;
  const link = `${origin}${pathname}?view=check#${encodeAnswers(answers, weights, undefined, undefined, { matrixView, dockerfile: text })}`;
  return (
    <main className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 className="text-xl font-semibold">Check a Dockerfile</h2>
          <p className="muted">
            Paste your Dockerfile to see what would fail, what is past its end of life, and what the
            advisor would write instead, from the same data. It stays in your browser and in the
            links you share.
          </p>
        </div>
        <CopyButton text={link} label="Copy link" className="btn-primary" />
      </div>
      {opened?.reset.includes("dockerfile") && (
        <p
          className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-800 dark:bg-amber-950/50"
          data-testid="dockerfile-link-notice"
        >
          {UNREADABLE_DOCKERFILE}
        </p>
      )}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,27rem)_minmax(0,1fr)]">
        <div className="min-w-0 space-y-6">
          <DockerfileInput />
          {audit && checked === text && <InferredAnswers audit={audit} onShowLine={show} />}
        </div>
        <div className="min-w-0 space-y-6">
          {!audit ? (
            <p className="card muted">
              The findings, the answers your file reveals and the migrated Dockerfile appear here.
            </p>
          ) : (
            <>
              <FindingsList audit={audit} requirements={answers.requirements} onShowLine={show} />
              <SourceView text={checked} findings={audit.findings} focused={focused} />
              <MigrationPanel migration={migration} />
            </>
          )}
        </div>
      </div>
    </main>
  );
}
