/**
 * Each measuring step records its figures in reports/figures/<group>.json (one file per step, so
 * parallel test workers never write the same file), and `npm run report` prints them in one table.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./data-files.ts";

export type Figure = { value: string; target: string; status: "pass" | "fail" | "info" };

const DIR = join(ROOT, "reports/figures");

export function recordFigures(group: string, figures: Record<string, Figure>): void {
  mkdirSync(DIR, { recursive: true });
  writeFileSync(join(DIR, `${group}.json`), `${JSON.stringify(figures, null, 2)}\n`);
}

export function readFigures(): [string, Record<string, Figure>][] {
  if (!existsSync(DIR)) return [];
  return readdirSync(DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => [
      f.slice(0, -5),
      JSON.parse(readFileSync(join(DIR, f), "utf8")) as Record<string, Figure>,
    ]);
}
