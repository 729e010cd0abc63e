/**
 * What a pasted pyproject.toml says about the project itself, as opposed to its dependencies (see
 * requirements/parse.ts): its console scripts, whether it declares a build system, Poetry's
 * `package-mode` and uv's `[tool.uv] package`, and its readme. Reads the subset of TOML these keys
 * are written in (section headers, `key = value` lines, inline tables for scripts); never throws.
 */

import { splitLines, stripComment } from "./requirements/lines.ts";
export type PyprojectFacts = {
  /** Console scripts from [project.scripts] and [tool.poetry.scripts], in file order. */
  scripts: string[];
  /** True when a [build-system] table is present. */
  buildSystem: boolean;
  /** Poetry's `package-mode` (tool.poetry), when set. */
  poetryPackageMode: boolean | undefined;
  /** True when [tool.poetry] lists `packages` to install. */
  poetryPackages: boolean;
  /** uv's `package` (tool.uv), when set. */
  uvPackage: boolean | undefined;
  /** The declared readme file, when it is a plain string. */
  readme: string | undefined;
};

const HEADER = /^\[([^\]]+)\]$/;
const KEY = /^([A-Za-z0-9_.-]+|"[^"]+")\s*=\s*(.*)$/;

function bool(value: string): boolean | undefined {
  return value === "true" ? true : value === "false" ? false : undefined;
}

/** Keys of an inline table such as { a = "a:main", "b-c" = "b:main" }. */
function inlineKeys(value: string): string[] {
  const body = /^\{(.*)\}$/.exec(value)?.[1] ?? "";
  return [...body.matchAll(/(?:^|,)\s*("[^"]+"|[A-Za-z0-9_.-]+)\s*=/g)].map((m) =>
    (m[1] as string).replace(/^"|"$/g, ""),
  );
}

/** The project facts of a pyproject.toml, or undefined when the text is not one. */
export function readPyproject(text: string): PyprojectFacts | undefined {
  if (typeof text !== "string") return undefined;
  // One linear pass per line, as the requirements parser reads them (a backtracking comment
  // pattern took 30 s on " #" repeated; the adversarial inputs of src/test-support/).
  const lines = splitLines(text).map((l) => stripComment(l).trim());
  if (!lines.some((l) => /^\[(project|tool\.[^\]]+|build-system)\]$/.test(l))) return undefined;
  const facts: PyprojectFacts = {
    scripts: [],
    buildSystem: false,
    poetryPackageMode: undefined,
    poetryPackages: false,
    uvPackage: undefined,
    readme: undefined,
  };
  let section = "";
  for (const line of lines) {
    const header = HEADER.exec(line);
    if (header) {
      section = (header[1] as string).trim();
      if (section === "build-system") facts.buildSystem = true;
      continue;
    }
    const entry = KEY.exec(line);
    if (!entry) continue;
    const key = (entry[1] as string).replace(/^"|"$/g, "");
    const value = (entry[2] as string).trim();
    if (section === "project.scripts" || section === "tool.poetry.scripts") facts.scripts.push(key);
    else if ((section === "project" || section === "tool.poetry") && key === "scripts")
      facts.scripts.push(...inlineKeys(value));
    if ((section === "project" || section === "tool.poetry") && key === "readme") {
      const readme = /^"([^"]+)"$/.exec(value)?.[1];
      if (readme) facts.readme = readme;
    }
    if (section === "tool.poetry" && key === "package-mode") facts.poetryPackageMode = bool(value);
    if (section === "tool.poetry" && key === "packages") facts.poetryPackages = true;
    if (section === "tool.uv" && key === "package") facts.uvPackage = bool(value);
  }
  return facts;
}
