/**
 * Applies a matrix view (matrix-view.ts) to the matrix rows: the filters, then the sort. Part of
 * the engine chunk, not of the first download.
 */
import type { MatrixRow } from "./exports.ts";
import type { MatrixFilter, MatrixView } from "./matrix-view.ts";

const KEEPS: Record<MatrixFilter, (row: MatrixRow) => boolean> = {
  supported: (row) => row.status !== "end-of-life",
  glibc: (row) => row.libc === "glibc",
  shell: (row) => row.shell === "yes",
  public: (row) => row.login === "no",
};

/** The value a row sorts by; unknown sizes and dates sort last whichever the direction. */
function sortValue(row: MatrixRow, key: string): string | number | undefined {
  if (key === "name") return row.name.toLowerCase();
  if (key === "size") return row.sizeMb === "unknown" ? undefined : Number.parseFloat(row.sizeMb);
  if (key === "eol")
    return row.securityUpdatesUntil === "unknown" ? undefined : row.securityUpdatesUntil;
  return row.scores[key]?.score;
}

/** The rows the view keeps, in its order; ties (and unknowns among themselves) by id. */
export function viewMatrixRows(rows: readonly MatrixRow[], view: MatrixView): MatrixRow[] {
  const kept = rows.filter((row) => view.filters.every((f) => KEEPS[f](row)));
  const direction = view.descending ? -1 : 1;
  return kept.sort((a, b) => {
    const [x, y] = [sortValue(a, view.sort), sortValue(b, view.sort)];
    if (x !== y) {
      if (x === undefined) return 1;
      if (y === undefined) return -1;
      return x < y ? -direction : direction;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}
