/**
 * The embed page's "Show the data as a table" button: a disclosure that shows
 * or hides the table it controls (aria-controls), keeping aria-expanded and
 * its words in step. The server writes the button and the table; this only
 * makes the button work.
 */
export const TOGGLE_SELECTOR = '[data-embed-toggle]';
export const SHOW_LABEL = 'Show the data as a table';
export const HIDE_LABEL = 'Hide the data table';

function controlled(button: HTMLElement, doc: Document): HTMLElement | null {
  const id = button.getAttribute('aria-controls');
  return id ? doc.getElementById(id) : null;
}

export function setExpanded(button: HTMLElement, target: HTMLElement, expanded: boolean): void {
  button.setAttribute('aria-expanded', String(expanded));
  target.hidden = !expanded;
  button.textContent = expanded ? (button.dataset.hideLabel ?? HIDE_LABEL) : (button.dataset.showLabel ?? SHOW_LABEL);
}

export function installTableToggles(doc: Document): void {
  for (const button of doc.querySelectorAll<HTMLElement>(TOGGLE_SELECTOR)) {
    const target = controlled(button, doc);
    if (!target) continue;
    // Start from what the button says; and if the server hid the button so the
    // table shows without JavaScript, it is this script's to offer.
    setExpanded(button, target, button.getAttribute('aria-expanded') === 'true');
    button.hidden = false;
    button.addEventListener('click', () => setExpanded(button, target, button.getAttribute('aria-expanded') !== 'true'));
  }
}
