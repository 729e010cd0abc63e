/**
 * Finding image ids where a person reads: the page and the reasons name images by name, never by
 * id, and both the unit tests and the browser tests check that.
 */
import { defaultMatrix } from "../default-matrix.ts";

const IDS = new Set(defaultMatrix.images.map((i) => i.id));

/** The first image id in a text as a whole token (references such as python:3.13-slim are not ids). */
export function imageIdIn(text: string): string | undefined {
  return text
    .split(/[^a-z0-9.:/-]+/)
    .map((token) => token.replace(/\.+$/, ""))
    .find((token) => IDS.has(token));
}
