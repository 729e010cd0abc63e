/**
 * Upstream architecture names to the project's (src/data/schema.ts ARCHITECTURES, which follow
 * OCI platform names without the `linux/` prefix). Docker Official Images write bashbrew names
 * (arm64v8, arm32v7, i386: docker-library/official-images README, "Architectures"); the hardened
 * catalog writes OCI platforms (linux/arm64). Names the project does not list (arm32v5, arm32v6,
 * mips64le, windows-amd64) are returned apart, so a report can say they were left out.
 */
import { ARCHITECTURES } from "../data/schema.ts";

/** An architecture as the project names it. */
export type Architecture = (typeof ARCHITECTURES)[number];

const BASHBREW: Record<string, Architecture> = {
  amd64: "amd64",
  arm64v8: "arm64",
  arm32v7: "arm/v7",
  i386: "386",
  ppc64le: "ppc64le",
  s390x: "s390x",
  riscv64: "riscv64",
};

function isArchitecture(name: string): name is Architecture {
  return (ARCHITECTURES as readonly string[]).includes(name);
}

/** In the schema's order, so a written list is stable whatever order upstream used. */
export function sortArchitectures(list: Iterable<Architecture>): Architecture[] {
  const set = new Set(list);
  return ARCHITECTURES.filter((a) => set.has(a));
}

/** Bashbrew names (official-images library files) to the project's, and the names left out. */
export function fromBashbrew(names: string[]): { known: Architecture[]; other: string[] } {
  const known: Architecture[] = [];
  const other: string[] = [];
  for (const name of names) {
    const mapped = BASHBREW[name];
    if (mapped) known.push(mapped);
    else other.push(name);
  }
  return { known: sortArchitectures(known), other: [...new Set(other)].sort() };
}

/** OCI platforms (`linux/arm64`, `linux/arm/v7`) to the project's names, and the ones left out. */
export function fromPlatforms(platforms: string[]): { known: Architecture[]; other: string[] } {
  const known: Architecture[] = [];
  const other: string[] = [];
  for (const platform of platforms) {
    const name = platform.startsWith("linux/") ? platform.slice("linux/".length) : "";
    if (isArchitecture(name)) known.push(name);
    else other.push(platform);
  }
  return { known: sortArchitectures(known), other: [...new Set(other)].sort() };
}
