import type { DockerfileAudit } from "../../src/audit/audit-dockerfile.ts";
import { SEVERITY } from "./severity.ts";

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** The audit's findings, most severe first, each with the line it is about. */
export function FindingsList({
  audit,
  requirements,
  onShowLine,
}: {
  audit: DockerfileAudit;
  requirements: string;
  onShowLine: (line: number) => void;
}) {
  const { counts, findings } = audit;
  return (
    <section aria-labelledby="findings-heading" className="card space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="findings-heading" className="text-lg font-semibold">
          Findings
        </h2>
        <p className="text-sm muted" data-testid="findings-summary">
          {findings.length === 0
            ? "Nothing to report."
            : `${counts.blocking} blocking, ${plural(counts.warning, "warning")}, ${plural(counts.info, "note")}`}
        </p>
      </div>
      <p className="text-sm muted">
        {requirements.trim() === ""
          ? "Add your requirements in the Advisor to check wheels and builds for the Python each stage runs."
          : "Checked against the requirements in the Advisor, for the Python of the stage that installs them."}
      </p>
      {findings.length > 0 && (
        <ol className="space-y-2">
          {findings.map((f) => (
            <li
              key={`${f.code}:${f.line}:${f.column ?? 0}:${f.message}`}
              className={`rounded-lg border p-3 text-sm wrap-anywhere ${SEVERITY[f.severity].box}`}
              data-severity={f.severity}
              data-code={f.code}
            >
              <p>
                <strong>{SEVERITY[f.severity].label}</strong>,{" "}
                <button type="button" className="link" onClick={() => onShowLine(f.line)}>
                  line {f.line}
                </button>
                : {f.message}
              </p>
              <p className="mt-1">{f.fix}</p>
              <p className="mt-1 text-xs muted">
                <code className="font-mono">{f.code}</code>
                {f.dockerCheck && (
                  <>
                    {" · Docker build check "}
                    <a className="link" href={f.dockerCheck.url} rel="noreferrer">
                      {f.dockerCheck.name}
                    </a>
                  </>
                )}
                {f.sources?.map((s) => (
                  <span key={s.url}>
                    {" · Source: "}
                    <a className="link" href={s.url} rel="noreferrer">
                      {s.title}
                    </a>{" "}
                    (read {s.read})
                  </span>
                ))}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
