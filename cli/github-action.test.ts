/**
 * The GitHub Action: action.yml and the README's workflow example validated with
 * @action-validator/cli (GitHub's schemas), and the action's script checked by shellcheck.
 * binary.test.ts runs the script on a Dockerfile (it needs the built command line).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runTool } from "./test-support/run-binary.ts";

const ROOT = join(import.meta.dirname, "..");
const VALIDATOR = join(ROOT, "node_modules/.bin/action-validator");
const scratch = mkdtempSync(join(tmpdir(), "bia-action-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A step of a workflow or of the composite action. */
type Step = { name?: string; uses?: string; run?: string; env?: Record<string, string> };
const action = parse(readFileSync(join(ROOT, "action.yml"), "utf8")) as {
  inputs: Record<string, { default?: string }>;
  runs: { using: string; steps: Step[] };
};

/** The README's workflow example: the yaml block in "### GitHub Action". */
function readmeWorkflow(): string {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("### GitHub Action"));
  const block = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block) throw new Error("README: no yaml block under ### GitHub Action");
  return block;
}

const checkStep = action.runs.steps.find((s) => s.name === "Check the Dockerfiles");

describe("the GitHub Action", { timeout: 30_000 }, () => {
  it("is a composite action that action-validator accepts", () => {
    expect(action.runs.using).toBe("composite");
    runTool(VALIDATOR, [join(ROOT, "action.yml")], { cwd: ROOT });
  });

  it("has a README example that action-validator accepts and that uploads the SARIF", () => {
    const folder = join(scratch, ".github/workflows");
    mkdirSync(folder, { recursive: true });
    const file = join(folder, "audit.yml");
    const text = readmeWorkflow();
    writeFileSync(file, text);
    runTool(VALIDATOR, [file], { cwd: scratch });
    const workflow = parse(text) as {
      jobs: Record<
        string,
        { permissions: Record<string, string>; steps: Step[] & { with?: Record<string, string> }[] }
      >;
    };
    const job = Object.values(workflow.jobs)[0];
    expect(job?.permissions["security-events"]).toBe("write");
    const steps = job?.steps as (Step & { with?: Record<string, string>; if?: string })[];
    const audit = steps.find((s) => s.uses?.endsWith("/base-image-advisor@main"));
    const upload = steps.find((s) => s.uses?.startsWith("github/codeql-action/upload-sarif@"));
    expect(audit?.with).toMatchObject({ format: "sarif", output: "base-image-advisor.sarif" });
    expect(upload?.with?.sarif_file).toBe("base-image-advisor.sarif");
    // The check fails the step on findings; the upload must still run.
    expect(upload?.if).toBe("success() || failure()");
    // Every input the example sets exists in action.yml.
    for (const input of Object.keys(audit?.with ?? {})) expect(action.inputs).toHaveProperty(input);
  });

  it("never splices an input into its script", () => {
    for (const step of action.runs.steps) expect(step.run ?? "").not.toMatch(/\$\{\{\s*inputs\./);
  });

  it("has a script shellcheck accepts", () => {
    const script = join(scratch, "check.sh");
    writeFileSync(script, `#!/usr/bin/env bash\n${checkStep?.run ?? ""}`);
    runTool("shellcheck", [script], { cwd: scratch });
  });
});
