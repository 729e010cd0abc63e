/**
 * Serialises a data/ document the way the repository's formatter (Biome, lineWidth 100 in
 * biome.json) lays it out, so a refresh write passes `npm run format:check` without a formatting
 * pass: objects one key per line, a list of plain values on one line when it fits, else one per line.
 */
const LINE_WIDTH = 100;

function isPlain(value: unknown): boolean {
  return value === null || typeof value !== "object";
}

function layout(value: unknown, indent: string, prefix: string): string {
  if (isPlain(value)) return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    if (value.every(isPlain)) {
      const flat = `[${value.map((v) => JSON.stringify(v)).join(", ")}]`;
      // The line is the indent, the key (prefix) and the list, plus a trailing comma when not last.
      if (indent.length + prefix.length + flat.length + 1 <= LINE_WIDTH) return flat;
    }
    return `[\n${value.map((v) => `${inner}${layout(v, inner, "")}`).join(",\n")}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return "{}";
  const lines = entries.map(([key, v]) => {
    const head = `${JSON.stringify(key)}: `;
    return `${inner}${head}${layout(v, inner, head)}`;
  });
  return `{\n${lines.join(",\n")}\n${indent}}`;
}

/** The file text for a data/ document, ending in a newline. */
export function formatDataJson(dataFile: unknown): string {
  return `${layout(dataFile, "", "")}\n`;
}
