import { Fragment, type ReactNode, useEffect, useId, useMemo, useState } from "react";
import { defaultMatrix } from "../../src/default-matrix.ts";
import {
  type MatrixRow,
  matrixRows,
  matrixToCsv,
  matrixToJson,
  matrixToMarkdown,
} from "../../src/exports.ts";
import { viewMatrixRows } from "../../src/matrix-sort.ts";
import {
  MATRIX_FILTERS,
  type MatrixFilter,
  type MatrixView,
  sortsDescendingFirst,
} from "../../src/matrix-view.ts";
import { downloadText } from "../download.ts";
import { SourceLink } from "./SourceLink.tsx";

const EXPORTS = [
  { label: "Markdown", file: "matrix.md", type: "text/markdown", write: matrixToMarkdown },
  { label: "CSV", file: "matrix.csv", type: "text/csv", write: matrixToCsv },
  { label: "JSON", file: "matrix.json", type: "application/json", write: matrixToJson },
] as const;
const CRITERIA = defaultMatrix.criteria;
const FILTER_LABELS: Record<MatrixFilter, string> = {
  supported: "Hide end of life",
  glibc: "Only glibc",
  shell: "Only with a shell",
  public: "No login needed",
};

/**
 * Score colours, 1 (worst) to 5 (best), as caniuse colours its support tables: the number is
 * always there too, so the colour never carries the score alone. light-dark() follows the page's
 * colour scheme (the system's, or the theme an embed pins), and as an inline style it costs the
 * first download's stylesheet nothing. Tailwind's 100-300/950 (light) and 700-900/50 (dark) shades.
 */
const SCORE_COLOURS: Record<number, [background: string, text: string]> = {
  1: ["light-dark(#fecaca, #7f1d1d)", "light-dark(#450a0a, #fef2f2)"],
  2: ["light-dark(#fed7aa, #9a3412)", "light-dark(#431407, #fff7ed)"],
  3: ["light-dark(#fef3c7, #a16207)", "light-dark(#451a03, #fefce8)"],
  4: ["light-dark(#d9f99d, #4d7c0f)", "light-dark(#1a2e05, #f7fee7)"],
  5: ["light-dark(#6ee7b7, #047857)", "light-dark(#022c22, #ecfdf5)"],
};
/** Cells are set apart by the page's own background, as caniuse's are. */
const CELL_GAP = "2px solid light-dark(#f8fafc, #020617)";

function scoreStyle(score: number | undefined) {
  const [backgroundColor, color] = SCORE_COLOURS[score ?? 0] ?? ["transparent", "inherit"];
  return { backgroundColor, color, border: CELL_GAP, minWidth: "2.5rem" };
}

function host(url: string): string {
  return new URL(url).hostname.replace(/^www\./, "");
}

/** "3.10–3.15" for a run of versions; the full list is the cell's title. */
function pythonRange(python: string): string {
  const versions = python.split(" ");
  return versions.length > 2
    ? `${versions[0]}–${versions[versions.length - 1]}`
    : versions.join(", ");
}

function SortHeader({
  sortKey,
  label,
  view,
  onViewChange,
  className = "",
  vertical = false,
}: {
  sortKey: string;
  label: string;
  view: MatrixView;
  onViewChange: (view: MatrixView) => void;
  className?: string;
  /** The criterion headers stand on end, so the score columns stay narrow (five fit 360 px). */
  vertical?: boolean;
}) {
  const active = view.sort === sortKey;
  const arrow = active ? (view.descending ? "▼" : "▲") : "↕";
  return (
    <th
      scope="col"
      aria-sort={active ? (view.descending ? "descending" : "ascending") : "none"}
      className={`px-1.5 py-1.5 align-bottom ${className}`}
    >
      <button
        type="button"
        className={`inline-flex items-center gap-1 rounded font-semibold underline-offset-2 hover:underline ${vertical ? "[writing-mode:vertical-rl]" : ""}`}
        onClick={() =>
          onViewChange({
            ...view,
            sort: sortKey,
            descending: active ? !view.descending : sortsDescendingFirst(sortKey),
          })
        }
      >
        {label}
        <span aria-hidden="true" className={active ? "" : "muted"}>
          {arrow}
        </span>
      </button>
    </th>
  );
}

