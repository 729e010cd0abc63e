/**
 * Long free text in a permalink (the requirements; any later pasted file): compressed with
 * lz-string, which is made for URLs, and prefixed with a check of the text, so a link cut short by
 * a mail client or chat tool is noticed instead of read as less text. Cut lz-string output mostly
 * decompresses to "" and sometimes to a prefix of the text: neither survives the check.
 *
 * Written as `<check>.<compressed>`: "." is outside lz-string's URI alphabet (A-Z a-z 0-9 + - $).
 */
import LZString from "lz-string";

/** FNV-1a, 32 bits, over UTF-16 code units, in base 36: seven characters at most. */
function check(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** The link form of `text` (how long a link may be is permalink.ts's to decide). */
export function packLinkText(text: string): string {
  return `${check(text)}.${LZString.compressToEncodedURIComponent(text)}`;
}

/**
 * The text back from its link form; undefined when it cannot be read (cut short or damaged). Links
 * written before the check (no ".") are read when they decompress to any text.
 */
export function unpackLinkText(value: string): string | undefined {
  const dot = value.indexOf(".");
  if (dot === -1) {
    const text = LZString.decompressFromEncodedURIComponent(value);
    return text ? text : undefined;
  }
  const text = LZString.decompressFromEncodedURIComponent(value.slice(dot + 1));
  return text !== null && check(text) === value.slice(0, dot) ? text : undefined;
}
