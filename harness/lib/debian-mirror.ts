/**
 * The Debian mirror this machine's apt already uses, read from its sources, so the stand-in bases
 * come from the same place as every other package here (no mirror is hard-coded).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** One apt source: a URI and its suites (deb lines only). */
export type AptSource = { uri: string; suites: string[] };

export type DebianMirrors = {
  /** The archive (suites like bookworm, bookworm-updates). */
  archive: string;
  /** The security archive (suite <codename>-security), when apt has one. */
  security: string | undefined;
};

/** Parses one-line sources.list text: `deb [options] uri suite components...`. */
export function parseOneLineSources(text: string): AptSource[] {
  const sources: AptSource[] = [];
  for (const raw of text.split("\n")) {
    const line = raw.replace(/#.*/, "").trim();
    const match = /^deb\s+(?:\[[^\]]*\]\s+)?(\S+)\s+(\S+)/.exec(line);
    if (match?.[1] && match[2]) sources.push({ uri: match[1], suites: [match[2]] });
  }
  return sources;
}

/** Parses deb822 `.sources` text: stanzas of `Types`, `URIs`, `Suites`, `Enabled`. */
export function parseDeb822Sources(text: string): AptSource[] {
  const sources: AptSource[] = [];
  for (const stanza of text.split(/\n\s*\n/)) {
    const fields = new Map<string, string>();
    for (const line of stanza.split("\n")) {
      const match = /^([A-Za-z-]+):\s*(.*)$/.exec(line);
      if (match?.[1] && match[2] !== undefined) fields.set(match[1].toLowerCase(), match[2].trim());
    }
    if (!(fields.get("types") ?? "").split(/\s+/).includes("deb")) continue;
    if ((fields.get("enabled") ?? "yes").toLowerCase() === "no") continue;
    const suites = (fields.get("suites") ?? "").split(/\s+/).filter(Boolean);
    for (const uri of (fields.get("uris") ?? "").split(/\s+/).filter(Boolean))
      sources.push({ uri, suites });
  }
  return sources;
}

/**
 * Picks the archive and security mirrors among apt's sources: the ones that serve this machine's
 * own Debian release (`codename`, `codename-security`).
 */
export function pickDebianMirrors(sources: AptSource[], codename: string): DebianMirrors {
  const archive = sources.find((s) => s.suites.includes(codename))?.uri;
  if (archive === undefined)
    throw new Error(
      `No apt source serves Debian ${codename} (looked in /etc/apt/sources.list and /etc/apt/sources.list.d/): cannot tell which mirror to build the stand-in bases from`,
    );
  const security = sources.find((s) => s.suites.includes(`${codename}-security`))?.uri;
  return { archive: archive.replace(/\/+$/, ""), security: security?.replace(/\/+$/, "") };
}

/** Reads the machine's apt sources and os-release. */
export function machineDebianMirrors(etc = "/etc"): DebianMirrors {
  const release = readFileSync(join(etc, "os-release"), "utf8");
  const codename = /^VERSION_CODENAME=(.+)$/m.exec(release)?.[1]?.replace(/"/g, "");
  if (!codename) throw new Error(`${etc}/os-release has no VERSION_CODENAME: is this Debian?`);
  const sources: AptSource[] = [];
  const list = join(etc, "apt/sources.list");
  try {
    sources.push(...parseOneLineSources(readFileSync(list, "utf8")));
  } catch {
    // Newer Debian has no sources.list, only sources.list.d/.
  }
  const dir = join(etc, "apt/sources.list.d");
  for (const name of readdirSync(dir).sort()) {
    const text = readFileSync(join(dir, name), "utf8");
    if (name.endsWith(".sources")) sources.push(...parseDeb822Sources(text));
    else if (name.endsWith(".list")) sources.push(...parseOneLineSources(text));
  }
  return pickDebianMirrors(sources, codename);
}
