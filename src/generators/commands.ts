import type { Answers } from "../answers.ts";
import { writesCompose } from "./compose.ts";

/**
 * The shell commands that build and run the generated files for these answers: a local build and
 * run (with Docker's own init, which forwards signals and reaps zombies; the image carries tini as
 * well where the command needs it, see init-process.ts), a multi-architecture build when more than
 * one architecture was chosen, and compose for web apps and workers. Only checked answers (port,
 * architectures) appear in them.
 */
export function usageCommands(answers: Answers): string {
  const lines = ["docker build -t app ."];
  const publish = answers.appKind === "web" ? `-p ${answers.port}:${answers.port} ` : "";
  lines.push(`docker run --rm --init ${publish}app`);
  if (answers.architectures.length > 1) {
    const platforms = answers.architectures.map((a) => `linux/${a}`).join(",");
    lines.push(
      `docker buildx build --platform ${platforms} -t registry.example.com/app:1.0 --push .`,
    );
  }
  if (writesCompose(answers)) lines.push("docker compose up --build");
  return `${lines.join("\n")}\n`;
}
