/**
 * A Docker Hardened Images definition (docker-hardened-images/catalog, image/<name>/<os>/<tag>.yaml):
 * the repository it publishes to, its tags, its platforms, its end-of-life date and the account it
 * runs as. `info.yaml` files describe an image family and carry none of these: they are not read.
 */
import { z } from "zod";
import { isoDate } from "../data/schema.ts";
import { checkShape } from "./upstream-error.ts";
import { parseYaml } from "./yaml-input.ts";

/** What the refresh reads of one definition. */
export type Definition = {
  file: string;
  /** The repository the tags belong to, such as dhi.io/python. */
  image: string;
  tags: string[];
  /** OCI platforms: linux/amd64, linux/arm64. */
  platforms: string[];
  endOfLife?: string;
  /** The UID the image runs as: 0 for root; undefined when the catalog does not say. */
  user?: number;
};

const uid = z.string().regex(/^\d+$/, "expected a numeric uid");
const schema = z.looseObject({
  image: z.string().regex(/^[a-z0-9][a-z0-9./-]*$/, "expected a repository such as dhi.io/python"),
  tags: z.array(z.string().regex(/^[A-Za-z0-9_][A-Za-z0-9._-]*$/, "expected a tag")).min(1),
  platforms: z
    .array(z.string().regex(/^[a-z0-9]+\/[a-z0-9/]+$/, "expected a platform such as linux/amd64"))
    .min(1),
  dates: z.looseObject({ "end-of-life": isoDate.optional() }).optional(),
  accounts: z
    .looseObject({
      "run-as": z.string().min(1),
      users: z.array(z.looseObject({ name: z.string().min(1), uid })).optional(),
    })
    .optional(),
});

/** True for the files of the catalog that define an image (not the per-family info.yaml). */
export function isDefinitionFile(path: string): boolean {
  return path.endsWith(".yaml") && !path.endsWith("/info.yaml");
}

/** Reads one definition. Throws UpstreamFormatError naming the file on malformed input. */
export function parseDefinition(file: string, text: string): Definition {
  const data = checkShape(file, schema, parseYaml(file, text));
  const definition: Definition = {
    file,
    image: data.image,
    tags: data.tags,
    platforms: data.platforms,
  };
  const endOfLife = data.dates?.["end-of-life"];
  if (endOfLife) definition.endOfLife = endOfLife;
  const runAs = data.accounts?.["run-as"];
  if (runAs === "root") definition.user = 0;
  else if (runAs !== undefined) {
    const account = data.accounts?.users?.find((u) => u.name === runAs);
    // A run-as account the file does not define is left unknown rather than guessed.
    if (account) definition.user = Number(account.uid);
  }
  return definition;
}
