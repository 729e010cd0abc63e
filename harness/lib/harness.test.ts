/** The harness's own pure parts: what it reads from apt, Dockerfiles, USER lines and file names. */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultMatrix } from "../../src/index.ts";
import { isImmutable } from "./apt-cache-proxy.ts";
import { localFilesUnder } from "./checks.ts";
import { resolveUser } from "./container.ts";
import { parseDeb822Sources, parseOneLineSources, pickDebianMirrors } from "./debian-mirror.ts";
import { buildFailure } from "./fixture-row.ts";
import { builtLayers, contextFreeLayers } from "./layer-cache.ts";
import { projectOf } from "./package-index.ts";
import { substitutePoetry } from "./poetry-substitution.ts";
import { runBodies } from "./shellcheck-runs.ts";
import { unaccountedImages } from "./stand-ins.ts";

describe("the candidates", () => {
  it("are each built here or listed with the reason they cannot be", () => {
    expect(unaccountedImages(defaultMatrix)).toEqual([]);
  });
});

describe("the Debian mirror apt uses", () => {
  it("is read from deb822 and one-line sources, skipping disabled stanzas and deb-src", () => {
    const sources = [
      ...parseDeb822Sources(
        "Types: deb\nURIs: http://mirror.example/debian/\nSuites: bookworm bookworm-updates\nComponents: main\n\nTypes: deb\nURIs: http://off.example/debian\nSuites: bookworm\nEnabled: no\n\nTypes: deb\nURIs: http://security.example/debian-security\nSuites: bookworm-security\n",
      ),
      ...parseOneLineSources(
        "# comment\ndeb-src http://src.example/debian bookworm main\ndeb [arch=amd64] https://other.example/apt stable main\n",
      ),
    ];
    expect(pickDebianMirrors(sources, "bookworm")).toEqual({
      archive: "http://mirror.example/debian",
      security: "http://security.example/debian-security",
    });
  });

  it("names the problem when no source serves the machine's release", () => {
    expect(() =>
      pickDebianMirrors(parseOneLineSources("deb http://x.example/apt stable main"), "bookworm"),
    ).toThrow(/No apt source serves Debian bookworm/);
  });
});

describe("the apt proxy", () => {
  it("caches only content-addressed files", () => {
    expect(isImmutable("/debian/pool/main/p/python3.13/python3.13_3.13.5-2_amd64.deb")).toBe(true);
    expect(
      isImmutable(`/debian/dists/trixie/main/binary-amd64/by-hash/SHA256/${"a".repeat(64)}`),
    ).toBe(true);
    expect(isImmutable("/debian/dists/trixie/InRelease")).toBe(false);
    expect(isImmutable("/debian/dists/trixie/main/binary-amd64/Packages.xz")).toBe(false);
  });
});

describe("RUN bodies for shellcheck", () => {
  it("strips BuildKit flags across continuations, drops comment lines, skips exec form", () => {
    const dockerfile = [
      "FROM x AS build",
      "RUN --mount=type=cache,target=/root/.cache/uv \\",
      "    --mount=type=bind,source=uv.lock,target=uv.lock \\",
      "    uv sync --locked",
      "RUN apt-get update \\",
      "# a comment Docker removes",
      " && rm -rf /var/lib/apt/lists/*",
      'RUN ["/bin/true"]',
      'CMD ["app"]',
    ].join("\n");
    expect(runBodies(dockerfile)).toEqual([
      "uv sync --locked",
      "apt-get update \\\n && rm -rf /var/lib/apt/lists/*",
    ]);
  });
});

describe("the Poetry substitution", () => {
  const dockerfile =
    'RUN python3 -m venv /opt/poetry \\\n && /opt/poetry/bin/pip install "poetry>=2.0,<3" \\\n && python3 -m venv /opt/venv\n';

  it("replaces only the line that pip-installs Poetry, keeping the poetry path", () => {
    const result = substitutePoetry(dockerfile);
    expect(result?.from).toBe('/opt/poetry/bin/pip install "poetry>=2.0,<3"');
    expect(result?.dockerfile).toContain(
      "apt-get install -y --no-install-recommends python3-poetry",
    );
    expect(result?.dockerfile).toContain("ln -sf /usr/bin/poetry /opt/poetry/bin/poetry");
    expect(result?.dockerfile).toContain("python3 -m venv /opt/venv");
  });

  it("matches an exact pin too, leaves Poetry-free files alone, and refuses an unknown install", () => {
    expect(substitutePoetry(dockerfile.replace('"poetry>=2.0,<3"', '"poetry==2.2.1"'))?.from).toBe(
      '/opt/poetry/bin/pip install "poetry==2.2.1"',
    );
    expect(substitutePoetry("RUN pip install -r requirements.txt\n")).toBeUndefined();
    expect(() => substitutePoetry("RUN pipx install poetry\n")).toThrow(/does not know/);
  });
});

describe("USER as Docker reads it", () => {
  const passwd =
    "root:x:0:0:root:/root:/bin/sh\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n";
  const group = "root:x:0:\nnonroot:x:65532:\napp:x:10001:\n";
  it("takes uid:gid as given, a lone uid's group from passwd, names from the image", () => {
    expect(resolveUser("10001:10001", passwd, group)).toMatchObject({ uid: 10001, gid: 10001 });
    expect(resolveUser("65532", passwd, group)).toMatchObject({
      uid: 65532,
      gid: 65532,
      home: "/home/nonroot",
    });
    expect(resolveUser("nonroot:app", passwd, group)).toMatchObject({ uid: 65532, gid: 10001 });
    expect(resolveUser("", passwd, group)).toMatchObject({ uid: 0, gid: 0 });
    expect(() => resolveUser("ghost", passwd, group)).toThrow(/no user "ghost"/);
  });
});

