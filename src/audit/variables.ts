/**
 * Variable substitution as the Dockerfile reference describes it for FROM, USER, WORKDIR and the
 * like: `$name`, `${name}`, `${name:-word}`, `${name-word}`, `${name:+word}`, `${name+word}`, with
 * the escape character keeping a `$` literal. Other forms (`${name#pattern}`, `${name:?message}`)
 * are left unresolved rather than guessed. Linear in the text; nesting is capped.
 */

/** What a name means at a point in the file: declared (ARG/ENV) or not, and its value if it has one. */
export type Lookup = (name: string) => { declared: boolean; value: string | undefined };

/** The text with its variables replaced, and what could not be. */
export type Expansion = {
  value: string;
  /** Names used that no ARG or ENV declares. */
  undeclared: string[];
  /** Names declared without a value (ARG X): only `--build-arg` can give them one. */
  unset: string[];
  /** False when a form this module does not evaluate was met: `value` is then not to be trusted. */
  complete: boolean;
};

const NAME = /[A-Za-z_][A-Za-z0-9_]*/y;
const MAX_DEPTH = 8;

/** The index of the `}` that closes the `${` whose body starts at `from`, or -1. */
function closingBrace(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === "{") depth++;
    else if (ch === "}" && --depth === 0) return i;
  }
  return -1;
}

/** Replaces the variables in `text` as `lookup` gives them; never throws. */
export function expandVariables(text: string, lookup: Lookup, escapeChar = "\\"): Expansion {
  const result: Expansion = { value: "", undeclared: [], unset: [], complete: true };
  expandInto(text, lookup, escapeChar, result, 0);
  return result;
}

function expandInto(
  text: string,
  lookup: Lookup,
  escapeChar: string,
  out: Expansion,
  depth: number,
): void {
  if (depth > MAX_DEPTH) {
    out.complete = false;
    return;
  }
  const note = (name: string, entry: ReturnType<Lookup>) => {
    if (!entry.declared && !out.undeclared.includes(name)) out.undeclared.push(name);
    else if (entry.declared && entry.value === undefined && !out.unset.includes(name))
      out.unset.push(name);
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === escapeChar && text[i + 1] === "$") {
      out.value += "$";
      i++;
      continue;
    }
    if (ch !== "$") {
      out.value += ch;
      continue;
    }
    if (text[i + 1] === "{") {
      const end = closingBrace(text, i + 2);
      if (end === -1) {
        out.complete = false;
        out.value += text.slice(i);
        return;
      }
      const body = text.slice(i + 2, end);
      NAME.lastIndex = 0;
      const name = NAME.exec(body)?.[0];
      const rest = name ? body.slice(name.length) : body;
      i = end;
      if (!name) {
        out.complete = false;
        continue;
      }
      const entry = lookup(name);
      const set = entry.value !== undefined;
      const nonEmpty = set && entry.value !== "";
      if (rest === "") {
        note(name, entry);
        out.value += entry.value ?? "";
      } else if (rest.startsWith(":-") || rest.startsWith("-")) {
        const useDefault = rest.startsWith(":-") ? !nonEmpty : !set;
        if (useDefault)
          expandInto(rest.slice(rest.startsWith(":-") ? 2 : 1), lookup, escapeChar, out, depth + 1);
        else out.value += entry.value ?? "";
      } else if (rest.startsWith(":+") || rest.startsWith("+")) {
        const useWord = rest.startsWith(":+") ? nonEmpty : set;
        if (useWord)
          expandInto(rest.slice(rest.startsWith(":+") ? 2 : 1), lookup, escapeChar, out, depth + 1);
      } else {
        out.complete = false;
      }
      continue;
    }
    NAME.lastIndex = i + 1;
    const name = NAME.exec(text)?.[0];
    if (!name) {
      out.value += "$";
      continue;
    }
    const entry = lookup(name);
    note(name, entry);
    out.value += entry.value ?? "";
    i += name.length;
  }
}
