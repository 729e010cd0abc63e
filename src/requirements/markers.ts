/**
 * PEP 508 environment markers, evaluated for the target Linux container: the Python version is
 * known; the platform is Linux with CPython. Variables the analysis cannot know (platform_machine
 * with two architectures, extra) make the marker "unknown", and the requirement is kept.
 */
import { compareVersions, satisfiesOrder } from "../versions.ts";

export type MarkerEnvironment = { pythonVersion: string };

type Token = { kind: "string" | "name" | "op" | "paren" | "bool"; text: string };

/**
 * Deepest parenthesis nesting a marker may have. PEP 508 sets none, but real markers nest two or
 * three levels; a bound keeps the recursive evaluation far from the stack limit (20,000 levels
 * once overflowed it and blanked the page).
 */
export const MAX_MARKER_DEPTH = 32;

/** The deepest parenthesis nesting in a marker, not counting parentheses inside quotes. One pass. */
export function markerDepth(marker: string): number {
  let depth = 0;
  let deepest = 0;
  let quote: string | null = null;
  for (const ch of marker) {
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === "(") deepest = Math.max(deepest, ++depth);
    else if (ch === ")") depth = Math.max(0, depth - 1);
  }
  return deepest;
}

const TOKEN =
  /(?:("[^"]*"|'[^']*')|(===|==|!=|~=|<=|>=|<|>|not in|in)|(\(|\))|(and|or)\b|([A-Za-z_.]+))/y;
const SPACE = /\s*/y;

/** The marker's tokens, or undefined when it has something else. Linear in the marker's length. */
function tokenize(marker: string): Token[] | undefined {
  const tokens: Token[] = [];
  let index = 0;
  for (;;) {
    SPACE.lastIndex = index;
    SPACE.exec(marker);
    index = SPACE.lastIndex;
    if (index >= marker.length) break;
    TOKEN.lastIndex = index;
    const m = TOKEN.exec(marker);
    if (!m) return undefined;
    index = TOKEN.lastIndex;
    if (m[1]) tokens.push({ kind: "string", text: m[1].slice(1, -1) });
    else if (m[2]) tokens.push({ kind: "op", text: m[2] });
    else if (m[3]) tokens.push({ kind: "paren", text: m[3] });
    else if (m[4]) tokens.push({ kind: "bool", text: m[4] });
    else if (m[5]) tokens.push({ kind: "name", text: m[5] });
  }
  return tokens;
}

function variable(name: string, env: MarkerEnvironment): string | undefined {
  switch (name) {
    case "python_version":
      return env.pythonVersion;
    case "python_full_version":
      return `${env.pythonVersion}.0`;
    case "sys_platform":
      return "linux";
    case "platform_system":
      return "Linux";
    case "os_name":
      return "posix";
    case "implementation_name":
      return "cpython";
    case "platform_python_implementation":
      return "CPython";
    default:
      return undefined;
  }
}

function compare(left: string, op: string, right: string): boolean {
  const versions = /^\d+(\.\d+)*$/.test(left) && /^\d+(\.\d+)*$/.test(right);
  const c = versions ? compareVersions(left, right) : left < right ? -1 : left > right ? 1 : 0;
  switch (op) {
    case "==":
    case "===":
    case "!=":
    case "<":
    case "<=":
    case ">":
    case ">=":
      return satisfiesOrder(op, c);
    case "~=":
      return c >= 0;
    case "in":
      return right.includes(left);
    case "not in":
      return !right.includes(left);
    default:
      return false;
  }
}

/** true or false when the marker can be decided for the environment; undefined when it cannot. */
export function evaluateMarker(marker: string, env: MarkerEnvironment): boolean | undefined {
  if (markerDepth(marker) > MAX_MARKER_DEPTH) return undefined;
  const tokens = tokenize(marker);
  if (!tokens || tokens.length === 0) return undefined;
  let position = 0;
  const value = (t: Token | undefined): string | undefined | null => {
    if (!t) return null;
    if (t.kind === "string") return t.text;
    if (t.kind === "name") return variable(t.text, env);
    return null;
  };
  // Three-valued logic: undefined means "cannot tell".
  const atom = (): boolean | undefined | null => {
    const t = tokens[position];
    if (t?.kind === "paren" && t.text === "(") {
      position++;
      const inner = or();
      if (tokens[position]?.text !== ")") return null;
      position++;
      return inner;
    }
    const left = value(tokens[position]);
    const op = tokens[position + 1];
    const right = value(tokens[position + 2]);
    if (left === null || right === null || op?.kind !== "op") return null;
    position += 3;
    return left === undefined || right === undefined ? undefined : compare(left, op.text, right);
  };
  const and = (): boolean | undefined | null => {
    let result = atom();
    while (result !== null && tokens[position]?.text === "and") {
      position++;
      const next = atom();
      if (next === null) return null;
      result =
        result === false || next === false
          ? false
          : result === undefined || next === undefined
            ? undefined
            : true;
    }
    return result;
  };
  const or = (): boolean | undefined | null => {
    let result = and();
    while (result !== null && tokens[position]?.text === "or") {
      position++;
      const next = and();
      if (next === null) return null;
      result =
        result === true || next === true
          ? true
          : result === undefined || next === undefined
            ? undefined
            : false;
    }
    return result;
  };
  const result = or();
  return result === null || position !== tokens.length ? undefined : result;
}
