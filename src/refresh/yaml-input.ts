/**
 * YAML for the refresh's upstream files: endoflife.date's product front matter and the hardened
 * image catalog's definitions. Parsed by the `yaml` package (YAML 1.2, no dependencies) with the
 * failsafe schema, so every scalar stays the string that was written: `releaseCycle: 3.10` cannot
 * turn into the number 3.1, and a date stays YYYY-MM-DD text. Duplicate keys are errors. Each
 * reader then checks the shape it needs and interprets booleans and dates itself.
 */
import { parseDocument } from "yaml";
import { UpstreamFormatError } from "./upstream-error.ts";

/** The YAML document in `text` as plain data (strings, arrays, objects). */
export function parseYaml(file: string, text: string): unknown {
  const dataFile = parseDocument(text, {
    schema: "failsafe",
    uniqueKeys: true,
    prettyErrors: true,
  });
  const [error] = dataFile.errors;
  if (error) {
    const where = error.linePos ? `line ${error.linePos[0].line}: ` : "";
    const what = error.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "");
    throw new UpstreamFormatError(file, `not valid YAML: ${where}${what}`);
  }
  return dataFile.toJS();
}

/**
 * The YAML front matter of a Markdown page (Jekyll's convention, which endoflife.date's products/*.md
 * follow): the text between a first line `---` and the next line `---`.
 */
export function frontMatter(file: string, text: string): unknown {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  if (lines[0]?.trim() !== "---")
    throw new UpstreamFormatError(file, "expected YAML front matter starting with a line ---");
  const end = lines.findIndex((line, i) => i > 0 && line.trim() === "---");
  if (end < 0) throw new UpstreamFormatError(file, "the front matter has no closing line ---");
  // The opening --- becomes an empty line, so YAML errors give the line number in the page itself.
  return parseYaml(file, ["", ...lines.slice(1, end)].join("\n"));
}
