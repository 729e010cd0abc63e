/**
 * Bot configurations that keep the Dockerfile's digest pins fresh: Renovate (its docker:pinDigests
 * preset pins and then updates digests; docs.renovatebot.com/presets-docker) and Dependabot (the
 * "docker" ecosystem updates tags and digests in Dockerfiles; docs.github.com dependabot options).
 */
import type { Answers } from "../answers.ts";
import { mirrorHost } from "../registry-mirrors.ts";

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
  // One registry entry per mirror host (the Docker Hub mirror first), named mirror, mirror-2, ...
  const hosts = [
    ...new Set(
      [answers.registryMirror, ...Object.values(answers.mirrorsByRegistry)]
        .filter((prefix) => prefix !== "")
        .map(mirrorHost),
    ),
  ];
  const names = hosts.map((_, i) => (i === 0 ? "mirror" : `mirror-${i + 1}`));
  const dependabot = [
    "version: 2",
    ...(hosts.length > 0
      ? [
          "# Images come through your mirrors: describe them here so Dependabot can read them.",
          "registries:",
          ...hosts.flatMap((host, i) => {
            const secret = (names[i] as string).toUpperCase().replace("-", "_");
            return [
              `  ${names[i]}:`,
              "    type: docker-registry",
              `    url: https://${host}`,
              // GitHub expressions, written literally into the YAML (not template placeholders).
              `    username: ${"$"}{{ secrets.${secret}_USERNAME }}`,
              `    password: ${"$"}{{ secrets.${secret}_PASSWORD }}`,
            ];
          }),
        ]
      : []),
    "updates:",
    '  - package-ecosystem: "docker"',
    '    directory: "/"',
    "    schedule:",
    '      interval: "weekly"',
    ...(hosts.length > 0 ? ["    registries:", ...names.map((name) => `      - ${name}`)] : []),
    "",
  ];
  return {
    "renovate.json": `${JSON.stringify(renovate, null, 2)}\n`,
    ".github/dependabot.yml": dependabot.join("\n"),
  };
}
