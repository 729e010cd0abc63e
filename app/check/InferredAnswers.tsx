import type { Answers } from "../../src/answers.ts";
import type { DockerfileAudit } from "../../src/audit/audit-dockerfile.ts";
import { defaultVocabulary } from "../../src/vocabulary.ts";
import { navigate } from "../navigation.ts";
import { useAdvisor } from "../store.ts";

const QUESTIONS = new Map(defaultVocabulary.questions.map((q) => [q.id, q]));

function label(field: keyof Answers): string {
  return QUESTIONS.get(field)?.label ?? field;
}

/** An answer as the questionnaire shows it: the option's label where there is one. */
function shown(field: keyof Answers, value: Answers[keyof Answers]): string {
  if (Array.isArray(value)) return value.join(", ");
  const option = QUESTIONS.get(field)?.options?.find((o) => o.value === String(value));
  return option?.label ?? String(value);
}

/** What the file reveals, with the line each answer comes from, and "Use these answers". */
export function InferredAnswers({
  audit,
  onShowLine,
}: {
  audit: DockerfileAudit;
  onShowLine: (line: number) => void;
}) {
  const { answers, evidence, unknown } = audit.inferred;
  const fields = Object.keys(answers) as (keyof Answers)[];
  return (
    <section aria-labelledby="inferred-heading" className="card space-y-3">
      <h2 id="inferred-heading" className="text-lg font-semibold">
        What your Dockerfile says about the app
      </h2>
      {evidence.length === 0 ? (
        <p className="text-sm muted">It does not reveal any of the questionnaire's answers.</p>
      ) : (
        <dl className="grid gap-x-3 gap-y-1.5 text-sm sm:grid-cols-[auto_1fr]">
          {evidence.map((e) => (
            <div key={e.field} className="contents">
              <dt className="font-semibold">{label(e.field)}</dt>
              <dd className="min-w-0">
                <span className="font-mono break-all">
                  {shown(e.field, answers[e.field] as Answers[keyof Answers])}
                </span>{" "}
                <span className="muted">
                  (
                  <button type="button" className="link" onClick={() => onShowLine(e.line)}>
                    line {e.line}
                  </button>
                  {e.detail !== String(answers[e.field]) ? `: ${e.detail}` : ""})
                </span>
              </dd>
            </div>
          ))}
        </dl>
      )}
      {unknown.length > 0 && (
        <div className="text-sm">
          <h3 className="font-semibold">Not in the file</h3>
          <ul className="list-disc space-y-0.5 pl-5 muted">
            {unknown.map((u) => (
              <li key={u.field}>
                {label(u.field)}: {u.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
      {fields.length > 0 && (
        <div className="space-y-1">
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => {
              useAdvisor.setState((s) => ({
                answers: { ...s.answers, ...answers },
                inferred: fields,
              }));
              navigate("advisor");
            }}
          >
            Use these answers
          </button>
          <p className="text-sm muted">
            Fills {fields.length} question{fields.length === 1 ? "" : "s"} in the Advisor, marked
            “from your Dockerfile”; the others keep your answers.
          </p>
        </div>
      )}
    </section>
  );
}
