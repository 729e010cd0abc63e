/**
 * Moves to a section of the page and gives it focus, without touching the URL: the hash holds the
 * answers, so an in-page "#files" link would be read as a link with an unknown key.
 */
export function focusSection(id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  target.scrollIntoView({ block: "start" });
  target.focus({ preventScroll: true });
}
