import { StrictMode, startTransition } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.tsx";
import { followHashChanges } from "./store.ts";
import "./styles.css";

followHashChanges();
const root = document.getElementById("root");
if (root) {
  // As a transition, React renders the page in slices that yield to the browser between them, so
  // the first render is no single long task (the heading above it is already painted).
  startTransition(() => {
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
}
