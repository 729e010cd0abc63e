/**
 * Does a Python minor satisfy a file's `requires-python` (a PEP 440 specifier set such as
 * ">=3.9" or ">=3.8,!=3.9.*,<3.14")? A minor counts when some release of it does, so ">=3.9.2"
 * admits 3.9. Patch levels are tried at the edges the specifier names, which is exact for the
 * comparison operators; pre-release and local suffixes are not followed (the specifier is then
 * reported as unreadable, and the caller keeps the wheel tags' answer).
 */
import { compareVersions, type OrderOperator, satisfiesOrder } from "../versions.ts";

type Clause = { op: string; version: string; wildcard: boolean };

function parse(spec: string): Clause[] | undefined {
  const clauses: Clause[] = [];
  for (const part of spec.split(",")) {
    const m = /^\s*(===|==|!=|~=|<=|>=|<|>)\s*(\d+(?:\.\d+)*)(\.\*)?\s*$/.exec(part);
    if (!m?.[1] || !m[2]) return part.trim() === "" && spec.trim() === "" ? [] : undefined;
    if (m[3] && m[1] !== "==" && m[1] !== "!=") return undefined;
    clauses.push({ op: m[1], version: m[2], wildcard: m[3] !== undefined });
  }
  return clauses;
}

function holds(version: string, { op, version: bound, wildcard }: Clause): boolean {
  if (wildcard) {
    const prefix = bound.split(".");
    const same = prefix.every((p, i) => Number(version.split(".")[i] ?? 0) === Number(p));
    return op === "==" ? same : !same;
  }
  const order = compareVersions(version, bound);
  if (op !== "~=") return satisfiesOrder(op as OrderOperator, order);
  // ~=X.Y.Z means >=X.Y.Z and ==X.Y.*
  const prefix = bound.split(".").slice(0, -1).join(".");
  return order >= 0 && holds(version, { op: "==", version: prefix, wildcard: true });
}

/** true or false for `minor` ("3.12") against `spec`; undefined when the specifier cannot be read. */
export function minorSatisfies(spec: string, minor: string): boolean | undefined {
  const clauses = parse(spec);
  if (!clauses) return undefined;
  const patches = new Set([0, 999]);
  for (const { version } of clauses) {
    const [major, min, patch] = version.split(".").map(Number);
    if (`${major}.${min}` === minor && patch !== undefined) {
      patches.add(patch);
      patches.add(patch + 1);
      if (patch > 0) patches.add(patch - 1);
    }
  }
  return [...patches].some((p) => clauses.every((clause) => holds(`${minor}.${p}`, clause)));
}
