/**
 * What the page shows instead of going blank: an engine chunk that did not load gets Retry; any
 * other error (a state in the link that breaks a view) gets "Reset answers", which clears the hash.
 */
import { Component, type ReactNode } from "react";
import { ChunkLoadError } from "../engine.ts";

type BoundaryProps = {
  children: ReactNode;
  fallback: (error: unknown, retry: () => void) => ReactNode;
  /** Told once the fallback is shown. */
  onError?: (() => void) | undefined;
};

/** Catches what its children throw while rendering and shows `fallback` instead. */
export class ErrorBoundary extends Component<BoundaryProps, { error: unknown; failed: boolean }> {
  override state = { error: undefined as unknown, failed: false };

  static getDerivedStateFromError(error: unknown) {
    return { error, failed: true };
  }

  override componentDidCatch() {
    this.props.onError?.();
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return this.props.fallback(this.state.error, () =>
      this.setState({ error: undefined, failed: false }),
    );
  }
}

function Panel({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section
      role="alert"
      aria-label={title}
      className="card h-fit space-y-3 self-start border-red-300 dark:border-red-800"
      data-testid="recovery"
    >
      <h2 className="text-lg font-semibold">{title}</h2>
      {children}
    </section>
  );
}

/**
 * The fallback for a view: Retry when its chunk did not load, else the error and, where the page
 * owns the answers, Reset answers.
 */
export function Recovery({
  error,
  retry,
  reset,
  what,
}: {
  error: unknown;
  retry: () => void;
  /** Clears the answers and the hash; absent where the answers are not the page's (the embed). */
  reset?: () => void;
  /** What could not be shown: "the recommendation", "the matrix". */
  what: string;
}) {
  if (error instanceof ChunkLoadError)
    return (
      <Panel title={`Could not load ${what}`}>
        <p className="text-sm">
          The part of the page that computes {what} did not arrive: the network may be offline or
          blocking it, or the site was updated since this page was loaded. Your answers are kept.
        </p>
        <div className="flex flex-wrap gap-2">
          <button type="button" className="btn btn-primary" onClick={retry}>
            Retry
          </button>
          <button type="button" className="btn" onClick={() => window.location.reload()}>
            Reload the page
          </button>
        </div>
      </Panel>
    );
  return (
    <Panel title={`Could not show ${what}`}>
      <p className="text-sm">
        Something in these answers stopped {what} from showing
        {error instanceof Error ? `: ${error.message}` : "."}
      </p>
      {reset ? (
        <>
          <p className="text-sm">
            Reset answers goes back to the defaults and clears them from the address bar.
          </p>
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => {
              reset();
              retry();
            }}
          >
            Reset answers
          </button>
        </>
      ) : (
        <button type="button" className="btn" onClick={retry}>
          Try again
        </button>
      )}
    </Panel>
  );
}