/** What a row hides until asked: the rationale for each score, the platforms, access and sources. */
function RowDetails({ row }: { row: MatrixRow }) {
  return (
    <div className="grid gap-3 p-2 text-xs md:grid-cols-2">
      <ul className="space-y-1">
        {CRITERIA.map((c) => (
          <li key={c.id}>
            <strong>
              {c.label} {row.scores[c.id]?.score ?? "?"}/5:
            </strong>{" "}
            {row.scores[c.id]?.rationale}
          </li>
        ))}
      </ul>
      <div className="space-y-1">
        <p>
          <strong>Python:</strong> {row.python}
        </p>
        <p>
          <strong>Architectures:</strong> {row.architectures}
        </p>
        <p>
          <strong>Security updates until:</strong> {row.securityUpdatesUntil}
          <span className="block muted">{row.securityUpdatesBasis}</span>
        </p>
        <p>
          <strong>Access:</strong> {row.login === "yes" ? "Login needed. " : ""}
          {row.access}
        </p>
        <p>
          <strong>Sources</strong>
        </p>
        <ul className="space-y-1">
          {row.sources.map((s) => (
            <li key={s.id}>
              <a className="link" href={s.url} rel="noreferrer" target="_blank">
                {s.title}
              </a>{" "}
              <span className="muted">
                ({host(s.url)}, read {s.read})
              </span>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/**
 * Every candidate against every criterion, compact enough for 1280 px and a 720 px docs frame:
 * coloured 1-5 score cells, the facts that decide most choices, and the rest on demand per row.
 * Sorts and filters through `view` (kept in the link by the page); exports as Markdown, CSV, JSON.
 */
export function MatrixTable({
  highlight,
  view,
  onViewChange,
  pythonVersion,
  toolbar,
}: {
  highlight?: string | undefined;
  view: MatrixView;
  onViewChange: (view: MatrixView) => void;
  /** The references are shown for this Python where an image offers it, else for its newest. */
  pythonVersion: string;
  /** More buttons for the toolbar (the page's Embed dialog). */
  toolbar?: ReactNode;
}) {
  const all = useMemo(() => matrixRows(defaultMatrix, { pythonVersion }), [pythonVersion]);
  const rows = useMemo(() => viewMatrixRows(all, view), [all, view]);
  const [open, setOpen] = useState<ReadonlySet<string>>(
    () => new Set(highlight ? [highlight] : []),
  );
  const baseId = useId();
  const toggle = (id: string) => {
    const next = new Set(open);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setOpen(next);
  };
  // "See in the matrix" opens here: bring the highlighted row into view and give it focus.
  useEffect(() => {
    if (!highlight) return;
    const button = document.getElementById(`${baseId}-toggle-${highlight}`);
    button?.closest("tr")?.scrollIntoView({ block: "center" });
    button?.focus({ preventScroll: true });
  }, [highlight, baseId]);
  const setFilter = (filter: MatrixFilter, on: boolean) =>
    onViewChange({
      ...view,
      filters: MATRIX_FILTERS.filter((f) => (f === filter ? on : view.filters.includes(f))),
    });
  const header = (key: string, label: string, className = "", vertical = false) => (
    <SortHeader
      key={key}
      sortKey={key}
      label={label}
      view={view}
      onViewChange={onViewChange}
      className={className}
      vertical={vertical}
    />
  );
  // The candidate, the criteria, then size, libc and shell, Python, and the end of fixes.
  const columns = 1 + CRITERIA.length + 4;
  return (
    <section aria-label="Base image matrix" className="space-y-3">
      <div className="flex flex-wrap items-center gap-x-5 gap-y-2">
        {MATRIX_FILTERS.map((filter) => (
          <label key={filter} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={view.filters.includes(filter)}
              onChange={(e) => setFilter(filter, e.target.checked)}
              className="size-4 accent-teal-700"
            />
            {FILTER_LABELS[filter]}
          </label>
        ))}
        <span className="text-sm muted" aria-live="polite">
          {rows.length} of {all.length} candidates
        </span>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        {EXPORTS.map(({ label, file, type, write }) => (
          <button
            key={file}
            type="button"
            className="btn"
            onClick={() => downloadText(file, write(defaultMatrix), type)}
          >
            Download {label}
          </button>
        ))}
        {toolbar}
      </div>
      <section
        // biome-ignore lint/a11y/noNoninteractiveTabindex: should a narrow screen make it scroll, a scrollable region must be reachable by keyboard (axe: scrollable-region-focusable).
        tabIndex={0}
        aria-label="Matrix table"
        className="overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-700"
      >
        <table className="w-full text-sm" style={{ borderCollapse: "collapse" }}>
          <caption className="px-2 py-1.5 text-left text-xs muted">
            Scores from 1 (worst) to 5 (best), data {defaultMatrix.dataVersion}. References for
            Python {pythonVersion} where the image offers it, else its newest. Open a candidate for
            the reasons and sources.
          </caption>
          <thead className="bg-slate-100 dark:bg-slate-800">
            <tr>
              {/* The candidate column takes the slack; the others keep to their content. */}
              {header("name", "Candidate", "w-full text-left")}
              {CRITERIA.map((c) => header(c.id, c.label, "text-center", true))}
              {header("size", "Base size", "hidden text-right whitespace-nowrap sm:table-cell")}
              <th
                scope="col"
                className="hidden px-1.5 py-1.5 text-left align-bottom whitespace-nowrap sm:table-cell"
              >
                libc · shell
              </th>
              <th scope="col" className="hidden px-1.5 py-1.5 text-left align-bottom md:table-cell">
                Python
              </th>
              {header("eol", "Fixes until", "hidden text-left whitespace-nowrap sm:table-cell")}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const isOpen = open.has(r.id);
              const current = r.id === highlight;
              return (
                <Fragment key={r.id}>
                  <tr
                    data-testid={`matrix-row-${r.id}`}
                    aria-current={current ? "true" : undefined}
                    className={`border-t border-slate-200 dark:border-slate-700 ${current ? "bg-teal-50 outline-2 -outline-offset-2 outline-teal-700 dark:bg-teal-950" : ""}`}
                  >
                    <th scope="row" className="px-1.5 py-1 text-left font-normal">
                      <button
                        id={`${baseId}-toggle-${r.id}`}
                        type="button"
                        aria-expanded={isOpen}
                        aria-controls={`${baseId}-details-${r.id}`}
                        onClick={() => toggle(r.id)}
                        className="flex w-full items-start gap-1 rounded text-left hover:underline"
                      >
                        <span aria-hidden="true" className="text-xs muted">
                          {isOpen ? "▼" : "▶"}
                        </span>
                        <span className="min-w-0">
                          <span className="font-medium">{r.name}</span>
                          {r.status === "end-of-life" && (
                            <span className="ml-1 rounded bg-red-100 px-1 text-xs whitespace-nowrap text-red-800 dark:bg-red-950 dark:text-red-200">
                              end of life
                            </span>
                          )}
                          <span className="block font-mono text-xs wrap-anywhere muted">
                            {r.reference}
                          </span>
                        </span>
                      </button>
                    </th>
                    {CRITERIA.map((c) => {
                      const score = r.scores[c.id];
                      return (
                        <td
                          key={c.id}
                          title={
                            score ? `${c.label} ${score.score}/5: ${score.rationale}` : undefined
                          }
                          className="text-center font-semibold tabular-nums"
                          style={scoreStyle(score?.score)}
                        >
                          {score?.score ?? "?"}
                          <span className="sr-only"> of 5</span>
                        </td>
                      );
                    })}
                    <td className="hidden px-1.5 py-1 text-right whitespace-nowrap tabular-nums sm:table-cell">
                      {r.sizeMb === "unknown"
                        ? "unknown"
                        : `${r.sizeMb.replace(/ \(estimate\)$/, "")} MB`}
                      {r.sizeMb.endsWith("(estimate)") && (
                        <span className="block text-xs muted">estimate</span>
                      )}
                    </td>
                    <td className="hidden px-1.5 py-1 whitespace-nowrap sm:table-cell">
                      {r.libc} ·{" "}
                      {r.shell === "yes" ? "shell" : r.shell === "no" ? "no shell" : "unknown"}
                    </td>
                    <td
                      className="hidden px-1.5 py-1 whitespace-nowrap md:table-cell"
                      title={r.python}
                    >
                      {pythonRange(r.python)}
                    </td>
                    <td className="hidden px-1.5 py-1 whitespace-nowrap tabular-nums sm:table-cell">
                      {/* As with sizes: the date on one line, "estimate" under it, so the column stays narrow. */}
                      {r.securityUpdatesUntil.replace(/ \(estimate\)$/, "")}
                      {r.securityUpdatesUntil.endsWith("(estimate)") && (
                        <span className="block text-xs muted">estimate</span>
                      )}
                    </td>
                  </tr>
                  <tr
                    id={`${baseId}-details-${r.id}`}
                    hidden={!isOpen}
                    className="bg-slate-100 dark:bg-slate-900"
                  >
                    <td colSpan={columns}>{isOpen && <RowDetails row={r} />}</td>
                  </tr>
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </section>
      <MatrixNotes />
    </section>
  );
}

/** The matrix's own notes (such as why a well-known image is not a candidate), with sources. */
function MatrixNotes() {
  const notes = defaultMatrix.notes ?? [];
  if (notes.length === 0) return null;
  return (
    <section aria-label="Notes on the matrix" className="space-y-1 text-sm">
      <h3 className="font-semibold">Notes</h3>
      <ul className="list-disc space-y-1 pl-5">
        {notes.map((note) => (
          <li key={note.id}>
            <span className="font-semibold">{note.title}.</span> {note.text}{" "}
            <SourceLink source={defaultMatrix.noteSources?.find((s) => s.id === note.source)} />
          </li>
        ))}
      </ul>
    </section>
  );
}
