import type { Answers } from "../answers.ts";

/**
 * The shell commands that build and run the generated files for these answers: a local build and
 * run, a multi-architecture build when more than one architecture was chosen, and compose for web
 * apps. Only checked answers (port, architectures) appear in them.
 */
export function usageCommands(answers: Answers): string {
  const lines = ["docker build -t app ."];
  const publish = answers.appKind === "web" ? `-p ${answers.port}:${answers.port} ` : "";
  lines.push(`docker run --rm ${publish}app`);
  if (answers.architectures.length > 1) {
    const platforms = answers.architectures.map((a) => `linux/${a}`).join(",");
    lines.push(
      `docker buildx build --platform ${platforms} -t registry.example.com/app:1.0 --push .`,
    );
  }
  if (answers.appKind === "web") lines.push("docker compose up --build");
  return `${lines.join("\n")}\n`;
}