describe("file names", () => {
  it("maps distribution files to their PEP 503 project", () => {
    expect(projectOf("greeting-1.0-py3-none-any.whl")).toBe("greeting");
    expect(projectOf("fastsum-1.0.tar.gz")).toBe("fastsum");
    expect(projectOf("Some_Pkg-2.1.0-py3-none-any.whl")).toBe("some-pkg");
  });

  it("finds local state at any depth", () => {
    const dir = mkdtempSync(join(tmpdir(), "local-files-"));
    mkdirSync(join(dir, "lib/__pycache__"), { recursive: true });
    mkdirSync(join(dir, "tools/.venv"), { recursive: true });
    writeFileSync(join(dir, "lib/.env.local"), "");
    writeFileSync(join(dir, "app.py"), "");
    writeFileSync(join(dir, ".envrc-not-env"), "");
    expect(localFilesUnder(dir).sort()).toEqual([
      "lib/.env.local",
      "lib/__pycache__",
      "tools/.venv",
    ]);
  });
});

describe("a failed build's summary", () => {
  it("names the tool's own error and the step, not buildah's echoes", () => {
    const output = [
      "[1/2] STEP 6/7: COPY pyproject.toml poetry.lock ./",
      "[1/2] STEP 7/7: RUN /opt/poetry/bin/poetry check --lock",
      "Error: Declared README file does not exist: README.md",
      "Warning: [tool.poetry.name] is deprecated.",
      "subprocess exited with status 1",
      'Error: building at STEP "RUN /opt/poetry/bin/poetry check --lock": exit status 1',
    ].join("\n");
    expect(buildFailure(output)).toBe(
      "Error: Declared README file does not exist: README.md (at RUN /opt/poetry/bin/poetry check --lock)",
    );
  });
});

describe("the layers kept for the next run", () => {
  it("are each stage's steps before its first COPY, ADD or bind mount, cached or built", () => {
    // As buildah bud --layers prints a two-stage build (the ids shortened here).
    const output = [
      "[1/2] STEP 1/5: FROM debian:trixie-slim AS build",
      "[1/2] STEP 2/5: ENV PYTHONUNBUFFERED=1",
      "--> Using cache 7061652838b8e7c0623c396910b646643423129b2e7d55969b5ece11da4719de",
      "--> 7061652838b",
      "[1/2] STEP 3/5: RUN apt-get update  && apt-get install -y --no-install-recommends python3",
      "Setting up python3 (3.13.5-1) ...",
      "--> 52cdd5fa438",
      "[1/2] STEP 4/5: COPY requirements.txt .",
      "--> 9244603fb06",
      "[1/2] STEP 5/5: RUN pip install -r requirements.txt",
      "--> aeedd0b5d80",
      "[2/2] STEP 1/4: FROM debian:trixie-slim AS runtime",
      "[2/2] STEP 2/4: RUN --mount=type=bind,source=uv.lock,target=uv.lock uv sync",
      "--> 26d5ec02950",
      "[2/2] STEP 3/4: COPY --from=build /opt/venv /opt/venv",
      "--> 1111111111a",
      "[2/2] STEP 4/4: USER 10001:10001",
      "[2/2] COMMIT localhost/base-image-advisor-harness/flat-web--debian-13-slim:latest",
      "--> 2222222222b",
    ].join("\n");
    expect(contextFreeLayers(output)).toEqual(["7061652838b", "52cdd5fa438"]);
    // Everything the build made, for removal: every step's layer and the row's image.
    expect(builtLayers(output)).toEqual([
      "7061652838b",
      "52cdd5fa438",
      "9244603fb06",
      "aeedd0b5d80",
      "26d5ec02950",
      "1111111111a",
      "2222222222b",
    ]);
  });

  it("leave out bind mounts of any form, and the row's own image", () => {
    const output = [
      "[1/2] STEP 1/3: FROM --platform=linux/amd64 debian:trixie-slim AS build",
      "[1/2] STEP 2/3: RUN --mount=type=cache,target=/root/.cache/pip pip install wheel",
      "--> 7061652838b",
      "[1/2] STEP 3/3: RUN --mount=source=requirements.txt,target=/tmp/r.txt pip install -r /tmp/r.txt",
      "--> 52cdd5fa438",
      "[2/2] STEP 1/2: FROM debian:trixie-slim AS runtime",
      "[2/2] STEP 2/2: RUN apt-get install -y tini",
      "[2/2] COMMIT localhost/base-image-advisor-harness/worker--debian-13-slim:latest",
      "--> 26d5ec02950",
    ].join("\n");
    expect(contextFreeLayers(output)).toEqual(["7061652838b"]);
  });

  it("leave out a stage built FROM a stage that read the context", () => {
    const output = [
      "[1/2] STEP 1/2: FROM --platform=$BUILDPLATFORM debian:trixie-slim AS build",
      "[1/2] STEP 2/2: COPY . .",
      "--> 9244603fb06",
      "[2/2] STEP 1/2: FROM build AS test",
      "[2/2] STEP 2/2: RUN python -m pytest",
      "--> aeedd0b5d80",
    ].join("\n");
    expect(contextFreeLayers(output)).toEqual([]);
  });
});
