import { HIDE_LABEL, installTableToggles, SHOW_LABEL } from './table-toggle';

/** The markup the embed page's server writes (see the issue 10 contract). */
const EMBED_MARKUP = `
  <button type="button" data-embed-toggle aria-controls="embed-table" aria-expanded="false">Show the data as a table</button>
  <div id="embed-table" hidden><table><caption>Figures</caption></table></div>`;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('embed-page.js: the table toggle', () => {
  test('each click flips aria-expanded, the table’s hidden state and the button’s words', () => {
    document.body.innerHTML = EMBED_MARKUP;
    installTableToggles(document);
    const button = document.querySelector<HTMLButtonElement>('[data-embed-toggle]')!;
    const table = document.getElementById('embed-table')!;
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(table.hidden).toBe(true);

    button.click();
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(table.hidden).toBe(false);
    expect(button).toHaveTextContent(HIDE_LABEL);

    button.click();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(table.hidden).toBe(true);
    expect(button).toHaveTextContent(SHOW_LABEL);
  });

  test('markup that shows the table without JavaScript (button hidden) is turned into the collapsed toggle', () => {
    document.body.innerHTML = `
      <button type="button" hidden data-embed-toggle aria-controls="embed-table" aria-expanded="false">Show the data as a table</button>
      <div id="embed-table"><table></table></div>`;
    installTableToggles(document);
    expect(document.querySelector<HTMLButtonElement>('[data-embed-toggle]')!.hidden).toBe(false);
    expect(document.getElementById('embed-table')!.hidden).toBe(true);
  });

  test('the server may word the button itself', () => {
    document.body.innerHTML = `
      <button type="button" data-embed-toggle data-show-label="Show table" data-hide-label="Hide table" aria-controls="t" aria-expanded="false">Show table</button>
      <div id="t" hidden></div>`;
    installTableToggles(document);
    const button = document.querySelector<HTMLButtonElement>('[data-embed-toggle]')!;
    button.click();
    expect(button).toHaveTextContent('Hide table');
    button.click();
    expect(button).toHaveTextContent('Show table');
  });

  test('a toggle whose table is missing is left alone', () => {
    document.body.innerHTML = '<button type="button" data-embed-toggle aria-controls="nowhere" aria-expanded="false">Show the data as a table</button>';
    expect(() => installTableToggles(document)).not.toThrow();
    const button = document.querySelector<HTMLButtonElement>('[data-embed-toggle]')!;
    button.click();
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });
});
