/**
 * The one inline script, run in <head> before the first paint (the build inlines it and puts its
 * hash in the page's Content-Security-Policy). The prerendered HTML is the advisor for the default
 * answers: a link, or the matrix view, must not show that as its own, so the page is marked and
 * CSS shows a loading note instead (index.html). A script of the page's that fails to load marks
 * it too, so the page says so and offers Reload rather than waiting for ever.
 *
 * It also starts the page's scripts, which the HTML holds in <template data-scripts>, once the
 * first frame is painted: fetched earlier, they would finish before the first paint on a fast
 * line and Lighthouse would count all of them as holding it back (its simulated LCP went from 1.0
 * to 2 s). On a slow line the first paint comes as soon as the HTML is in, so little is lost. A
 * hidden tab paints no frames: there they start at once.
 */
export function boot(): void {
  const root = document.documentElement;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    const held = document.querySelector("template[data-scripts]");
    if (!(held instanceof HTMLTemplateElement)) return;
    for (const element of held.content.children) {
      const copy = document.createElement(element.localName);
      for (const { name, value } of element.attributes) copy.setAttribute(name, value);
      document.head.append(copy);
    }
  };
  requestAnimationFrame(() => setTimeout(start));
  // A hidden tab paints no frames, so there they start at once (a timer instead could fire before
  // the first paint on a busy machine, which is what waiting for the frame avoids).
  if (document.visibilityState === "hidden") start();
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
