import { describe, expect, it } from "vitest";
import { defaultAnswers } from "./answers.ts";
import { defaultMatrix } from "./default-matrix.ts";
import { decodeAnswers, encodeAnswers, FORMAT_VERSION } from "./permalink.ts";
import { ANSWER_SPACE_SIZE, answerSpace } from "./test-support/answer-space.ts";

describe("encodeAnswers / decodeAnswers", () => {
  it("round-trips every combination of the enumerated answers", () => {
    let count = 0;
    for (const answers of answerSpace()) {
      const decoded = decodeAnswers(encodeAnswers(answers));
      if (JSON.stringify(decoded.answers) !== JSON.stringify(answers) || decoded.reset.length > 0) {
        throw new Error(`round trip failed for ${JSON.stringify(answers)}`);
      }
      count++;
    }
    expect(count).toBe(ANSWER_SPACE_SIZE);
    // A bulk test over 78,732 combinations: an explicit budget, not the 5 s default.
  }, 60_000);

  it("round-trips free text, ports, weights and the best image", () => {
    const answers = {
      ...defaultAnswers,
      port: 5000,
      healthPath: "/health",
      command: `python -c 'print("a & b")' --x=ü`,
    };
    const weights = { size: 5, security: 0 };
    const fragment = encodeAnswers(answers, weights, "python-slim");
    const decoded = decodeAnswers(`#${fragment}`);
    expect(decoded).toMatchObject({
      answers,
      weights,
      reset: [],
      ignored: [],
      formatVersion: FORMAT_VERSION,
      dataVersion: defaultMatrix.dataVersion,
      bestId: "python-slim",
    });
  });

  it("writes only what differs from the defaults", () => {
    expect(encodeAnswers(defaultAnswers)).toBe(
      `v=${FORMAT_VERSION}&data=${defaultMatrix.dataVersion}`,
    );
    expect(encodeAnswers({ ...defaultAnswers, size: "minimal" }, { compatibility: 3 })).toBe(
      `v=1&data=${defaultMatrix.dataVersion}&size=minimal`,
    );
  });

  it.each([
    ["python=2.7", "pythonVersion"],
    ["native=maybe", "nativeDeps"],
    ["debug=", "debugging"],
    ["security=max", "security"],
    ["size=tiny", "size"],
    ["arch=amd64,amd64", "architectures"],
    ["arch=", "architectures"],
    ["tool=npm", "packageManager"],
    ["kind=gui", "appKind"],
    ["port=0", "port"],
    ["port=65536", "port"],
    ["port=80.5", "port"],
    ["health=/a'b", "healthPath"],
    ["health=no-slash", "healthPath"],
    [`cmd=${"x".repeat(600)}`, "command"],
    ["login=yes", "allowLogin"],
    ["w.size=9", "weights.size"],
    ["w.size=-1", "weights.size"],
    ["v=abc", "formatVersion"],
  ])("falls back to the default for %s and names it", (fragment, field) => {
    const decoded = decodeAnswers(`v=1&${fragment}`.replace("v=1&v=", "v="));
    expect(decoded.reset).toContain(field);
    expect(decoded.answers).toEqual(defaultAnswers);
  });

  it("keeps the good fields of a link with bad ones", () => {
    const decoded = decodeAnswers("v=1&python=3.12&port=99999&size=minimal");
    expect(decoded.answers).toMatchObject({
      pythonVersion: "3.12",
      size: "minimal",
      port: defaultAnswers.port,
    });
    expect(decoded.reset).toEqual(["port"]);
  });

  it("treats prototype names and unknown keys as unknown", () => {
    const decoded = decodeAnswers(
      "v=1&__proto__=x&constructor=y&valueOf=1&toString=2&hasOwnProperty=3&w.__proto__=1&w.valueOf=2&colour=blue",
    );
    expect(decoded.ignored).toEqual([
      "__proto__",
      "constructor",
      "valueOf",
      "toString",
      "hasOwnProperty",
      "w.__proto__",
      "w.valueOf",
      "colour",
    ]);
    expect(decoded.answers).toEqual(defaultAnswers);
    expect(Object.getPrototypeOf(decoded.answers)).toBe(Object.prototype);
  });

  it("reports a link from a newer format instead of misreading it", () => {
    const decoded = decodeAnswers("v=2&python=3.12&size=minimal");
    expect(decoded.formatVersion).toBe(2);
    expect(decoded.answers).toEqual(defaultAnswers);
    expect(decoded.ignored).toEqual(["python", "size"]);
  });
});

describe("links of every format so far", () => {
  // Format 1 (2026-11): fixtures are real links; they must keep giving the same answers.
  it.each([
    ["v=1&data=2026.11.27", defaultAnswers],
    [
      "v=1&data=2026.11.27&best=python-slim&python=3.12&native=compile&arch=amd64%2Carm64&tool=uv&port=5000&cmd=python+app.py&login=0&w.size=5",
      {
        ...defaultAnswers,
        pythonVersion: "3.12",
        nativeDeps: "compile",
        architectures: ["amd64", "arm64"],
        packageManager: "uv",
        port: 5000,
        command: "python app.py",
        allowLogin: false,
      },
    ],
  ])("format 1: %s", (fragment, answers) => {
    expect(decodeAnswers(fragment).answers).toEqual(answers);
  });
});

describe("malformed escapes", () => {
  it("resets a field whose value cannot be decoded", () => {
    const decoded = decodeAnswers("v=1&cmd=%E0%A4%A&size=minimal");
    expect(decoded.reset).toEqual(["command"]);
    expect(decoded.answers.command).toBe(defaultAnswers.command);
    expect(decoded.answers.size).toBe("minimal");
    expect(decodeAnswers("v=%ZZ").reset).toEqual(["formatVersion"]);
  });
});
