import { useState } from "react";
import type { Answers } from "../../src/answers.ts";
import { updateConfigs } from "../../src/generators/update-configs.ts";
import { CodeBlock } from "./CodeBlock.tsx";
import { CopyButton } from "./CopyButton.tsx";

/** Renovate and Dependabot configurations that keep the digest pins fresh. */
export function UpdateConfigsPanel({ answers }: { answers: Answers }) {
  const configs = updateConfigs(answers);
  const [tool, setTool] = useState<keyof typeof configs>("renovate.json");
  return (
    <details className="mt-4 text-sm">
      <summary className="link w-fit cursor-pointer">
        Keep the digest pins fresh (Renovate or Dependabot)
      </summary>
      <div className="mt-2 space-y-2">
        <p className="muted">
          Pin each FROM by digest as the Dockerfile shows, then let a bot propose updates when the
          tags move.
        </p>
        <div className="flex flex-wrap gap-2">
          {(Object.keys(configs) as (keyof typeof configs)[]).map((name) => (
            <button
              key={name}
              type="button"
              aria-pressed={tool === name}
              className={`btn font-mono ${tool === name ? "btn-primary" : ""}`}
              onClick={() => setTool(name)}
            >
              {name}
            </button>
          ))}
          <CopyButton text={configs[tool]} label={`Copy ${tool}`} />
        </div>
        <CodeBlock
          text={configs[tool]}
          language={tool.endsWith(".yml") ? "yaml" : "plain"}
          label={tool}
        />
      </div>
    </details>
  );
}
