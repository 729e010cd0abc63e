/** The message an embedded page sends its parent; embed.js checks its origin and source. */
export const HEIGHT_MESSAGE = "base-image-advisor:height";

/** Posts the element's height to the parent window now and whenever it changes. */
export function postHeightToParent(element: HTMLElement): void {
  if (window.parent === window) return;
  let last = -1;
  const post = () => {
    const height = Math.ceil(element.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // The height is not a secret, and the host's origin is not known to the frame: "*" is fine here.
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, "*");
  };
  new ResizeObserver(post).observe(element);
  // Browsers pause rendering work (and so ResizeObserver) in off-screen cross-origin frames; DOM
  // changes are still observed, so content that arrives while the frame is off screen is measured.
  new MutationObserver(post).observe(element, {
    childList: true,
    subtree: true,
    attributes: true,
    characterData: true,
  });
  post();
}
