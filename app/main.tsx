import { startTransition } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { replayEarlyInput } from "./early-input.ts";
import { startViews } from "./engine.ts";
import { nextTask } from "./next-task.ts";
import { Page } from "./Page.tsx";
import { followHashChanges } from "./store.ts";
import { startToday } from "./today.ts";
import "./styles.css";

followHashChanges();
const root = document.getElementById("root");
if (root) {
  // The build prerendered the advisor for the default answers on its build date. That is this
  // visit's page unless the boot script marked it (a link, the matrix view): then render afresh.
  const hydrated = root.hasChildNodes() && document.documentElement.dataset.boot === undefined;
  const onStart = () => {
    // What was typed before hydration counts; the date becomes today's; the first paint's loading
    // notes give way to the page (see boot-script.ts).
    if (hydrated) replayEarlyInput(root);
    startViews();
    startToday();
    delete document.documentElement.dataset.boot;
  };
  if (!hydrated) {
    startViews();
    startToday();
  }
  // In a task after the one that evaluated the scripts; as a transition, React renders (or
  // hydrates) the page in slices that yield to the browser between them, so the first render is
  // no single long task (the prerendered page, or the heading above it, is already painted).
  void nextTask().then(() =>
    startTransition(() => {
      if (hydrated) hydrateRoot(root, <Page onStart={onStart} />);
      else createRoot(root).render(<Page onStart={onStart} />);
    }),
  );
}
