/**
 * Stand-in for gcr.io/distroless/python3-debian13:nonroot. Distroless assembles its images from
 * Debian packages' files without dpkg, apt or a shell (GoogleContainerTools/distroless,
 * python3/BUILD and base/README.md); this does the same with mmdebstrap's extract variant.
 */
import type { StandInRecipe } from "./recipe.ts";

const PASSWD = [
  "root:x:0:0:root:/root:/sbin/nologin",
  "nobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin",
  "nonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin",
];
const GROUP = ["root:x:0:", "nobody:x:65534:", "nonroot:x:65532:"];

export const distrolessPython3Debian13: StandInRecipe = {
  name: "gcr.io/distroless/python3-debian13:nonroot",
  header: [
    "Stand-in for gcr.io/distroless/python3-debian13:nonroot: Debian 13's python3.13-minimal and libpython3.13-stdlib with their libraries, ca-certificates, tzdata and netbase, extracted without dpkg, apt or a shell; user nonroot (65532); ENTRYPOINT /usr/bin/python3.13.",
    "Differs: distroless picks files from a fixed package list with Bazel; this extracts the packages' dependency closure, then removes debconf, perl scripts and openssl's tools, so a few more libraries may be present. No /etc/os-release from distroless; no busybox (that is the :debug variant).",
    "Built by mmdebstrap from today's Debian 13 packages, not the publisher's build.",
  ],
  variant: "extract",
  packages: [
    "python3.13-minimal",
    "libpython3.13-stdlib",
    "ca-certificates",
    "tzdata",
    "netbase",
    "libstdc++6",
  ],
  files: () => ({
    "/etc/passwd": `${PASSWD.join("\n")}\n`,
    "/etc/group": `${GROUP.join("\n")}\n`,
  }),
  customize: [
    // The merged-/usr links that base-files' maintainer scripts would make; the ELF interpreter is /lib64/ld-linux-x86-64.so.2.
    'for dir in bin lib lib64 sbin; do [ -e "$1/usr/$dir" ] || mkdir -p "$1/usr/$dir"; ln -sfn "usr/$dir" "$1/$dir"; done',
    'ln -sf python3.13 "$1/usr/bin/python3"',
    'rm -rf "$1"/usr/bin/debconf* "$1/usr/share/debconf" "$1/etc/debconf.conf" "$1/usr/bin/c_rehash" "$1/usr/bin/openssl" "$1/etc/apt" "$1/etc/dpkg" "$1/var/lib/dpkg" "$1/var/cache/apt" "$1/var/lib/apt"',
    'mkdir -p "$1/home/nonroot" "$1/root" "$1/tmp" && chown 65532:65532 "$1/home/nonroot" && chmod 1777 "$1/tmp"',
    '/sbin/ldconfig -r "$1"',
    // The point of the image: no shell at all.
    'for sh in bin/sh bin/bash bin/dash usr/bin/sh usr/bin/bash usr/bin/dash; do if [ -e "$1/$sh" ]; then echo "distroless stand-in: $sh exists" >&2; exit 1; fi; done',
  ],
  config: {
    entrypoint: ["/usr/bin/python3.13"],
    user: "65532",
    env: [
      "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
      "SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt",
    ],
  },
};
