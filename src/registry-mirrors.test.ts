/**
 * Registry mirrors: a Docker Hub pull-through cache serves Docker Hub only, so other registries
 * go through a mirror only when the per-registry map names one; the header says who to log in to.
 */
import { describe, expect, it } from "vitest";
import { type Answers, defaultAnswers } from "./answers.ts";
import { defaultMatrix } from "./default-matrix.ts";
import { updateConfigs } from "./generators/update-configs.ts";
import { decodeAnswers, encodeAnswers } from "./permalink.ts";
import { generateFiles, recommend } from "./recommend.ts";
import { formatMirrorMap, mirroredReference, parseMirrorMap } from "./registry-mirrors.ts";
import { HOSTILE_STRINGS } from "./test-support/hostile-strings.ts";

const TODAY = "2026-11-27";
/** uv's image as data/tools.json pins it: on ghcr.io, so never through the Docker Hub mirror. */
const UV_REFERENCE = defaultMatrix.tools.find((t) => t.id === "uv")?.reference;
const HUB = "registry.example.internal/dockerhub/";
const answers = (over: Partial<Answers>): Answers => ({ ...defaultAnswers, ...over });
const pulls = (dockerfile: string) =>
  dockerfile
    .split("\n")
    .filter((l) => /^(FROM |COPY --from=(?!build ))/.test(l))
    .map((l) => l.replace(/^FROM |^COPY --from=/, "").split(" ")[0]);

describe("references through mirrors", () => {
  const mirrors = {
    registryMirror: HUB,
    mirrorsByRegistry: { "ghcr.io": "harbor.internal/ghcr/" },
  };

  it.each([
    ["python:3.13-slim-trixie", `${HUB}library/python:3.13-slim-trixie`],
    ["debian:trixie-slim", `${HUB}library/debian:trixie-slim`],
    ["bitnami/python:3.13", `${HUB}bitnami/python:3.13`],
    ["docker.io/library/python:3.13", `${HUB}library/python:3.13`],
    ["ghcr.io/astral-sh/uv:0.13", "harbor.internal/ghcr/astral-sh/uv:0.13"],
    ["dhi.io/python:3.13-debian13", "dhi.io/python:3.13-debian13"],
    ["gcr.io/distroless/python3-debian13:nonroot", "gcr.io/distroless/python3-debian13:nonroot"],
    ["localhost:5000/app:1", "localhost:5000/app:1"],
  ])("%s -> %s", (reference, expected) => {
    expect(mirroredReference(reference, mirrors)).toBe(expected);
  });

  it("leaves every reference alone without mirrors", () => {
    expect(mirroredReference("python:3.13", { registryMirror: "", mirrorsByRegistry: {} })).toBe(
      "python:3.13",
    );
  });
});

