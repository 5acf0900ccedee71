/**
 * The embed page tells the page framing it how tall its content is, on load
 * and whenever that changes (the table shown or hidden, a narrower frame
 * wrapping the text), shrinking as well as growing.
 */
import { embedSizeMessage } from './embed-size-message';

/**
 * The content's height. Not scrollHeight: that is never less than the frame's
 * own height, so the frame could grow but never shrink back. The root
 * element's box follows its content as long as the page's CSS gives <html> no
 * height of its own (the embed page's CSS must not set `height: 100%` there).
 */
export function contentHeight(doc: Document): number {
  const root = doc.documentElement;
  const height = root.getBoundingClientRect().height;
  return Math.ceil(height > 0 ? height : (doc.body?.offsetHeight ?? 0));
}

export interface SizeReporter {
  /** Measures now and posts the height if it changed. */
  report(): void;
  stop(): void;
}

export function startSizeReporter(win: Window): SizeReporter {
  const parent = win.parent;
  let last = -1;
  const report = () => {
    const height = contentHeight(win.document);
    if (height === last || height <= 0) return;
    last = height;
    // '*': the message is only a height, and the page framing us may be any allowed
    // intranet origin, which the frame cannot know (embed.js checks who sent it).
    parent.postMessage(embedSizeMessage(height), '*');
  };
  const Observer = (win as Window & typeof globalThis).ResizeObserver;
  const observer = Observer ? new Observer(() => report()) : null;
  observer?.observe(win.document.documentElement);
  // Without ResizeObserver (old browsers), the frame still follows load, resizes and clicks.
  const afterClick = () => win.setTimeout(report, 0);
  win.addEventListener('load', report);
  if (!observer) {
    win.addEventListener('resize', report);
    win.document.addEventListener('click', afterClick);
  }
  report();
  return {
    report,
    stop() {
      observer?.disconnect();
      win.removeEventListener('load', report);
      win.removeEventListener('resize', report);
      win.document.removeEventListener('click', afterClick);
    },
  };
}
