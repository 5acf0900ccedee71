/**
 * embed.js, on the intranet page: sizes every Complaints Insight iframe to the
 * height its embed page reports. A message is believed only when it comes from
 * that iframe's window (event.source) and from the origin of its src
 * (event.origin), so no other frame or page can resize it.
 */
import { requestedHeight } from './embed-size-message';

export const EMBED_FRAME_SELECTOR = 'iframe[data-complaints-insight-embed]';

/** A page may paste several snippets, each with the script: listen once. */
const INSTALLED = Symbol.for('complaints-insight.embed-resizer');

/** The origin an iframe's src points at, or null when it has none we can trust. */
function frameOrigin(frame: HTMLIFrameElement, baseUri: string): string | null {
  const src = frame.getAttribute('src');
  if (!src) return null;
  try {
    const url = new URL(src, baseUri);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

/** Applies one message; returns the frame it resized, if any (for tests). */
export function resizeFrameFor(event: MessageEvent, doc: Document): HTMLIFrameElement | null {
  const height = requestedHeight(event.data);
  if (height === null || !event.source) return null;
  // Looked up per message, so frames added after the script (or before it loaded) are covered.
  for (const frame of doc.querySelectorAll<HTMLIFrameElement>(EMBED_FRAME_SELECTOR)) {
    if (frame.contentWindow !== event.source) continue;
    if (frameOrigin(frame, doc.baseURI) !== event.origin) return null;
    // Both: the attribute for pages that style frames by it, the style so page CSS cannot pin the old height.
    frame.setAttribute('height', String(height));
    frame.style.height = `${height}px`;
    return frame;
  }
  return null;
}

export function installFrameResizer(win: Window): void {
  const flagged = win as Window & { [INSTALLED]?: true };
  if (flagged[INSTALLED]) return;
  flagged[INSTALLED] = true;
  win.addEventListener('message', (event) => {
    resizeFrameFor(event, win.document);
  });
}