describe("generated files", () => {
  it("pull only Docker Hub images through a Docker Hub mirror", () => {
    const files = generateFiles(
      "uv-debian-13-slim",
      answers({ registryMirror: HUB, packageManager: "uv" }),
      { today: TODAY },
    );
    expect(pulls(files?.Dockerfile ?? "")).toEqual([
      `${HUB}library/debian:trixie-slim`,
      UV_REFERENCE,
      `${HUB}library/debian:trixie-slim`,
    ]);
    expect(files?.Dockerfile).not.toContain(`${HUB}ghcr.io`);
  });

  it("send another registry through its own mirror when the map names one", () => {
    const files = generateFiles(
      "dhi-python-debian",
      answers({ mirrorsByRegistry: { "dhi.io": "registry.example.internal/dhi/" } }),
      { today: TODAY },
    );
    const froms = pulls(files?.Dockerfile ?? "");
    expect(froms).toContain("registry.example.internal/dhi/python:3.13-debian13-dev");
    expect(froms).toContain("registry.example.internal/dhi/python:3.13-debian13");
    expect(files?.Dockerfile).not.toMatch(/FROM dhi\.io/);
  });

  it("name the registry actually used on the login line", () => {
    const direct = generateFiles("dhi-python-debian", defaultAnswers, { today: TODAY });
    expect(direct?.Dockerfile).toMatch(/^# Log in before building: .*docker login dhi\.io/m);
    const mirrored = generateFiles(
      "dhi-python-debian",
      answers({
        registryMirror: HUB,
        mirrorsByRegistry: { "dhi.io": "registry.example.internal/dhi/" },
      }),
      { today: TODAY },
    );
    expect(mirrored?.Dockerfile).toMatch(
      /^# Log in to registry\.example\.internal before building \(docker login registry\.example\.internal\): it serves dhi\.io here\.$/m,
    );
    expect(mirrored?.Dockerfile).not.toMatch(/docker login dhi\.io/);
  });

  it("say in the header which registries come through which mirror", () => {
    const dockerfile =
      generateFiles(
        "distroless-python3-debian13",
        answers({
          registryMirror: HUB,
          mirrorsByRegistry: { "ghcr.io": "harbor.internal/ghcr/" },
          packageManager: "uv",
        }),
        { today: TODAY },
      )?.Dockerfile ?? "";
    expect(dockerfile).toContain(
      `# Docker Hub images come through your mirror ${HUB} (official images under library/).`,
    );
    expect(dockerfile).toContain("# ghcr.io images come through harbor.internal/ghcr/.");
    expect(dockerfile).toContain(
      "# gcr.io is pulled directly: add it to the registry mirrors to pull it through your own registry.",
    );
  });

  it("give Dependabot every mirror host once", () => {
    const dependabot = updateConfigs(
      answers({
        registryMirror: HUB,
        mirrorsByRegistry: {
          "ghcr.io": "registry.example.internal/ghcr/",
          "dhi.io": "cache.corp:5000/dhi/",
        },
      }),
    )[".github/dependabot.yml"];
    expect(dependabot.match(/url: https:\/\/registry\.example\.internal$/gm)).toHaveLength(1);
    expect(dependabot).toMatch(/url: https:\/\/cache\.corp:5000$/m);
  });
});

describe("the map answer", () => {
  it("parses one host = prefix per line and formats it back", () => {
    const parsed = parseMirrorMap(
      " ghcr.io = harbor.internal/ghcr/\n\ngcr.io=harbor.internal/gcr/ ",
    );
    expect(parsed).toEqual({
      ok: true,
      value: { "gcr.io": "harbor.internal/gcr/", "ghcr.io": "harbor.internal/ghcr/" },
    });
    expect(formatMirrorMap({ "ghcr.io": "harbor.internal/ghcr/" })).toBe(
      "ghcr.io = harbor.internal/ghcr/",
    );
  });

  it.each([
    ["ghcr.io harbor.internal/ghcr/", /line 1: expected host = mirror/],
    ["ghcr.io = https://harbor/", /line 1: .*ending with \//],
    ["GHCR.io = harbor.internal/ghcr/", /line 1: "GHCR.io" is not a registry host/],
    ["docker.io = harbor.internal/hub/", /Docker Hub goes through the registry mirror answer/],
    ["ghcr.io = a/\nghcr.io = b/", /line 2: ghcr.io is listed twice/],
  ])("refuses %j", (text, message) => {
    const parsed = parseMirrorMap(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem).toMatch(message);
  });

  it("is validated as strictly as registryMirror: no hostile string reaches a FROM", () => {
    for (const hostile of HOSTILE_STRINGS) {
      expect(
        () => recommend(answers({ mirrorsByRegistry: { "ghcr.io": hostile } }), { today: TODAY }),
        hostile,
      ).toThrow(/mirrorsByRegistry/);
      expect(
        () =>
          recommend(answers({ mirrorsByRegistry: { [hostile]: "harbor.internal/x/" } }), {
            today: TODAY,
          }),
        hostile,
      ).toThrow(/mirrorsByRegistry/);
    }
  });

  it("defaults to none for answers written before it existed, and travels in links", () => {
    const { mirrorsByRegistry: _, ...older } = defaultAnswers;
    expect(recommend(older as Answers, { today: TODAY }).best.id).toBeDefined();
    const map = { "ghcr.io": "harbor.internal/ghcr/", "gcr.io": "harbor.internal/gcr/" };
    const fragment = encodeAnswers(answers({ mirrorsByRegistry: map }));
    expect(fragment).toContain("mirrors=");
    expect(decodeAnswers(fragment).answers.mirrorsByRegistry).toEqual(map);
    expect(decodeAnswers("v=1&mirrors=ghcr.io%3Dhttps://x").reset).toContain("mirrorsByRegistry");
  });
});
