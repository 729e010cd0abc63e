import LZString from "lz-string";
import { describe, expect, it } from "vitest";
import { defaultAnswers } from "./answers.ts";
import { defaultMatrix } from "./default-matrix.ts";
import { defaultMatrixView } from "./matrix-view.ts";
import {
  decodeAnswers,
  encodeAnswers,
  encodeMatrixView,
  FORMAT_VERSION,
  linkOmitsDockerfile,
  MAX_LINK_COMPRESSED,
  omittedFromLink,
} from "./permalink.ts";
import { ANSWER_SPACE_SIZE, answerSpace } from "./test-support/answer-space.ts";

describe("encodeAnswers / decodeAnswers", () => {
  it("round-trips every combination of the enumerated answers", { timeout: 60_000 }, () => {
    let count = 0;
    for (const answers of answerSpace()) {
      const decoded = decodeAnswers(encodeAnswers(answers));
      if (JSON.stringify(decoded.answers) !== JSON.stringify(answers) || decoded.reset.length > 0) {
        throw new Error(`round trip failed for ${JSON.stringify(answers)}`);
      }
      count++;
    }
    expect(count).toBe(ANSWER_SPACE_SIZE);
    // 78,732 round trips: the limit only catches a hang, not a slow or busy machine.
  });

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

describe("the matrix view in a link", () => {
  const encode = (view: Parameters<typeof encodeAnswers>[4]) =>
    encodeAnswers(defaultAnswers, undefined, undefined, undefined, view);

  it("writes sort, order and filter only where they differ from the default view", () => {
    expect(encode({ matrixView: { ...defaultMatrixView } })).toBe(encodeAnswers(defaultAnswers));
    // Criterion scores sort 5 to 1 first, so descending needs no order key; ascending does.
    expect(encode({ matrixView: { sort: "security", descending: true, filters: [] } })).toMatch(
      /&sort=security$/,
    );
    expect(encode({ matrixView: { sort: "size", descending: true, filters: [] } })).toMatch(
      /&sort=size&order=desc$/,
    );
    expect(
      encode({ matrixView: { sort: "name", descending: false, filters: ["shell", "glibc"] } }),
    ).toMatch(/&filter=glibc,shell$/);
  });

  it("round-trips every sort key, both directions and every filter", () => {
    for (const sort of ["name", "size", "eol", ...defaultMatrix.criteria.map((c) => c.id)])
      for (const descending of [true, false]) {
        const matrixView = { sort, descending, filters: ["supported", "public"] as const };
        const decoded = decodeAnswers(
          encode({ matrixView: { ...matrixView, filters: [...matrixView.filters] } }),
        );
        expect(decoded.matrixView).toEqual({ ...matrixView, filters: ["supported", "public"] });
        expect(decoded.reset).toEqual([]);
        expect(decoded.ignored).toEqual([]);
      }
  });

  it("writes the view alone for a matrix embed, which reads back", () => {
    const matrixView = { sort: "eol", descending: false, filters: ["glibc" as const] };
    const fragment = encodeMatrixView(matrixView);
    expect(fragment).toBe("sort=eol&order=asc&filter=glibc");
    expect(decodeAnswers(fragment).matrixView).toEqual(matrixView);
    expect(encodeMatrixView(defaultMatrixView)).toBe("");
  });

  it("reads a link without view keys (every link before them) as the default view", () => {
    expect(decodeAnswers("v=1&data=2026.11.27&python=3.12").matrixView).toEqual(defaultMatrixView);
  });

  it.each([
    ["sort=colour", "matrix.sort", "colour"],
    ["sort=", "matrix.sort", ""],
    ["order=up", "matrix.order", "up"],
    ["filter=glibc,nope", "matrix.filter", "glibc,nope"],
    ["filter=%E0%A4%A", "matrix.filter", "(not decodable)"],
  ])("falls back for %s, names it and keeps the refused text", (fragment, field, refused) => {
    const decoded = decodeAnswers(`v=1&sort=size&${fragment}`.replace("sort=size&sort=", "sort="));
    expect(decoded.reset).toEqual([field]);
    expect(decoded.refused).toEqual({ [field]: refused });
  });
});

describe("refused values", () => {
  it("keeps the text of every refused field so a page can quote it", () => {
    const decoded = decodeAnswers("v=1&python=2.7&port=99999&w.size=9&size=minimal");
    expect(decoded.refused).toEqual({ pythonVersion: "2.7", port: "99999", "weights.size": "9" });
  });
});

/** Text that lz-string cannot shrink (seeded pseudo-random printable characters). */
const incompressible = (length: number) => {
  let x = 1;
  return Array.from({ length }, () => {
    x = (x * 48271) % 2147483647;
    return String.fromCharCode(33 + (x % 90));
  }).join("");
};

describe("one limit for every compressed value", () => {
  it("carries requirements within the limit and leaves out, and says so, what goes past it", () => {
    const short = { ...defaultAnswers, requirements: "numpy==2.1.0\n" };
    expect(omittedFromLink(short)).toEqual([]);
    expect(decodeAnswers(encodeAnswers(short)).answers.requirements).toBe(short.requirements);
    const long = { ...defaultAnswers, requirements: incompressible(12_000) };
    expect(LZString.compressToEncodedURIComponent(long.requirements).length).toBeGreaterThan(
      MAX_LINK_COMPRESSED,
    );
    expect(omittedFromLink(long)).toEqual(["requirements"]);
    expect(encodeAnswers(long)).not.toContain("req=");
  });

  it("refuses a compressed value past the limit in a hand-made link", () => {
    const text = LZString.compressToEncodedURIComponent(incompressible(12_000));
    const decoded = decodeAnswers(`v=1&req=${text}`);
    expect(decoded.reset).toEqual(["requirements"]);
    expect(decoded.answers.requirements).toBe("");
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

describe("a Dockerfile in the link", () => {
  const DOCKERFILE = 'FROM python:3.9-slim\nCOPY . /app\nCMD ["python", "app.py"]\n';
  const withFile = (answers: typeof defaultAnswers, dockerfile: string) =>
    encodeAnswers(answers, undefined, undefined, undefined, { dockerfile });

  it("travels compressed under its own key, without a format change", () => {
    const fragment = withFile(defaultAnswers, DOCKERFILE);
    expect(fragment).toMatch(/^v=1&data=[\d.]+&dockerfile=[\w+\-$]+$/);
    expect(fragment).not.toContain("FROM");
    const decoded = decodeAnswers(fragment);
    expect(decoded.dockerfile).toBe(DOCKERFILE);
    expect(decoded).toMatchObject({ reset: [], ignored: [], formatVersion: FORMAT_VERSION });
    expect(decodeAnswers(encodeAnswers(defaultAnswers)).dockerfile).toBeUndefined();
    expect(linkOmitsDockerfile(defaultAnswers, DOCKERFILE)).toBe(false);
    expect(linkOmitsDockerfile(defaultAnswers, "")).toBe(false);
  });

  it("keeps the matrix view beside it", () => {
    const view = { ...defaultMatrixView, sort: "size", filters: ["glibc" as const] };
    const fragment = encodeAnswers(defaultAnswers, undefined, undefined, undefined, {
      matrixView: view,
      dockerfile: DOCKERFILE,
    });
    const decoded = decodeAnswers(fragment);
    expect(decoded.dockerfile).toBe(DOCKERFILE);
    expect(decoded.matrixView).toMatchObject({ sort: "size", filters: ["glibc"] });
    expect(decoded.reset).toEqual([]);
  });

  it("is left out, and says so, when it does not fit in the limit on its own", () => {
    const file = `FROM a\nRUN echo ${incompressible(12_000)}\n`;
    expect(linkOmitsDockerfile(defaultAnswers, file)).toBe(true);
    expect(withFile(defaultAnswers, file)).not.toContain("dockerfile=");
  });

  it("gives way to the requirements when together they do not fit", () => {
    // Each fits on its own; together they pass the shared limit, and the answers are kept.
    const answers = { ...defaultAnswers, requirements: incompressible(2_500) };
    const file = `FROM a\nRUN echo ${incompressible(2_500)}\n`;
    expect(linkOmitsDockerfile(defaultAnswers, file)).toBe(false);
    expect(linkOmitsDockerfile(answers, file)).toBe(true);
    expect(omittedFromLink(answers)).toEqual([]);
    const decoded = decodeAnswers(withFile(answers, file));
    expect(decoded.answers.requirements).toBe(answers.requirements);
    expect(decoded.dockerfile).toBeUndefined();
  });

  it("resets a value that is not a compressed text, and quotes it", () => {
    const broken = decodeAnswers("v=1&dockerfile=%E0%A4%A");
    expect(broken.reset).toEqual(["dockerfile"]);
    expect(broken.refused.dockerfile).toBe("(not decodable)");
    expect(decodeAnswers(`v=1&dockerfile=${"A".repeat(MAX_LINK_COMPRESSED + 1)}`).reset).toEqual([
      "dockerfile",
    ]);
    expect(decodeAnswers("v=1&dockerfile=").reset).toEqual(["dockerfile"]);
  });

  it("refuses one that, with the requirements before it, passes the shared limit", () => {
    const req = LZString.compressToEncodedURIComponent(incompressible(2_500));
    const file = LZString.compressToEncodedURIComponent(
      `FROM a\nRUN echo ${incompressible(2_500)}`,
    );
    // Written before the requirements by hand: the requirements still come first.
    const decoded = decodeAnswers(`v=1&dockerfile=${file}&req=${req}`);
    expect(decoded.reset).toEqual(["dockerfile"]);
    expect(decoded.answers.requirements).toHaveLength(2_500);
  });
});
