/**
 * Bot configurations that keep the Dockerfile's digest pins fresh: Renovate (its docker:pinDigests
 * preset pins and then updates digests; docs.renovatebot.com/presets-docker) and Dependabot (the
 * "docker" ecosystem updates tags and digests in Dockerfiles; docs.github.com dependabot options).
 */
import type { Answers } from "../answers.ts";

export type UpdateConfigs = { "renovate.json": string; ".github/dependabot.yml": string };

export function updateConfigs(answers: Answers): UpdateConfigs {
  const renovate = {
    $schema: "https://docs.renovatebot.com/renovate-schema.json",
    extends: ["config:recommended", "docker:pinDigests"],
    packageRules: [
      {
        description: "Base image digests: one grouped pull request a week",
        matchDatasources: ["docker"],
        matchUpdateTypes: ["digest", "pin", "pinDigest"],
        groupName: "base images",
        schedule: ["before 6am on monday"],
      },
    ],
  };
  const dependabot = [
    "version: 2",
    ...(answers.registryMirror !== ""
      ? [
          "# Images come through your mirror: describe it here so Dependabot can read it.",
          "registries:",
          "  mirror:",
          "    type: docker-registry",
          `    url: https://${answers.registryMirror.split("/")[0]}`,
          // GitHub expressions, written literally into the YAML (not template placeholders).
          `    username: ${"$"}{{ secrets.MIRROR_USERNAME }}`,
          `    password: ${"$"}{{ secrets.MIRROR_PASSWORD }}`,
        ]
      : []),
    "updates:",
    '  - package-ecosystem: "docker"',
    '    directory: "/"',
    "    schedule:",
    '      interval: "weekly"',
    ...(answers.registryMirror !== "" ? ["    registries:", "      - mirror"] : []),
    "",
  ];
  return {
    "renovate.json": `${JSON.stringify(renovate, null, 2)}\n`,
    ".github/dependabot.yml": dependabot.join("\n"),
  };
}
