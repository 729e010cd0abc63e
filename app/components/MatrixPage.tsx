import { useAdvisor } from "../store.ts";
import { EmbedDialog } from "./EmbedDialog.tsx";
import { MatrixTable } from "./MatrixTable.tsx";

/** The matrix page: the view lives in the store (and so in the link), with an Embed dialog for it. */
export function MatrixPage({ highlight }: { highlight?: string | undefined }) {
  const view = useAdvisor((s) => s.matrixView);
  const setView = useAdvisor((s) => s.setMatrixView);
  const pythonVersion = useAdvisor((s) => s.answers.pythonVersion);
  return (
    <MatrixTable
      // A new highlight opens that row afresh.
      key={highlight ?? ""}
      highlight={highlight}
      view={view}
      onViewChange={setView}
      pythonVersion={pythonVersion}
      toolbar={<EmbedDialog matrixView={view} />}
    />
  );
}
