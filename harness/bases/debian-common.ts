/**
 * What every Debian-based stand-in shares: Debian's slim-image dpkg excludes, apt pointed at the
 * caching proxy, and pip pointed at the fixture index.
 */
import type { HarnessEndpoints } from "./recipe.ts";

/**
 * The docs, man pages and translations Debian's slim images leave out (debuerreotype's --slim list,
 * https://github.com/debuerreotype/debuerreotype/blob/master/scripts/.slimify-excludes), plus
 * force-unsafe-io, which the official images dropped but which makes dpkg skip fsync: builds here
 * are thrown away, so durability buys nothing.
 */
export const SLIM_DPKG = [
  "path-exclude /usr/share/doc/*",
  "path-include /usr/share/doc/*/copyright",
  "path-exclude /usr/share/groff/*",
  "path-exclude /usr/share/info/*",
  "path-exclude /usr/share/linda/*",
  "path-exclude /usr/share/lintian/overrides/*",
  "path-exclude /usr/share/locale/*",
  "path-include /usr/share/locale/locale.alias",
  "path-exclude /usr/share/man/*",
];

/** Files that make apt and pip inside a build reach the harness's loopback services. */
export function debianFiles(endpoints: HarnessEndpoints): Record<string, string> {
  return {
    "/etc/dpkg/dpkg.cfg.d/docker": `${SLIM_DPKG.join("\n")}\n`,
    "/etc/dpkg/dpkg.cfg.d/harness-unsafe-io": "force-unsafe-io\n",
    "/etc/apt/sources.list": `${endpoints.aptSources.join("\n")}\n`,
    // The official images remove downloaded packages after each install (docker-clean); so does this.
    "/etc/apt/apt.conf.d/docker-clean":
      'DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };\nAPT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };\nDir::Cache::pkgcache "";\nDir::Cache::srcpkgcache "";\n',
    "/etc/apt/apt.conf.d/docker-no-languages": 'Acquire::Languages "none";\n',
    "/etc/apt/apt.conf.d/90harness-proxy": `Acquire::http::Proxy "${endpoints.aptProxy}";\n`,
    "/etc/pip.conf": `[global]\nindex-url = ${endpoints.packageIndex}\n`,
  };
}

/** The header lines every Debian-based stand-in carries about that configuration. */
export const DEBIAN_DIFFERENCES = [
  "apt reaches the mirror this machine uses through the harness's caching proxy on loopback (/etc/apt/apt.conf.d/90harness-proxy); sources are one-line sources.list, not debian.sources.",
  "pip's index is the harness's fixture index on loopback (/etc/pip.conf): PyPI is not reachable here.",
  "dpkg runs with force-unsafe-io (the builds are thrown away).",
  "Built by mmdebstrap from today's Debian 13 packages, not the publisher's build of its release day.",
];
