/**
 * The one inline script, run in <head> before the first paint (the build inlines it and puts its
 * hash in the page's Content-Security-Policy). The prerendered HTML is the advisor for the default
 * answers: a link, or the matrix view, must not show that as its own, so the page is marked and
 * CSS shows a loading note instead (index.html). A script of the page's that fails to load marks
 * it too, so the page says so and offers Reload rather than waiting for ever.
 *
 * It also starts the page's scripts, which the HTML holds in <template data-scripts>, once the
 * first contentful paint is stamped and the document is parsed:
 * - Not before the paint: fetched earlier, they would finish before the first paint on a fast line
 *   and Lighthouse would count all of them as holding it back (its simulated LCP went from 1.0 to
 *   2 s). The stamp, not the first animation frame: the browser stamps a paint when the frame is
 *   presented, which on a busy machine comes well after the frame's own callbacks.
 * - Not before the parse: the page's own parsing and layout after the first paint then do not
 *   share the CPU with compiling the scripts: on a machine with a core taken by other work, that
 *   made both long tasks.
 * - On a slow line (the HTML still arriving 0.2 s after this script ran) they start then, before
 *   the paint, which waits for the whole HTML (index.html's render-blocking link): their round trip
 *   overlaps the HTML's last bytes (on Slow 3G they start at 2.3 s rather than 2.6 s).
 * A hidden tab paints nothing: there they start once the document is parsed. Whatever happens to
 * paint timing, they start 3 s after the document is parsed at the latest.
 */
export function boot(): void {
  const root = document.documentElement;
  let started = false;
  let painted = false;
  // The HTML has all arrived (its parsing may not be done) when above 0; 0 while it is arriving,
  // undefined where the browser keeps no navigation timing (then no line counts as slow).
  const received = () =>
    (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined)
      ?.responseEnd;
  const start = () => {
    // Not painted, or the HTML is in but not yet parsed: a later call starts them.
    if (started || !painted || (document.readyState === "loading" && (received() ?? 0) > 0)) return;
    const held = document.querySelector("template[data-scripts]");
    if (!(held instanceof HTMLTemplateElement)) return;
    started = true;
    // One element per task: each starts a fetch, which costs the main thread a few milliseconds.
    const elements = [...held.content.children];
    const next = () => {
      const element = elements.shift();
      if (!element) return;
      const copy = document.createElement(element.localName);
      for (const { name, value } of element.attributes) copy.setAttribute(name, value);
      document.head.append(copy);
      setTimeout(next);
    };
    next();
  };
  if (PerformanceObserver.supportedEntryTypes?.includes("paint")) {
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName("first-contentful-paint").length === 0) return;
      observer.disconnect();
      painted = true;
      setTimeout(start);
    });
    observer.observe({ type: "paint", buffered: true });
  } else
    requestAnimationFrame(() => {
      painted = true;
      setTimeout(start);
    });
  // Painted or not: a hidden tab, and the latest time.
  const startAnyway = () => {
    painted = true;
    start();
  };
  addEventListener("DOMContentLoaded", () => {
    if (document.visibilityState === "hidden") startAnyway();
    setTimeout(start);
    setTimeout(startAnyway, 3000);
  });
  addEventListener("visibilitychange", startAnyway, { once: true });
  // A slow line (see above). On a fast one the HTML is in long before, and they wait for the paint.
  setTimeout(() => {
    if (received() === 0) startAnyway();
  }, 200);
  if (location.hash.length > 1) root.dataset.boot = "link";
  else if (/[?&]view=matrix(&|$)/.test(location.search)) root.dataset.boot = "matrix";
  addEventListener(
    "error",
    (event) => {
      const target = event.target;
      if (target instanceof Element && target.hasAttribute("data-critical"))
        root.dataset.bootFailed = "";
    },
    true,
  );
  addEventListener("click", (event) => {
    if (event.target instanceof Element && event.target.closest("[data-reload]")) location.reload();
  });
}
