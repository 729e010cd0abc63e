import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { matrixJsonSchema } from "./data/json-schema.ts";
import { defaultMatrix } from "./default-matrix.ts";
import { matrixRows, matrixToCsv, matrixToJson, matrixToMarkdown } from "./exports.ts";

/** A small RFC 4180 reader, enough to check what the exporter writes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += ch;
  }
  return rows;
}

describe("matrix exports", () => {
  it("CSV: one row per candidate under one header, every row the same width", () => {
    const [head, ...rows] = parseCsv(matrixToCsv(defaultMatrix));
    expect(rows).toHaveLength(defaultMatrix.images.length);
    expect(rows.map((r) => r[0])).toEqual(defaultMatrix.images.map((i) => i.id));
    for (const row of rows) expect(row).toHaveLength(head?.length ?? 0);
  });

  it("Markdown: a table row per candidate, with pipes escaped", () => {
    const markdown = matrixToMarkdown(defaultMatrix);
    const tableRows = markdown
      .split("\n")
      .filter((l) => l.startsWith("| ") && !l.startsWith("| ---") && !l.startsWith("| Image"));
    expect(tableRows).toHaveLength(defaultMatrix.images.length);
    const columns = (line: string) => line.split(/(?<!\\)\|/).length;
    expect(new Set(tableRows.map(columns)).size).toBe(1);
  });

  // Compiling the JSON Schema and validating every fact of the matrix: a bulk test.
  it("JSON: the whole matrix with its data version, valid against matrix.schema.json", {
    timeout: 30_000,
  }, () => {
    const json = JSON.parse(matrixToJson(defaultMatrix));
    expect(json.dataVersion).toBe(defaultMatrix.dataVersion);
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(
      JSON.parse(matrixJsonSchema()),
    );
    expect(validate(json), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(validate({ ...json, images: [{ id: "x" }] })).toBe(false);
  });

  it("rows for a person fill in the Python of the reference: the one asked where offered, else the newest", () => {
    const byId = (rows: ReturnType<typeof matrixRows>, id: string) => rows.find((r) => r.id === id);
    expect(byId(matrixRows(defaultMatrix), "python-slim")?.reference).toBe(
      "python:{python}-slim-trixie",
    );
    const filled = matrixRows(defaultMatrix, { pythonVersion: "3.12" });
    expect(byId(filled, "python-slim")?.reference).toBe("python:3.12-slim-trixie");
    expect(byId(filled, "python-3.9-slim")?.reference).toBe("python:3.9-slim-trixie");
    expect(filled.every((r) => !r.reference.includes("{python}"))).toBe(true);
  });
});
