/**
 * endoflife.date release cycles, from either of its two native forms:
 * - the product pages' YAML front matter (endoflife-date/endoflife.date, products/<product>.md),
 *   where a date field holds a date, or `true`/`false` when the end has passed or is not set;
 * - the API v1 JSON (https://endoflife.date/docs/api/v1/, /api/v1/products/<product>), where the
 *   same facts are `eolFrom` (a date or null) beside `isEol`, and so on for eoas, eoes and lts.
 * Both become the same cycles, so the comparison does not care where they came from.
 */
import { z } from "zod";
import { isoDate } from "../data/schema.ts";
import { checkShape, parseJsonFile } from "./upstream-error.ts";
import { frontMatter } from "./yaml-input.ts";

/** A date, `true` (the end has come; no date given) or `false` (not ended; no date set). */
export type DateOrFlag = string | boolean;

/** One release cycle. Absent fields mean the product does not track that phase. */
export type Cycle = {
  /** The cycle's name as endoflife.date writes it: "3.13", "13", "24.04". */
  cycle: string;
  releaseDate?: string;
  /** End of active support. */
  eoas?: DateOrFlag;
  /** End of life: the product's own meaning (endoflife.date's column label says which). */
  eol?: DateOrFlag;
  /** End of extended support (Debian LTS, Ubuntu ESM, RHEL ELS). */
  eoes?: DateOrFlag;
};

/** One endoflife.date product and its cycles. */
export type Product = {
  /** The product id: the page's file name, or the API's `name`. */
  product: string;
  cycles: Cycle[];
  /** The day the API generated the answer (API form only): a date read from the snapshot itself. */
  generated?: string;
};

const flagText = z.union([isoDate, z.enum(["true", "false"])], {
  error: "expected a date YYYY-MM-DD, true or false",
});
const frontMatterSchema = z.looseObject({
  releases: z
    .array(
      z.looseObject({
        releaseCycle: z.string().min(1, "expected the cycle's name"),
        releaseDate: isoDate.optional(),
        eoas: flagText.optional(),
        eol: flagText.optional(),
        eoes: flagText.optional(),
      }),
    )
    .min(1, "expected at least one release"),
});

function flag(text: string | undefined): DateOrFlag | undefined {
  if (text === undefined) return undefined;
  return text === "true" ? true : text === "false" ? false : text;
}

function withoutUndefined(cycle: Cycle): Cycle {
  return Object.fromEntries(Object.entries(cycle).filter(([, v]) => v !== undefined)) as Cycle;
}

/** Reads `products/<product>.md` (its front matter). */
export function parseProductPage(file: string, text: string): Product {
  const product = file.replace(/^.*\//, "").replace(/\.md$/, "");
  const data = checkShape(file, frontMatterSchema, frontMatter(file, text));
  return {
    product,
    cycles: data.releases.map((r) =>
      withoutUndefined({
        cycle: r.releaseCycle,
        releaseDate: r.releaseDate,
        eoas: flag(r.eoas),
        eol: flag(r.eol),
        eoes: flag(r.eoes),
      }),
    ),
  };
}

const nullableDate = isoDate.nullable().optional();
const apiSchema = z.looseObject({
  schema_version: z.string().regex(/^1\./, "expected API schema version 1.x"),
  generated_at: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T/, "expected an ISO timestamp")
    .optional(),
  result: z.looseObject({
    name: z.string().min(1),
    releases: z
      .array(
        z.looseObject({
          name: z.string().min(1),
          releaseDate: nullableDate,
          isEoas: z.boolean().optional(),
          eoasFrom: nullableDate,
          isEol: z.boolean(),
          eolFrom: nullableDate,
          isEoes: z.boolean().nullable().optional(),
          eoesFrom: nullableDate,
        }),
      )
      .min(1, "expected at least one release"),
  }),
});

/** The API's pair (isX, xFrom) as one value: the date when there is one, else the flag. */
function apiFlag(is: boolean | null | undefined, from: string | null | undefined) {
  if (from) return from;
  return is === undefined || is === null ? undefined : is;
}

/** Reads an API v1 product answer (`/api/v1/products/<product>`). */
export function parseProductApi(file: string, text: string): Product {
  const data = checkShape(file, apiSchema, parseJsonFile(file, text));
  const product: Product = {
    product: data.result.name,
    cycles: data.result.releases.map((r) =>
      withoutUndefined({
        cycle: r.name,
        releaseDate: r.releaseDate ?? undefined,
        eoas: apiFlag(r.isEoas, r.eoasFrom),
        eol: apiFlag(r.isEol, r.eolFrom),
        eoes: apiFlag(r.isEoes, r.eoesFrom),
      }),
    ),
  };
  if (data.generated_at) product.generated = data.generated_at.slice(0, 10);
  return product;
}
