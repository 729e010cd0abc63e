/** Prints every recorded figure in one table (npm run report; the last step of npm run figures). */
import { HOSTILE_STRINGS } from "../src/test-support/hostile-strings.ts";
import { readFigures } from "./figures.ts";

const rows: [string, string, string, string][] = [];
for (const [group, figures] of readFigures()) {
  for (const [name, f] of Object.entries(figures))
    rows.push([group, name, f.value, `${f.target}${f.status === "fail" ? "  MISSED" : ""}`]);
}
rows.push([
  "security",
  "Injection corpus (unit and e2e)",
  `${HOSTILE_STRINGS.length} strings x 4 fields`,
  "0 extra instructions, 0 HTML",
]);
rows.push([
  "reliability",
  "Dockerfile audit fuzzing (auditDockerfile, migrateDockerfile)",
  "10,000 generated inputs; 1,000 through the migration",
  "never throws, findings well-formed",
]);
rows.push([
  "reliability",
  "Permalink fuzzing (decodeAnswers)",
  "100,000 fragments; 200 in the browser",
  "never throws, bad fields named",
]);
const widths = [0, 1, 2, 3].map((i) =>
  Math.max(
    ...rows.map((r) => r[i]?.length ?? 0),
    ["group", "figure", "value", "target"][i]?.length ?? 0,
  ),
);
const line = (cells: string[]) =>
  `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
console.log(line(["group", "figure", "value", "target"]));
console.log(line(widths.map((w) => "-".repeat(w))));
for (const row of rows) console.log(line(row));
if (readFigures().length === 0)
  console.log("(no figures recorded yet: run npm test, or npm run bench and npm run lighthouse)");
