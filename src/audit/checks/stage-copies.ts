/**
 * Python packages copied from one stage into another only work when both run the same Python
 * minor (the packages sit under lib/python3.X/ and compiled extensions carry the CPython ABI in
 * their names), the same C library (a manylinux wheel's extensions link glibc, a musllinux one's
 * musl), and, for a virtual environment, the interpreter its bin/python links to.
 */
import { type Finding, finding } from "../rules.ts";
import { copiesFrom, shipsPython } from "../stages.ts";
import { type Check, stageLabel } from "./context.ts";

/** Paths that hold installed Python packages: a virtual environment, site- or dist-packages, a user install. */
const PACKAGE_PATH =
  /(^|\/)\.?venv(\/|$)|site-packages|dist-packages|\/lib\/python3|(^|\/)\.local(\/|$)/;
const VENV_PATH = /(^|\/)\.?venv(\/|$)/;

/** Packages copied between stages that do not share a Python, a libc or an interpreter path. */
export const stageCopyChecks: Check = ({ stages, final }) => {
  const findings: Finding[] = [];
  for (const stage of stages) {
    for (const copy of copiesFrom(stage, stages)) {
      const packages = copy.paths.filter((p) => PACKAGE_PATH.test(p));
      if (packages.length === 0) continue;
      const { source, instruction } = copy;
      const span = { line: instruction.span.line };
      const what = packages.join(", ");
      const here = stageLabel(stage, final);
      const there = stageLabel(source, final);
      const extra = { stage: stage.index };
      const [from, to] = [source.python, stage.python];
      if (from && to && from.version !== to.version) {
        findings.push(
          finding(
            "stage-python-mismatch",
            span,
            `Line ${span.line} copies ${what} from ${there}, which installs for Python ${from.version}, into ${here}, which runs Python ${to.version}: the packages sit under lib/python${from.version}/ and their compiled parts are built for ${from.version}'s ABI, so imports fail.`,
            `Build both stages from the same Python ${to.version} (the same image family and tag, or its -dev pair).`,
            extra,
          ),
        );
        continue;
      }
      const [libcFrom, libcTo] = [source.facts.libc, stage.facts.libc];
      if (libcFrom && libcTo && libcFrom !== libcTo)
        findings.push(
          finding(
            "stage-libc-mismatch",
            span,
            `Line ${span.line} copies ${what} from ${there} (${libcFrom}) into ${here} (${libcTo}): compiled extensions built against ${libcFrom} do not load on ${libcTo}.`,
            `Build the packages on a ${libcTo} image, ideally the same image as ${here}.`,
            extra,
          ),
        );
      const venvs = packages.filter((p) => VENV_PATH.test(p));
      if (venvs.length === 0) continue;
      const [built, runs] = [source.facts.interpreter, stage.facts.interpreter];
      const entries = stage.entry ? [stage.entry] : stage.match.entries;
      const noPython =
        !stage.python &&
        stage.parent === undefined &&
        entries.length > 0 &&
        entries.every((e) => !shipsPython(e.image));
      if (noPython)
        findings.push(
          finding(
            "venv-interpreter-missing",
            span,
            `Line ${span.line} copies the virtual environment ${venvs.join(", ")} into ${here}, whose base (${stage.resolved}) has no Python and which installs none: its bin/python points at an interpreter that is not there.`,
            "Install the same Python in this stage, or build on an image that has it.",
            extra,
          ),
        );
      else if (built && runs && built !== runs && source.python?.via !== "uv")
        findings.push(
          finding(
            "venv-interpreter-missing",
            span,
            `Line ${span.line} copies the virtual environment ${venvs.join(", ")} from ${there}, where it was made with ${built}, into ${here}, whose Python is ${runs}: the environment's bin/python links to ${built}, which the data does not record in ${stage.resolved}.`,
            `Make the environment with the interpreter the final image has (${runs}), in a build stage with the same layout.`,
            extra,
          ),
        );
    }
  }
  return findings;
};
