/**
 * The prerendered questionnaire works before any script runs: radios, checkboxes, sliders and text
 * fields are plain HTML. Hydration keeps what the user changed in the DOM but not in React's state
 * (React 19 keeps the DOM value and does not call onChange), so each changed control is replayed
 * here, once, through React's own change handling.
 */

/** The property setters of the DOM itself, past the value tracker React puts on each input. */
function nativeValueSetter(element: HTMLInputElement | HTMLTextAreaElement) {
  const prototype =
    element instanceof HTMLTextAreaElement
      ? HTMLTextAreaElement.prototype
      : HTMLInputElement.prototype;
  return Object.getOwnPropertyDescriptor(prototype, "value")?.set;
}

let replayed = false;

/** Sends every control under `root` that differs from what was rendered through onChange. */
export function replayEarlyInput(root: HTMLElement): void {
  if (replayed) return;
  replayed = true;
  for (const element of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
    "input, textarea",
  )) {
    // A chosen file cannot be set from script (the browser refuses), and the views that take
    // files are not prerendered.
    if (element instanceof HTMLInputElement && element.type === "file") continue;
    if (
      element instanceof HTMLInputElement &&
      (element.type === "radio" || element.type === "checkbox")
    ) {
      // A radio counts where it was picked; a checkbox wherever it was toggled.
      const changed = element.checked !== element.defaultChecked;
      if (!changed || (element.type === "radio" && !element.checked)) continue;
      // Through React's tracker back to what was rendered, then a real click to the user's choice.
      element.checked = element.defaultChecked;
      element.click();
    } else if (element.value !== element.defaultValue) {
      const typed = element.value;
      element.value = element.defaultValue;
      nativeValueSetter(element)?.call(element, typed);
      element.dispatchEvent(new Event("input", { bubbles: true }));
    }
  }
}
