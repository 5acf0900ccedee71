/**
 * What every embed route answers for a token that shows nothing: the same
 * plain sentence, with no chart name and no figures, never cached. HTML for
 * the page (it is what an intranet reader sees in the frame), plain text for
 * images, data and downloads.
 */
import type { Response } from 'express';
import { EMBED_STYLESHEET_PATH } from './embed-page.styles';

export const UNAVAILABLE_MESSAGE = 'This chart is no longer available';

export function unavailablePage(): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    // The script lets the intranet page shrink the frame to the message.
    `<title>${UNAVAILABLE_MESSAGE}</title><link rel="stylesheet" href="${EMBED_STYLESHEET_PATH}"><script src="/embed-page.js" defer></script></head>`,
    `<body class="theme-light"><main class="embed embed--unavailable"><p>${UNAVAILABLE_MESSAGE}.</p></main></body>`,
    '</html>',
  ].join('\n');
}

export function sendUnavailable(res: Response, status: 404 | 410, as: 'html' | 'text'): void {
  res.status(status).set('Cache-Control', 'no-store').removeHeader('ETag');
  if (as === 'html') res.type('text/html; charset=utf-8').send(unavailablePage());
  else res.type('text/plain; charset=utf-8').send(`${UNAVAILABLE_MESSAGE}.\n`);
}
