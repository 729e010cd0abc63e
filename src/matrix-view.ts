/**
 * How the matrix is sorted and filtered. Links carry it (see permalink.ts), so a shared or
 * embedded matrix opens the way it was left; the matrix view and its embed apply it with
 * `viewMatrixRows`. Small on purpose: it is part of the page's first download.
 */
import type { MatrixRow } from "./exports.ts";

/**
 * The filters, each keeping the rows it names: supported (not end of life), glibc, a shell in the
 * runtime image, public (no registry login).
 */
export const MATRIX_FILTERS = ["supported", "glibc", "shell", "public"] as const;
export type MatrixFilter = (typeof MATRIX_FILTERS)[number];

/** Columns the matrix sorts by besides the criteria (whose ids are sort keys too). */
export const MATRIX_SORT_COLUMNS = ["name", "size", "eol"] as const;

export type MatrixView = {
  /** "name", "size", "eol" or a criterion id. */
  sort: string;
  descending: boolean;
  /** In MATRIX_FILTERS order, no duplicates. */
  filters: MatrixFilter[];
};

export const defaultMatrixView: Readonly<MatrixView> = Object.freeze({
  sort: "name",
  descending: false,
  filters: [],
}) as Readonly<MatrixView>;

/**
 * The direction a column sorts in first: best first. Names A to Z and sizes smallest first
 * (ascending); security support longest first and criterion scores 5 to 1 (descending).
 */
export function sortsDescendingFirst(key: string): boolean {
  return key !== "name" && key !== "size";
}

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
