/**
 * What the stages install and leave behind: compilers in the final image, apt and apk habits
 * (Docker's "Best practices for Dockerfile instructions": update and install in one RUN, no
 * recommended extras, lists removed; apk add --no-cache), pip, uv and Poetry caches, ADD of a URL
 * without a checksum, and secrets in ENV or ARG names.
 */
import {
  analyzeRun,
  compilerPackages,
  isCompilerPackage,
  type RunAnalysis,
} from "../package-installs.ts";
import { type Finding, finding } from "../rules.ts";
import { argNames, envPairs, type Stage } from "../stages.ts";
import { type AuditContext, type Check, stageLabel } from "./context.ts";

/** A cache mount whose target holds this tool's cache keeps the cache out of the image. */
const CACHE_DIRS = { pip: /pip/, uv: /uv/, poetry: /pypoetry|poetry/ } as const;

function runs(stage: Stage): RunAnalysis[] {
  return stage.instructions.filter((i) => i.keyword === "RUN").map(analyzeRun);
}

function aptChecks(stage: Stage, final: boolean): Finding[] {
  const findings: Finding[] = [];
  const extra = { stage: stage.index };
  for (const run of runs(stage)) {
    const apt = run.system.filter((s) => s.manager === "apt");
    const line = { line: run.instruction.span.line };
    const installs = apt.filter((s) => s.verb === "install");
    if (apt.some((s) => s.verb === "update") && installs.length === 0)
      findings.push(
        finding(
          "apt-update-alone",
          line,
          `RUN on line ${line.line} runs apt-get update without installing anything: Docker caches that layer, so a later apt-get install in another RUN uses a stale package index and can install old versions or fail with 404s.`,
          "Update and install in the same RUN: apt-get update && apt-get install -y --no-install-recommends <packages> && rm -rf /var/lib/apt/lists/*",
          extra,
        ),
      );
    if (!final) continue;
    const listsCached = run.cacheMounts.some((m) => m.startsWith("/var/lib/apt"));
    if (!run.removesAptLists && !listsCached && apt.some((s) => s.verb === "update"))
      findings.push(
        finding(
          "apt-lists-kept",
          line,
          `RUN on line ${line.line} leaves the apt package index in /var/lib/apt/lists, which the image does not need at run time.`,
          "Remove them in the same RUN that updates them: && rm -rf /var/lib/apt/lists/*.",
          extra,
        ),
      );
    const recommends = installs.some(
      (s) =>
        !s.options.includes("--no-install-recommends") &&
        !s.options.some((o) => /Install-Recommends=(false|0)/i.test(o)),
    );
    if (recommends)
      findings.push(
        finding(
          "apt-without-no-install-recommends",
          line,
          `apt-get install on line ${line.line} also installs each package's recommended packages, which the app rarely needs.`,
          "Add --no-install-recommends.",
          extra,
        ),
      );
  }
  return findings;
}

function finalStageChecks(context: AuditContext, stage: Stage): Finding[] {
  const findings: Finding[] = [];
  const extra = { stage: stage.index };
  const compilers = compilerPackages(context.matrix);
  for (const run of runs(stage)) {
    const line = { line: run.instruction.span.line };
    const removed = run.system.some((s) => s.verb === "remove");
    const installed = run.system
      .filter((s) => s.verb === "install")
      .flatMap((s) => s.packages)
      .filter((p) => isCompilerPackage(p, compilers));
    if (installed.length > 0 && !removed)
      findings.push(
        finding(
          "compilers-in-final",
          line,
          `Line ${line.line} installs ${installed.join(", ")} in the final image: compilers and headers are needed to build packages, not to run them, and they add size and attack surface.`,
          "Build in a separate stage that has them and copy only the installed packages (the virtual environment) into the final stage.",
          extra,
        ),
      );
    for (const apk of run.system.filter((s) => s.manager === "apk" && s.verb === "install")) {
      const cached = run.cacheMounts.some(
        (m) => m.startsWith("/var/cache/apk") || m.startsWith("/etc/apk/cache"),
      );
      const cleaned = run.commands.some(
        (c) => c.words[0] === "rm" && c.words.some((w) => w.startsWith("/var/cache/apk")),
      );
      if (!apk.options.includes("--no-cache") && !cached && !cleaned)
        findings.push(
          finding(
            "apk-without-no-cache",
            line,
            `apk add on line ${line.line} keeps its package index in /var/cache/apk in the image.`,
            "Use apk add --no-cache.",
            extra,
          ),
        );
    }
    for (const install of run.python) {
      const cached = run.cacheMounts.some((m) => CACHE_DIRS[install.tool].test(m));
      const env = stage.env;
      const disabled =
        install.tool === "pip"
          ? install.words.includes("--no-cache-dir") ||
            /^(1|true|yes|on|off|0|false)$/i.test(env.get("PIP_NO_CACHE_DIR") ?? "")
          : install.tool === "uv"
            ? install.words.includes("--no-cache") ||
              install.words.includes("-n") ||
              /^(1|true)$/i.test(env.get("UV_NO_CACHE") ?? "")
            : install.words.includes("--no-cache");
      if (cached || disabled) continue;
      const where = { pip: "~/.cache/pip", uv: "~/.cache/uv", poetry: "~/.cache/pypoetry" }[
        install.tool
      ];
      findings.push(
        finding(
          "package-cache-kept",
          line,
          `${install.tool} on line ${line.line} keeps its download cache (${where}) in the final image.`,
          install.tool === "pip"
            ? "Add --no-cache-dir, or use a cache mount: RUN --mount=type=cache,target=/root/.cache/pip pip install ..."
            : install.tool === "uv"
              ? "Use a cache mount (RUN --mount=type=cache,target=/root/.cache/uv uv sync ...) or --no-cache."
              : "Use a cache mount (RUN --mount=type=cache,target=/root/.cache/pypoetry poetry install ...) or --no-cache.",
          extra,
        ),
      );
    }
  }
  if (stage.facts.compilers === true && stage.parent === undefined)
    findings.push(
      finding(
        "base-ships-compilers",
        { line: stage.from.span.line },
        `${stage.resolved} ships compilers and headers, so they are in the final image too: more size and attack surface than a runtime image.`,
        "That is a deliberate trade-off only for relaxed size and standard security; otherwise build on this image and run on a slimmer one with the same Python.",
        extra,
      ),
    );
  return findings;
}

