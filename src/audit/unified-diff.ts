/**
 * A line diff in unified format (as `diff -u` and `git diff` print it), computed with Myers'
 * O((N+M)D) algorithm ("An O(ND) Difference Algorithm and Its Variations", 1986). The number of
 * edits explored is capped, so a pair of unrelated large files costs bounded time and memory: past
 * the cap the diff replaces the whole file, which is still a correct diff.
 */

export type DiffLine = { kind: " " | "-" | "+"; text: string };

/** Edit distance past which the diff stops looking for a shorter script (memory grows with its square). */
const MAX_EDITS = 1000;

/** Lines as editors count them; a final line break does not start another line. */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.at(-1) === "") lines.pop();
  return lines;
}

/** The shortest edit script from `a` to `b`, as kept, removed and added lines in order. */
export function diffLines(a: readonly string[], b: readonly string[]): DiffLine[] {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, MAX_EDITS);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max && found === -1; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      const down =
        k === -d || (k !== d && (v[offset + k - 1] as number) < (v[offset + k + 1] as number));
      let x = down ? (v[offset + k + 1] as number) : (v[offset + k - 1] as number) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  if (found === -1)
    return [
      ...a.map((text) => ({ kind: "-" as const, text })),
      ...b.map((text) => ({ kind: "+" as const, text })),
    ];
  // Walk the trace back from the end to recover the path.
  const script: DiffLine[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const saved = trace[d] as Int32Array;
    // saved[i] holds v[k] for k = i - d - 1 at the start of round d.
    const at = (k: number) => saved[k + d + 1] as number;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const previousK = down ? k + 1 : k - 1;
    const previousX = at(previousK);
    const previousY = previousX - previousK;
    while (x > previousX + (down ? 0 : 1) && y > previousY + (down ? 1 : 0)) {
      script.push({ kind: " ", text: a[--x] as string });
      y--;
    }
    if (down) script.push({ kind: "+", text: b[--y] as string });
    else script.push({ kind: "-", text: a[--x] as string });
  }
  while (x > 0 && y > 0) {
    script.push({ kind: " ", text: a[--x] as string });
    y--;
  }
  return script.reverse();
}

/**
 * `diff -u` output from `before` to `after`, with `context` unchanged lines around each change.
 * Returns "" when the texts have the same lines.
 */
export function unifiedDiff(
  before: string,
  after: string,
  names: { before: string; after: string },
  context = 3,
): string {
  const a = splitLines(before);
  const b = splitLines(after);
  const script = diffLines(a, b);
  if (script.every((l) => l.kind === " ")) return "";
  // Positions of each script line in the old and new files.
  const oldAt: number[] = [];
  const newAt: number[] = [];
  let i = 0;
  let j = 0;
  for (const line of script) {
    oldAt.push(i);
    newAt.push(j);
    if (line.kind !== "+") i++;
    if (line.kind !== "-") j++;
  }
  const changed = script
    .map((l, index) => (l.kind === " " ? -1 : index))
    .filter((index) => index !== -1);
  const out = [`--- ${names.before}`, `+++ ${names.after}`];
  let start = 0;
  while (start < changed.length) {
    let end = start;
    while (
      end + 1 < changed.length &&
      (changed[end + 1] as number) - (changed[end] as number) <= 2 * context
    )
      end++;
    const from = Math.max(0, (changed[start] as number) - context);
    const to = Math.min(script.length - 1, (changed[end] as number) + context);
    const lines = script.slice(from, to + 1);
    const oldCount = lines.filter((l) => l.kind !== "+").length;
    const newCount = lines.filter((l) => l.kind !== "-").length;
    const oldStart = oldCount === 0 ? (oldAt[from] as number) : (oldAt[from] as number) + 1;
    const newStart = newCount === 0 ? (newAt[from] as number) : (newAt[from] as number) + 1;
    out.push(`@@ -${oldStart},${oldCount} +${newStart},${newCount} @@`);
    for (const line of lines) out.push(`${line.kind}${line.text}`);
    start = end + 1;
  }
  return `${out.join("\n")}\n`;
}
