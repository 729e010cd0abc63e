/**
 * Each measuring script records its figures in reports/figures.json (one entry per figure, by
 * name), and `npm run report` prints them all in one table.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./data-files.ts";

export type Figure = { value: string; target: string; status: "pass" | "fail" | "info" };

const FILE = join(ROOT, "reports/figures.json");

export function readFigures(): Record<string, Figure> {
  return existsSync(FILE) ? (JSON.parse(readFileSync(FILE, "utf8")) as Record<string, Figure>) : {};
}

export function recordFigures(figures: Record<string, Figure>): void {
  mkdirSync(join(ROOT, "reports"), { recursive: true });
  writeFileSync(FILE, `${JSON.stringify({ ...readFigures(), ...figures }, null, 2)}\n`);
}
