import { useMemo, useState } from "react";
import {
  defaultMatrix,
  type MatrixRow,
  matrixRows,
  matrixToCsv,
  matrixToJson,
  matrixToMarkdown,
} from "../../src/index.ts";
import { downloadText } from "../download.ts";
import { SourceLink } from "./SourceLink.tsx";

type SortKey = "name" | "size" | "eol" | string;
type Filters = { hideEndOfLife: boolean; glibcOnly: boolean; shellOnly: boolean; noLogin: boolean };

const ROWS = matrixRows(defaultMatrix);
const EXPORTS = [
  { label: "Markdown", file: "matrix.md", type: "text/markdown", write: matrixToMarkdown },
  { label: "CSV", file: "matrix.csv", type: "text/csv", write: matrixToCsv },
  { label: "JSON", file: "matrix.json", type: "application/json", write: matrixToJson },
] as const;
const CRITERIA = defaultMatrix.criteria;

function sortValue(row: MatrixRow, key: SortKey): string | number {
  if (key === "name") return row.name.toLowerCase();
  if (key === "size")
    return row.sizeMb === "unknown" ? Number.POSITIVE_INFINITY : Number.parseFloat(row.sizeMb);
  if (key === "eol")
    return row.securityUpdatesUntil === "unknown" ? "9999" : row.securityUpdatesUntil;
  return -(row.scores[key]?.score ?? 0);
}

function FilterBox({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange: (v: boolean) => void;
}) {
  return (
    <label className="flex items-center gap-2 text-sm">
      <input
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        className="size-4 accent-teal-700"
      />
      {label}
    </label>
  );
}

/**
 * Every candidate against every criterion, with the facts behind them. Sortable, filterable, and
 * exportable as Markdown, CSV and JSON.
 */
