import { useEffect } from 'react';

export const PRODUCT_NAME = 'Complaints Insight';

/** "Trend explorer – Complaints Insight"; "Error: Sign in – …" while a form shows errors. */
export function documentTitle(title: string, hasErrors = false): string {
  return `${hasErrors ? 'Error: ' : ''}${title} – ${PRODUCT_NAME}`;
}

/**
 * Sets the browser tab's title (WCAG 2.4.2). The route wrapper sets each
 * page's title from the route table; a page that calls this as well wins,
 * because its effect runs after the wrapper's.
 */
export function useDocumentTitle(title: string, hasErrors = false): void {
  useEffect(() => {
    document.title = documentTitle(title, hasErrors);
  }, [title, hasErrors]);
}
