import { EMBED_SIZE_MESSAGE } from './embed-size-message';
import { contentHeight, startSizeReporter } from './size-reporter';

/** A window inside a frame: the real jsdom document, a parent that records messages, a ResizeObserver we trigger. */
function framedWindow({ withObserver = true } = {}) {
  const posted: Array<{ message: unknown; targetOrigin: string }> = [];
  const observers: Array<() => void> = [];
  class FakeResizeObserver {
    constructor(private readonly callback: () => void) {
      observers.push(() => this.callback());
    }
    observe() {}
    disconnect() {
      observers.length = 0;
    }
  }
  const listeners = new Map<string, () => void>();
  const win = {
    document,
    parent: { postMessage: (message: unknown, targetOrigin: string) => posted.push({ message, targetOrigin }) },
    ResizeObserver: withObserver ? FakeResizeObserver : undefined,
    addEventListener: (type: string, listener: () => void) => listeners.set(type, listener),
    removeEventListener: (type: string) => listeners.delete(type),
    setTimeout: (fn: () => void) => fn(),
  } as unknown as Window;
  return { win, posted, resize: () => observers.forEach((notify) => notify()), fire: (type: string) => listeners.get(type)?.() };
}

let height = 0;
beforeEach(() => {
  height = 420;
  jest.spyOn(document.documentElement, 'getBoundingClientRect').mockImplementation(() => ({ height }) as DOMRect);
});
afterEach(() => jest.restoreAllMocks());

describe('embed-page.js: telling the framing page its height', () => {
  test('measures the content (rounded up), not the frame', () => {
    height = 512.2;
    expect(contentHeight(document)).toBe(513);
  });

  test('posts the height on start, then each time it changes: growing and shrinking', () => {
    const { win, posted, resize } = framedWindow();
    const reporter = startSizeReporter(win);
    height = 880;
    resize();
    height = 420;
    resize();
    expect(posted.map((p) => p.message)).toEqual([
      { type: EMBED_SIZE_MESSAGE, height: 420 },
      { type: EMBED_SIZE_MESSAGE, height: 880 },
      { type: EMBED_SIZE_MESSAGE, height: 420 },
    ]);
    reporter.stop();
  });

  test('an unchanged height is not posted again', () => {
    const { win, posted, resize, fire } = framedWindow();
    const reporter = startSizeReporter(win);
    resize();
    fire('load');
    expect(posted).toHaveLength(1);
    reporter.stop();
  });

  test('without ResizeObserver it still follows load, resize and clicks', () => {
    const { win, posted, fire } = framedWindow({ withObserver: false });
    const reporter = startSizeReporter(win);
    height = 700;
    fire('resize');
    height = 650;
    document.body.click();
    expect(posted.map((p) => (p.message as { height: number }).height)).toEqual([420, 700, 650]);
    reporter.stop();
    height = 600;
    document.body.click();
    expect(posted).toHaveLength(3);
  });
});
