/**
 * The one inline script, run in <head> before the first paint (the build inlines it and puts its
 * hash in the page's Content-Security-Policy). The prerendered HTML is the advisor for the default
 * answers: a link, or the matrix view, must not show that as its own, so the page is marked and
 * CSS shows a loading note instead (index.html). A script of the page's that fails to load marks
 * it too, so the page says so and offers Reload rather than waiting for ever.
 *
 * It also starts the page's scripts, which the HTML holds in <template data-scripts>, once the
 * first contentful paint is stamped: fetched earlier, they would finish before the first paint on
 * a fast line and Lighthouse would count all of them as holding it back (its simulated LCP went
 * from 1.0 to 2 s). The stamp, not the first animation frame: the browser stamps a paint when the
 * frame is presented, which on a busy machine comes well after the frame's own callbacks. On a
 * slow line the first paint comes as soon as the HTML is in, so little is lost. A hidden tab paints
 * nothing: there they start once the document is parsed. Whatever happens to paint timing, they
 * start 3 s after the document is parsed at the latest.
 */
export function boot(): void {
  const root = document.documentElement;
  let started = false;
  const start = () => {
    if (started) return;
    const held = document.querySelector("template[data-scripts]");
    // Not parsed yet: a later call starts them.
    if (!(held instanceof HTMLTemplateElement)) return;
    started = true;
    for (const element of held.content.children) {
      const copy = document.createElement(element.localName);
      for (const { name, value } of element.attributes) copy.setAttribute(name, value);
      document.head.append(copy);
    }
  };
  if (PerformanceObserver.supportedEntryTypes?.includes("paint")) {
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName("first-contentful-paint").length === 0) return;
      observer.disconnect();
      setTimeout(start);
    });
    observer.observe({ type: "paint", buffered: true });
  } else requestAnimationFrame(() => setTimeout(start));
  addEventListener("DOMContentLoaded", () => {
    if (document.visibilityState === "hidden") start();
    setTimeout(start, 3000);
  });
  addEventListener("visibilitychange", start, { once: true });
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
