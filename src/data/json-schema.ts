/** matrix.schema.json: a JSON Schema of the exported matrix, generated from the Zod schemas. */
import { z } from "zod";
import { matrixSchema } from "./schema.ts";

export function matrixJsonSchema(): string {
  const schema = z.toJSONSchema(matrixSchema, { target: "draft-2020-12", unrepresentable: "any" });
  return `${JSON.stringify({ ...schema, title: "Base Image Advisor matrix", $id: "matrix.schema.json" }, null, 2)}\n`;
}
