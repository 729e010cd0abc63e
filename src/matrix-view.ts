/**
 * How the matrix is sorted and filtered. Links carry it (see permalink.ts), so a shared or
 * embedded matrix opens the way it was left; matrix-sort.ts applies it. Small on purpose: it is
 * part of the page's first download, with the link codec.
 */

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
