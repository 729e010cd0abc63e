/**
 * embed.html: the matrix alone (?view=matrix) or one recommendation with its files
 * (?view=result#<answers fragment>), for internal docs. theme=light|dark pins the colours.
 * The page tells its parent its height whenever it changes; it never touches the host's URL.
 */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { EmbedApp } from "./EmbedApp.tsx";
import { postHeightToParent } from "./embed-height.ts";
import "./styles.css";

const params = new URLSearchParams(window.location.search);
const theme = params.get("theme");
if (theme === "light" || theme === "dark") document.documentElement.dataset.theme = theme;
const view = params.get("view") === "result" ? "result" : "matrix";

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <EmbedApp view={view} />
    </StrictMode>,
  );
  postHeightToParent(document.documentElement);
}