/** BuildKit's SecretsUsedInArgOrEnv words (frontend/dockerfile/dockerfile2llb), between underscores or at either end. */
const SECRET_WORD =
  /(?:^|_)(?:apikey|auth|credentials?|key|password|pword|passwd|secret|token)(?:_|$)/i;
/** Words that make a name public, as BuildKit allows them (PUBLIC_KEY, KEY_FILE, TOKEN_VERSION). */
const NOT_SECRET = /(?:^|_)(?:public|file|version)(?:_|$)/i;

function secretChecks(stage: Stage, context: AuditContext): Finding[] {
  const findings: Finding[] = [];
  const label = stageLabel(stage, context.final);
  for (const instruction of stage.instructions) {
    const names =
      instruction.keyword === "ENV"
        ? envPairs(instruction).map(([name]) => ({ name, span: instruction.span }))
        : instruction.keyword === "ARG"
          ? argNames(instruction)
          : [];
    for (const { name, span } of names) {
      // The SECRET* prefix too (SECRETS, SECRET_KEY_BASE), beyond BuildKit's words.
      if (!(SECRET_WORD.test(name) || /^secret/i.test(name)) || NOT_SECRET.test(name)) continue;
      findings.push(
        finding(
          "secret-in-env-or-arg",
          { line: span.line, column: span.column },
          `${instruction.keyword} ${name} (${label}) looks like a secret: ${instruction.keyword === "ENV" ? "ENV values stay in the image for anyone who pulls it" : "build arguments are recorded in the image's history"}.`,
          "Pass secrets with a secret mount at build time (RUN --mount=type=secret,id=...,env=NAME) and at run time through the environment, never in the Dockerfile.",
          { stage: stage.index },
        ),
      );
    }
  }
  return findings;
}

function addChecks(stage: Stage): Finding[] {
  const findings: Finding[] = [];
  for (const add of stage.instructions.filter((i) => i.keyword === "ADD")) {
    const sources = (add.exec ?? add.words.map((w) => w.text)).slice(0, -1);
    const urls = sources.filter((s) => /^https?:\/\//i.test(s));
    if (urls.length === 0 || add.flags.some((f) => f.name === "checksum")) continue;
    findings.push(
      finding(
        "add-url-without-checksum",
        { line: add.span.line },
        `ADD on line ${add.span.line} downloads ${urls.join(", ")} without --checksum: whatever the server returns that day goes into the image.`,
        "Pin the content: ADD --checksum=sha256:<digest> <url> <dest> (Dockerfile 1.6 and later).",
        { stage: stage.index },
      ),
    );
  }
  return findings;
}

/** apt, apk, pip, uv and Poetry habits, compilers in the final image, ADD of URLs, secrets. */
export const installChecks: Check = (context) =>
  context.stages.flatMap((stage) => [
    ...aptChecks(stage, stage === context.final),
    ...(stage === context.final ? finalStageChecks(context, stage) : []),
    ...secretChecks(stage, context),
    ...addChecks(stage),
  ]);
