/**
 * The matrix as documents for other tools: Markdown (a table that pastes into Confluence, Notion and
 * GitHub wikis), CSV (one row per candidate) and JSON (the whole matrix with its data version).
 */
import { known } from "./data/fact.ts";
import type { ImageEntry, Matrix, Source } from "./data/schema.ts";
import { fillReference } from "./evaluate.ts";
import {
  candidateEnds,
  describeEnd,
  earliestEnd,
  imageEnds,
  type SupportEnd,
} from "./lifecycle.ts";

/** One flat record per candidate: what every export and the matrix view show. */
export type MatrixRow = {
  id: string;
  name: string;
  status: ImageEntry["status"];
  family: string;
  reference: string;
  libc: string;
  shell: string;
  python: string;
  architectures: string;
  sizeMb: string;
  /** The earliest end of the image (its own or its distro's): a date, "(estimate)" after one, or "unknown". */
  securityUpdatesUntil: string;
  /** Whose ends those are and how each is known: published, a rule with its estimate, or unknown. */
  securityUpdatesBasis: string;
  login: string;
  access: string;
  scores: Record<string, { score: number; rationale: string }>;
  sources: Source[];
};

const UNKNOWN = "unknown";

function text<T>(value: T | undefined, format: (v: T) => string = String): string {
  return value === undefined ? UNKNOWN : format(value);
}

const KIND_LABEL: Record<SupportEnd["kind"], string> = {
  image: "image's own end",
  distro: "distro",
  python: "Python",
};

/** The earliest dated end, labelled "(estimate)" when it is one. */
function untilText(ends: SupportEnd[]): string {
  const first = earliestEnd(ends);
  if (!first?.date) return UNKNOWN;
  return first.estimated ? `${first.date} (estimate)` : first.date;
}

function basisText(ends: SupportEnd[]): string {
  return ends.map((e) => `${KIND_LABEL[e.kind]} (${e.owner}): ${describeEnd(e)}`).join("; ");
}

/**
 * One row per candidate. The exports keep the reference as its template
 * (`python:{python}-slim-trixie`); a page that shows it to a person passes `pythonVersion` and gets
 * it filled in: with that version where the image offers it, else with the newest one it offers.
 */
export function matrixRows(matrix: Matrix, options: { pythonVersion?: string } = {}): MatrixRow[] {
  return matrix.images.map((image) => {
    const runtime = image.variants.find((v) => v.purpose === "runtime") ?? image.variants[0];
    const versions = known(image.python.versions);
    const wanted = options.pythonVersion;
    const fillWith =
      wanted === undefined || versions === undefined
        ? undefined
        : versions.includes(wanted)
          ? wanted
          : versions[versions.length - 1];
    const scores: MatrixRow["scores"] = {};
    for (const c of matrix.criteria) {
      const rating = image.ratings[c.id];
      if (rating) scores[c.id] = { score: rating.score, rationale: rating.rationale };
    }
    const size = known(image.size.mb);
    // An image with one Python has that Python's end too (an Application Stream can end first).
    const ends =
      versions?.length === 1
        ? candidateEnds(matrix, image, versions[0] as string)
        : imageEnds(matrix, image);
    return {
      id: image.id,
      name: image.name,
      status: image.status,
      family: image.family,
      reference:
        fillWith === undefined
          ? (runtime?.reference ?? "")
          : fillReference(runtime?.reference ?? "", fillWith),
      libc: text(known(image.libc)),
      shell: runtime ? text(known(runtime.shell), (s) => (s ? "yes" : "no")) : UNKNOWN,
      python: text(known(image.python.versions), (v) => v.join(" ")),
      architectures: text(known(image.architectures), (a) => a.join(" ")),
      sizeMb: size === undefined ? UNKNOWN : `${size}${image.size.estimate ? " (estimate)" : ""}`,
      securityUpdatesUntil: untilText(ends),
      securityUpdatesBasis: basisText(ends),
      login: text(known(image.access.login), (l) => (l ? "yes" : "no")),
      access: image.access.notes,
      scores,
      sources: image.sources,
    };
  });
}

