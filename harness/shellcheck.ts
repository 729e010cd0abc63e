/**
 * The shellcheck step on its own: walks every distinct generated Dockerfile (CPU-heavy) and runs
 * shellcheck over their RUN bodies, then prints the result as JSON. run.ts starts it as a child
 * process so the walk overlaps the image builds instead of blocking the loopback servers.
 *
 *   node --import tsx harness/shellcheck.ts <output folder>
 */
import { distinctBestDockerfiles, everyImageDockerfiles } from "./lib/dockerfile-corpus.ts";
import { shellcheckDockerfiles } from "./lib/shellcheck-runs.ts";

const [dir] = process.argv.slice(2);
if (!dir) throw new Error("usage: harness/shellcheck.ts <output folder>");
const today = new Date().toISOString().slice(0, 10);
const dockerfiles = [...new Set([...distinctBestDockerfiles(), ...everyImageDockerfiles(today)])];
console.log(JSON.stringify(await shellcheckDockerfiles(dockerfiles, dir)));
