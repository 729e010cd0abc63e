/**
 * The one inline script, run in <head> before the first paint (the build inlines it and puts its
 * hash in the page's Content-Security-Policy). The prerendered HTML is the advisor for the default
 * answers: a link, or the matrix view, must not show that as its own, so the page is marked and
 * CSS shows a loading note instead (index.html). A script of the page's that fails to load marks
 * it too, so the page says so and offers Reload rather than waiting for ever.
 */
export function boot(): void {
  const root = document.documentElement;
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
