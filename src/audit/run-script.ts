/**
 * The commands a RUN executes, read well enough to spot package installs and caches: the script is
 * split at shell operators (&&, ||, ;, |, &, line breaks) into simple commands, and each command
 * into words with quotes removed, as POSIX sh reads them. Variables stay unexpanded and
 * substitutions stay inside their word; nothing here runs anything. Linear in the text.
 */

/** One simple command: its words, with leading `VAR=value` assignments and `sudo` dropped. */
export type SimpleCommand = { words: string[] };

/** The simple commands of a shell script. */
export function shellCommands(script: string): SimpleCommand[] {
  const commands: SimpleCommand[] = [];
  let words: string[] = [];
  let word = "";
  let inWord = false;
  let quote: "'" | '"' | null = null;
  const endWord = () => {
    if (inWord) words.push(word);
    word = "";
    inWord = false;
  };
  const endCommand = () => {
    endWord();
    let start = 0;
    while (start < words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[start] as string)) start++;
    if (words[start] === "sudo") start++;
    if (start < words.length) commands.push({ words: words.slice(start) });
    words = [];
  };
  for (let i = 0; i < script.length; i++) {
    const ch = script[i] as string;
    if (quote === "'") {
      if (ch === "'") quote = null;
      else word += ch;
      continue;
    }
    if (quote === '"') {
      if (ch === '"') quote = null;
      else if (ch === "\\" && i + 1 < script.length) word += script[++i];
      else word += ch;
      continue;
    }
    if (ch === "'" || ch === '"') {
      quote = ch;
      inWord = true;
    } else if (ch === "\\" && script[i + 1] === "\n") {
      i++;
    } else if (ch === "\\" && i + 1 < script.length) {
      word += script[++i];
      inWord = true;
    } else if (ch === "#" && !inWord) {
      // A comment runs to the end of the line.
      while (i + 1 < script.length && script[i + 1] !== "\n") i++;
    } else if (ch === " " || ch === "\t") {
      endWord();
    } else if (
      ch === "\n" ||
      ch === "\r" ||
      ch === ";" ||
      ch === "&" ||
      ch === "|" ||
      ch === "(" ||
      ch === ")"
    ) {
      endCommand();
    } else {
      word += ch;
      inWord = true;
    }
  }
  endCommand();
  return commands;
}