/** A Markdown table cell: pipes escaped, line breaks flattened. */
function cell(value: string): string {
  return value.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

/** The matrix's own notes (such as why an image is not a candidate), each with its source. */
function notesMarkdown(matrix: Matrix): string[] {
  const notes = matrix.notes ?? [];
  if (notes.length === 0) return [];
  const lines = ["## Notes", ""];
  for (const note of notes) {
    const source = matrix.noteSources?.find((s) => s.id === note.source);
    const cite = source ? ` Source: [${source.title}](${source.url}), read ${source.read}.` : "";
    lines.push(`- **${note.title}.** ${note.text}${cite}`);
  }
  return [...lines, ""];
}

export function matrixToMarkdown(matrix: Matrix): string {
  const rows = matrixRows(matrix);
  const criteria = matrix.criteria;
  const head = [
    "Image",
    "Status",
    "Reference",
    "libc",
    "Shell",
    "Python",
    "Architectures",
    "Base size MB (uncompressed)",
    "Security updates until",
    "Login",
    ...criteria.map((c) => c.label),
  ];
  const lines = [
    `# Base image matrix (data ${matrix.dataVersion})`,
    "",
    'Scores are 1-5 per criterion. Sizes are for the base image alone, uncompressed. "unknown" means no source states the fact. "Security updates until" is the earliest of the image\'s own end and its distro\'s; "(estimate)" marks an estimated date, whose basis is under the candidate below.',
    "",
    `| ${head.join(" | ")} |`,
    `| ${head.map(() => "---").join(" | ")} |`,
    ...rows.map(
      (r) =>
        `| ${[r.name, r.status, `\`${r.reference}\``, r.libc, r.shell, r.python, r.architectures, r.sizeMb, r.securityUpdatesUntil, r.login, ...criteria.map((c) => String(r.scores[c.id]?.score ?? ""))].map(cell).join(" | ")} |`,
    ),
    "",
    ...notesMarkdown(matrix),
    "## Why each score, and the sources",
  ];
  for (const r of rows) {
    lines.push("", `### ${r.name} (\`${r.id}\`)`, "");
    for (const c of criteria)
      lines.push(
        `- ${c.label} ${r.scores[c.id]?.score ?? "?"}/5: ${r.scores[c.id]?.rationale ?? ""}`,
      );
    lines.push(`- Security updates: ${r.securityUpdatesBasis}`);
    lines.push(`- Access: ${r.access}`);
    for (const s of r.sources) lines.push(`- Source: [${s.title}](${s.url}), read ${s.read}`);
  }
  return `${lines.join("\n")}\n`;
}

/** RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function matrixToCsv(matrix: Matrix): string {
  const criteria = matrix.criteria;
  const head = [
    "id",
    "name",
    "status",
    "family",
    "reference",
    "libc",
    "shell",
    "python",
    "architectures",
    "size_mb_uncompressed_base",
    "security_updates_until",
    "security_updates_basis",
    "login",
    "access",
    ...criteria.flatMap((c) => [`${c.id}_score`, `${c.id}_rationale`]),
    "sources",
    "data_version",
  ];
  const rows = matrixRows(matrix).map((r) => [
    r.id,
    r.name,
    r.status,
    r.family,
    r.reference,
    r.libc,
    r.shell,
    r.python,
    r.architectures,
    r.sizeMb,
    r.securityUpdatesUntil,
    r.securityUpdatesBasis,
    r.login,
    r.access,
    ...criteria.flatMap((c) => [
      String(r.scores[c.id]?.score ?? ""),
      r.scores[c.id]?.rationale ?? "",
    ]),
    r.sources.map((s) => `${s.url} (read ${s.read})`).join(" ; "),
    matrix.dataVersion,
  ]);
  return `${[head, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;
}

export function matrixToJson(matrix: Matrix): string {
  return `${JSON.stringify(matrix, null, 2)}\n`;
}
