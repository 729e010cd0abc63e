/** Test helpers that read a generated Dockerfile the way Docker would: parsed, not pattern-matched. */
import { DockerfileParser } from "dockerfile-ast";
import { validate } from "dockerfile-utils";

export type Stage = {
  from: string;
  /** The name after AS, or "" for none. */
  name: string;
  instructions: { keyword: string; args: string }[];
};

export function stages(dockerfile: string): Stage[] {
  const result: Stage[] = [];
  for (const instruction of DockerfileParser.parse(dockerfile).getInstructions()) {
    const keyword = instruction.getKeyword();
    const args = instruction.getArgumentsContent() ?? "";
    if (keyword === "FROM") {
      const words = args.split(/\s+/);
      const as = words.findIndex((w) => w.toUpperCase() === "AS");
      result.push({
        from: words[0] as string,
        name: as === -1 ? "" : (words[as + 1] ?? ""),
        instructions: [],
      });
    }
    result.at(-1)?.instructions.push({ keyword, args });
  }
  return result;
}

export function keywords(dockerfile: string): string[] {
  return DockerfileParser.parse(dockerfile)
    .getInstructions()
    .map((i) => i.getKeyword());
}

/** dockerfile-utils' diagnostics with default settings, as readable lines. */
export function lint(dockerfile: string): string[] {
  return validate(dockerfile).map((d) => `line ${d.range.start.line + 1}: ${d.message}`);
}