export function MatrixTable({ highlight }: { highlight?: string | undefined }) {
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({
    key: "name",
    descending: false,
  });
  const [filters, setFilters] = useState<Filters>({
    hideEndOfLife: false,
    glibcOnly: false,
    shellOnly: false,
    noLogin: false,
  });
  const rows = useMemo(() => {
    const kept = ROWS.filter(
      (r) =>
        (!filters.hideEndOfLife || r.status !== "end-of-life") &&
        (!filters.glibcOnly || r.libc === "glibc") &&
        (!filters.shellOnly || r.shell === "yes") &&
        (!filters.noLogin || r.login === "no"),
    );
    const direction = sort.descending ? -1 : 1;
    return [...kept].sort((a, b) => {
      const [x, y] = [sortValue(a, sort.key), sortValue(b, sort.key)];
      return x < y ? -direction : x > y ? direction : a.id < b.id ? -1 : 1;
    });
  }, [sort, filters]);
  const header = (key: SortKey, label: string) => {
    const active = sort.key === key;
    return (
      <th
        key={key}
        scope="col"
        aria-sort={active ? (sort.descending ? "descending" : "ascending") : "none"}
        className="px-2 py-2 text-left align-bottom"
      >
        <button
          type="button"
          className="font-semibold underline-offset-2 hover:underline"
          onClick={() => setSort({ key, descending: active ? !sort.descending : false })}
        >
          {label}
          <span aria-hidden="true">{active ? (sort.descending ? " ▼" : " ▲") : ""}</span>
        </button>
      </th>
    );
  };
  const set = (key: keyof Filters) => (value: boolean) => setFilters({ ...filters, [key]: value });
  return (
    <section aria-label="Base image matrix" className="space-y-3">
      <div className="flex flex-wrap items-center gap-x-5 gap-y-2">
        <FilterBox
          label="Hide end of life"
          checked={filters.hideEndOfLife}
          onChange={set("hideEndOfLife")}
        />
        <FilterBox label="Only glibc" checked={filters.glibcOnly} onChange={set("glibcOnly")} />
        <FilterBox
          label="Only with a shell"
          checked={filters.shellOnly}
          onChange={set("shellOnly")}
        />
        <FilterBox label="No login needed" checked={filters.noLogin} onChange={set("noLogin")} />
        <span className="text-sm muted" aria-live="polite">
          {rows.length} of {ROWS.length} candidates
        </span>
      </div>
      <div className="flex flex-wrap gap-2">
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
      </div>
      <section
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (axe: scrollable-region-focusable).
        tabIndex={0}
        aria-label="Matrix table (scrolls sideways)"
        className="overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-700"
      >
        <table className="min-w-[70rem] text-sm">
          <caption className="sr-only">
            Candidates against criteria, data {defaultMatrix.dataVersion}. Scores are 1 to 5.
          </caption>
          <thead className="bg-slate-100 dark:bg-slate-800">
            <tr>
              {header("name", "Candidate")}
              {CRITERIA.map((c) => header(c.id, c.label))}
              {header("size", "Base size")}
              <th scope="col" className="px-2 py-2 text-left align-bottom">
                libc · shell
              </th>
              <th scope="col" className="px-2 py-2 text-left align-bottom">
                Python · architectures
              </th>
              {header("eol", "Security updates until")}
              <th scope="col" className="px-2 py-2 text-left align-bottom">
                Access
              </th>
              <th scope="col" className="px-2 py-2 text-left align-bottom">
                Sources
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr
                key={r.id}
                data-testid={`matrix-row-${r.id}`}
                aria-current={r.id === highlight ? "true" : undefined}
                className={`border-t border-slate-200 align-top dark:border-slate-700 ${r.id === highlight ? "bg-teal-50 outline-2 outline-teal-700 dark:bg-teal-950" : ""}`}
              >
                <th scope="row" className="px-2 py-2 text-left font-normal">
                  <span className="font-semibold">{r.name}</span>
                  {r.status === "end-of-life" && (
                    <span className="ml-1 rounded bg-red-100 px-1 text-xs text-red-800 dark:bg-red-950 dark:text-red-200">
                      end of life
                    </span>
                  )}
                  <span className="block font-mono text-xs muted">{r.reference}</span>
                </th>
                {CRITERIA.map((c) => (
                  <td key={c.id} className="max-w-[12rem] px-2 py-2">
                    <span className="font-semibold tabular-nums">
                      {r.scores[c.id]?.score ?? "?"}/5
                    </span>
                    <span className="block text-xs muted">{r.scores[c.id]?.rationale}</span>
                  </td>
                ))}
                <td className="px-2 py-2 whitespace-nowrap">
                  {r.sizeMb === "unknown" ? "unknown" : `${r.sizeMb} MB`}
                </td>
                <td className="px-2 py-2">
                  {r.libc} ·{" "}
                  {r.shell === "yes" ? "shell" : r.shell === "no" ? "no shell" : "unknown"}
                </td>
                <td className="px-2 py-2">
                  {r.python}
                  <span className="block text-xs muted">{r.architectures}</span>
                </td>
                <td className="max-w-[14rem] px-2 py-2">
                  <span className="whitespace-nowrap">{r.securityUpdatesUntil}</span>
                  <span className="block text-xs muted">{r.securityUpdatesBasis}</span>
                </td>
                <td className="max-w-[14rem] px-2 py-2 text-xs">
                  {r.login === "yes" ? "Login needed. " : ""}
                  {r.access}
                </td>
                <td className="min-w-[12rem] px-2 py-2 text-xs">
                  <ul className="space-y-0.5">
                    {r.sources.map((s) => (
                      <li key={s.id}>
                        {/* The host keeps the row short; the full title is the link's tooltip and accessible name. */}
                        <a
                          className="link"
                          href={s.url}
                          title={s.title}
                          aria-label={`${new URL(s.url).hostname.replace(/^www\./, "")}: ${s.title}`}
                          rel="noreferrer"
                          target="_blank"
                        >
                          {new URL(s.url).hostname.replace(/^www\./, "")}
                        </a>{" "}
                        <span className="muted">({s.read})</span>
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
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
