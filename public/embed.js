/*
 * Base Image Advisor embed loader. Turns
 *   <div data-base-image-advisor="matrix"></div>
 *   <div data-base-image-advisor="result" data-answers="v=1&python=3.12"></div>
 * (optional data-theme="light" or "dark"; for the matrix, data-sort, data-order and data-filter
 * as the app's links write them) into iframes of embed.html, and sizes each frame from the height
 * its page reports. The frame validates every value itself. A message counts only when it comes from the frame's origin and from
 * that very frame, so two embeds on one page never resize each other.
 */
(() => {
  const script = document.currentScript;
  const base = new URL(".", script?.src ? script.src : window.location.href);
  const origin = base.origin;
  const frames = [];

  for (const host of document.querySelectorAll("[data-base-image-advisor]")) {
    if (host.dataset.baseImageAdvisorReady) continue;
    host.dataset.baseImageAdvisorReady = "1";
    const view = host.dataset.baseImageAdvisor === "result" ? "result" : "matrix";
    const url = new URL("embed.html", base);
    url.searchParams.set("view", view);
    const theme = host.dataset.theme;
    if (theme === "light" || theme === "dark") url.searchParams.set("theme", theme);
    if (view === "result" && host.dataset.answers) url.hash = host.dataset.answers;
    if (view === "matrix") {
      const options = new URLSearchParams();
      for (const key of ["sort", "order", "filter"]) {
        const value = host.dataset[key];
        if (value) options.set(key, value);
      }
      if (options.toString() !== "") url.hash = options.toString();
    }
    const frame = document.createElement("iframe");
    frame.src = url.href;
    frame.title =
      view === "result"
        ? "Base Image Advisor: recommended base image"
        : "Base Image Advisor: base image matrix";
    frame.loading = "lazy";
    frame.style.width = "100%";
    frame.style.border = "0";
    frame.style.height = "600px";
    host.replaceChildren(frame);
    frames.push(frame);
  }

  window.addEventListener("message", (event) => {
    if (event.origin !== origin) return;
    const frame = frames.find((f) => f.contentWindow === event.source);
    const data = event.data;
    if (!frame || !data || data.type !== "base-image-advisor:height") return;
    const height = Number(data.height);
    if (Number.isFinite(height) && height > 0 && height < 100000)
      frame.style.height = `${Math.ceil(height)}px`;
  });
})();
