/**
 * Where the harness keeps things and which loopback ports its services use. The cache lives
 * outside the clone so a fresh clone on the same machine starts warm.
 */
import { join } from "node:path";

/** $XDG_CACHE_HOME/base-image-advisor when set, else /var/cache/base-image-advisor (CI runs as root). */
export function cacheDir(): string {
  const xdg = process.env.XDG_CACHE_HOME;
  return xdg ? join(xdg, "base-image-advisor") : "/var/cache/base-image-advisor";
}

/**
 * Fixed, because the stand-in bases are configured with them (and so keyed by them): the fixture
 * package index and the caching apt proxy.
 */
export const PORTS = { packageIndex: 4317, aptProxy: 4318 } as const;
