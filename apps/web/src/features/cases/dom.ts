/**
 * Date inputs the browser could not read: a partly typed date shows as an
 * empty value (validity.badInput), which must not pass for "left blank".
 */
export function unreadableDates(form: HTMLFormElement, names: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const name of names) {
    const element = form.elements.namedItem(name);
    if (element instanceof HTMLInputElement && element.validity?.badInput) found.add(name);
  }
  return found;
}
