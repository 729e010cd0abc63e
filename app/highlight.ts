/**
 * A small tokenizer for the generated files, so the code view can colour them with React text
 * nodes (no HTML strings). It knows just enough Dockerfile and YAML for what the engine writes.
 */
export type TokenKind = "comment" | "keyword" | "string" | "flag" | "variable" | "key" | "text";
export type Token = { kind: TokenKind; text: string };

const DOCKERFILE_KEYWORD =
  /^(\s*)(FROM|RUN|CMD|ENTRYPOINT|COPY|ADD|ENV|ARG|WORKDIR|USER|EXPOSE|HEALTHCHECK|LABEL|VOLUME|SHELL|STOPSIGNAL|ONBUILD)\b/;
const INLINE = /("(?:[^"\\]|\\.)*"|'[^']*')|(--[a-z][\w-]*(?:=\S*)?)|(\$\{?[A-Za-z_]\w*\}?)/g;

function inline(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    const index = match.index ?? 0;
    if (index > last) tokens.push({ kind: "text", text: text.slice(last, index) });
    const kind: TokenKind = match[1] ? "string" : match[2] ? "flag" : "variable";
    tokens.push({ kind, text: match[0] });
    last = index + match[0].length;
  }
  if (last < text.length) tokens.push({ kind: "text", text: text.slice(last) });
  return tokens;
}

export function highlightLine(line: string, language: "dockerfile" | "yaml" | "plain"): Token[] {
  if (/^\s*#/.test(line)) return [{ kind: "comment", text: line }];
  if (language === "dockerfile") {
    const keyword = DOCKERFILE_KEYWORD.exec(line);
    if (keyword) {
      const [whole, indent = "", word = ""] = keyword;
      return [
        ...(indent ? [{ kind: "text" as const, text: indent }] : []),
        { kind: "keyword", text: word },
        ...inline(line.slice(whole.length)),
      ];
    }
    return inline(line);
  }
  if (language === "yaml") {
    const key = /^(\s*-?\s*)([\w.-]+)(:)(.*)$/.exec(line);
    if (key)
      return [
        { kind: "text", text: key[1] ?? "" },
        { kind: "key", text: key[2] ?? "" },
        { kind: "text", text: key[3] ?? "" },
        ...inline(key[4] ?? ""),
      ];
    return inline(line);
  }
  return [{ kind: "text", text: line }];
}
