import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_COMMAND_LENGTH, parseCommand } from "./command.ts";
import { execForm } from "./exec-form.ts";

describe("parseCommand", () => {
  it.each([
    ["gunicorn app:app --bind 0.0.0.0:8000", ["gunicorn", "app:app", "--bind", "0.0.0.0:8000"]],
    ["python  app.py", ["python", "app.py"]],
    [`python -c 'print("hi")'`, ["python", "-c", 'print("hi")']],
    [`echo "a \\"quoted\\" word"`, ["echo", 'a "quoted" word']],
    ["celery -A 'my app' worker", ["celery", "-A", "my app", "worker"]],
    ["run it\\ now", ["run", "it now"]],
    ["say '$HOME' '`x`' '&&'", ["say", "$HOME", "`x`", "&&"]],
    [`say "50\\$"`, ["say", "50$"]],
    ["empty '' arg", ["empty", "", "arg"]],
    ["uvicorn app:app --port=8000", ["uvicorn", "app:app", "--port=8000"]],
  ])("splits %j with POSIX quoting", (input, args) => {
    expect(parseCommand(input)).toEqual({ ok: true, args });
  });

  it.each([
    ["gunicorn app:app && echo done", "&&"],
    ["a || b", "||"],
    ["a | b", "pipe"],
    ["a; b", "separator"],
    ["a > log", "redirection"],
    ["echo $HOME", "$"],
    ["echo $(id)", "$()"],
    ['echo "$HOME"', "inside double quotes"],
    ["echo `id`", "`"],
    ["ls *.py", "glob"],
    ["cd ~", "~"],
    ["a # comment", "comment"],
    ["PORT=1 gunicorn app:app", "environment assignment"],
    ["python 'app.py", "unclosed single quote"],
    ['python "app.py', "unclosed double quote"],
    ["python app.py\\", "backslash"],
    ["gunicorn\napp", "line break"],
    ["gunicorn\rapp", "line break"],
    ["gunicorn\u2028app", "U+2028"],
    ["gunicorn\u0000app", "U+0000"],
    ["gunicorn\u202eapp", "U+202E"],
    ["   ", "empty"],
  ])("refuses %j, naming %s", (input, named) => {
    const parsed = parseCommand(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem).toContain(named);
  });

  it("refuses commands over the length limit", () => {
    const parsed = parseCommand(`python ${"a".repeat(MAX_COMMAND_LENGTH)}`);
    expect(parsed).toMatchObject({ ok: false, problem: expect.stringContaining("limit is 500") });
  });

  it("never throws, and every accepted argument is free of control characters", {
    timeout: 30_000,
  }, () => {
    // A boolean property, not expect() per run: fast-check reports the failing input either way.
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 80 }), (input) => {
        const parsed = parseCommand(input);
        return !parsed.ok || parsed.args.every((arg) => !/[\p{Cc}\p{Cf}\u2028\u2029]/u.test(arg));
      }),
      { seed: 42, numRuns: 5000 },
    );
  });
});

describe("execForm", () => {
  it("writes a JSON array that parses back to the same arguments", () => {
    const args = ["python", "-c", `print("a\\b")`, "ünï"];
    expect(JSON.parse(execForm(args))).toEqual(args);
  });
});
