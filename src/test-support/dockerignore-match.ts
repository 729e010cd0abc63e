/**
 * Which paths of a build context a .dockerignore keeps out, following Docker's rules: patterns are
 * matched from the context root with Go's filepath.Match syntax plus `**` for any number of
 * directories, a match on a directory excludes everything under it, later lines win and `!` lines
 * re-include (docs.docker.com/build/concepts/context/#dockerignore-files).
 */

function toRegExp(pattern: string): RegExp {
  let source = "";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] as string;
    if (ch === "*" && pattern[i + 1] === "*") {
      // "**/" matches zero or more directories; a trailing "**" matches everything below.
      if (pattern[i + 2] === "/") {
        source += "(?:.*/)?";
        i += 2;
      } else {
        source += ".*";
        i += 1;
      }
    } else if (ch === "*") source += "[^/]*";
    else if (ch === "?") source += "[^/]";
    else if (ch === "[") {
      const end = pattern.indexOf("]", i);
      source += pattern.slice(i, end + 1).replace(/^\[!/, "[^");
      i = end;
    } else source += ch.replace(/[.+^${}()|\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`);
}

/** The .dockerignore's rules, in order, ready to test paths against. */
export function dockerignoreRules(text: string): { exclude: boolean; test: RegExp }[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"))
    .map((line) => {
      const exclude = !line.startsWith("!");
      const pattern = (exclude ? line : line.slice(1)).replace(/^\/+/, "").replace(/\/+$/, "");
      return { exclude, test: toRegExp(pattern) };
    });
}

/** True when `path` (relative to the context root, "/"-separated) stays out of the context. */
export function isIgnored(text: string, path: string): boolean {
  const parts = path.split("/");
  const prefixes = parts.map((_, i) => parts.slice(0, i + 1).join("/"));
  let ignored = false;
  for (const rule of dockerignoreRules(text)) {
    if (prefixes.some((p) => rule.test.test(p))) ignored = rule.exclude;
  }
  return ignored;
}
