import type { Migration } from "../../src/audit/migrate-dockerfile.ts";
import { FilesPanel } from "../components/FilesPanel.tsx";
import { Warnings } from "../components/Warnings.tsx";
import { imageById } from "../facts.ts";
import { DiffView } from "./DiffView.tsx";

/** The advisor's recommendation for the app the file describes, its files, and the diff. */
export function MigrationPanel({ migration }: { migration: Migration | undefined }) {
  if (!migration) return null;
  const { recommendation, answers } = migration;
  const { best, files } = recommendation;
  return (
    <section aria-labelledby="migration-heading" className="card space-y-4">
      <div>
        <p className="text-xs font-bold tracking-wide text-teal-800 uppercase dark:text-teal-300">
          Migration
        </p>
        <h2 id="migration-heading" className="text-lg font-semibold">
          Migrated to {imageById(best.id)?.name ?? best.id}
        </h2>
        <p className="mt-1 break-all font-mono text-sm" data-testid="migration-reference">
          {best.reference}
        </p>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
          {best.reasons.slice(0, 3).map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      </div>
      <Warnings warnings={[...migration.warnings, ...recommendation.warnings]} />
      {files ? (
        <>
          <FilesPanel files={files} answers={answers} title="Migrated files" />
          {migration.diff !== "" && <DiffView diff={migration.diff} />}
        </>
      ) : (
        <p className="text-sm">
          No migrated file: the start command needs a change (see the blocking warning above).
        </p>
      )}
    </section>
  );
}
