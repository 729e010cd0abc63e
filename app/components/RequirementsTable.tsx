import type { Answers, RequirementsAnalysis, Verdict } from "../../src/index.ts";

const VERDICT: Record<Verdict, { label: string; className: string }> = {
  wheel: {
    label: "wheel",
    className: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200",
  },
  "source-build": {
    label: "builds from source",
    className: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
  },
  "no-build": {
    label: "no build",
    className: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200",
  },
  unknown: {
    label: "unknown",
    className: "bg-slate-200 text-slate-800 dark:bg-slate-800 dark:text-slate-200",
  },
};

/** Per package: the verdict for glibc and musl on each architecture asked, and what was not checked. */
export function RequirementsTable({
  analysis,
  answers,
}: {
  analysis: RequirementsAnalysis;
  answers: Answers;
}) {
  const columns = (["glibc", "musl"] as const).flatMap((libc) =>
    answers.architectures.map((arch) => ({ libc, arch })),
  );
  return (
    <section aria-labelledby="requirements-heading" className="card space-y-3">
      <h2 id="requirements-heading" className="text-lg font-semibold">
        Your requirements, package by package
      </h2>
      <p className="text-sm muted">
        For Python {answers.pythonVersion}: is there a prebuilt wheel, must pip build from source,
        or is there no build at all? glibc images use manylinux wheels, Alpine (musl) images
        musllinux wheels.
        {analysis.nativeDeps
          ? ` Compiled packages, from this analysis: ${analysis.nativeDeps}.`
          : ""}
      </p>
      {analysis.packages.length > 0 && (
        <section
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (axe: scrollable-region-focusable).
          tabIndex={0}
          aria-label="Package verdicts (scrolls sideways)"
          className="overflow-x-auto"
        >
          <table className="w-full text-sm">
            <thead>
              <tr className="text-left">
                <th scope="col" className="py-1 pr-2">
                  Package (line)
                </th>
                <th scope="col" className="py-1 pr-2">
                  Releases checked
                </th>
                {columns.map((c) => (
                  <th key={`${c.libc}-${c.arch}`} scope="col" className="py-1 pr-2">
                    {c.libc} {c.arch}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {analysis.packages.map((p) => (
                <tr
                  key={p.name}
                  className="border-t border-slate-200 align-top dark:border-slate-700"
                  data-testid={`requirement-${p.name}`}
                >
                  <th scope="row" className="py-1 pr-2 text-left font-normal">
                    <span className="font-mono">
                      {p.name}
                      {p.specifier}
                    </span>{" "}
                    <span className="muted">({p.line})</span>
                  </th>
                  <td className="py-1 pr-2">{p.releases}</td>
                  {columns.map((c) => {
                    const verdict = VERDICT[p.verdicts[c.libc][c.arch]];
                    return (
                      <td key={`${c.libc}-${c.arch}`} className="py-1 pr-2">
                        <span
                          className={`rounded px-1.5 py-0.5 text-xs whitespace-nowrap ${verdict.className}`}
                        >
                          {verdict.label}
                        </span>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {analysis.errors.length > 0 && (
        <div>
          <h3 className="text-sm font-semibold">Lines that could not be read</h3>
          <ul className="list-disc pl-5 text-sm">
            {analysis.errors.map((e) => (
              <li key={`${e.line}:${e.message}`}>
                {e.line > 0 ? `Line ${e.line}: ` : ""}
                {e.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {analysis.unchecked.length > 0 && (
        <div>
          <h3 className="text-sm font-semibold">Not checked</h3>
          <ul className="list-disc pl-5 text-sm">
            {analysis.unchecked.map((u) => (
              <li key={`${u.line}:${u.text}`}>
                Line {u.line}: <span className="font-mono">{u.text}</span>: {u.why}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
