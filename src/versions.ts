/**
 * Release version comparison for the version strings the package data and requirement pins use:
 * dot-separated numbers (PEP 440 release segments). Pre-release and local suffixes are ignored
 * here; the requirements parser reports them as not checked.
 */

/** Negative when a < b, zero when equal (1.0 == 1.0.0), positive when a > b. */
export function compareVersions(a: string, b: string): number {
  const left = a.split(".").map(Number);
  const right = b.split(".").map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const diff = (left[i] ?? 0) - (right[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** The comparison operators of PEP 440 specifiers and PEP 508 markers that order versions. */
export type OrderOperator = "==" | "===" | "!=" | "<" | "<=" | ">" | ">=";

/** Whether `order` (the sign of a comparison, as compareVersions returns) satisfies `operator`. */
export function satisfiesOrder(operator: OrderOperator, order: number): boolean {
  switch (operator) {
    case "==":
    case "===":
      return order === 0;
    case "!=":
      return order !== 0;
    case "<":
      return order < 0;
    case "<=":
      return order <= 0;
    case ">":
      return order > 0;
    case ">=":
      return order >= 0;
  }
}
