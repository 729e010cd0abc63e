/**
 * The generated files as one zip archive, built in the browser with fflate (a small, maintained
 * zip library). Only "Download all" imports this module, so the library loads on demand.
 */
import { strToU8, zipSync } from "fflate";

export function zipFiles(files: Record<string, string>): Blob {
  const entries: Record<string, Uint8Array> = {};
  for (const [name, text] of Object.entries(files)) entries[name] = strToU8(text);
  const zipped = zipSync(entries, { level: 6 });
  return new Blob([zipped], { type: "application/zip" });
}
