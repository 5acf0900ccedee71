import { EMBED_SIZE_MESSAGE, MAX_EMBED_HEIGHT } from './embed-size-message';
import { installFrameResizer, resizeFrameFor } from './frame-resizer';

const PRODUCT = 'https://insight.example.gov.uk';

function addFrame(src: string, embed = true): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.src = src;
  if (embed) frame.setAttribute('data-complaints-insight-embed', '');
  frame.setAttribute('height', '420');
  document.body.append(frame);
  return frame;
}

function sizeMessage(frame: HTMLIFrameElement | null, height: unknown, origin = PRODUCT, type: unknown = EMBED_SIZE_MESSAGE): MessageEvent {
  return new MessageEvent('message', { data: { type, height }, origin, source: frame?.contentWindow ?? null });
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('embed.js: sizing the iframe from its messages', () => {
  test('a message from the frame, from its src origin, sets its height', () => {
    const frame = addFrame(`${PRODUCT}/embed/abc`);
    expect(resizeFrameFor(sizeMessage(frame, 612.4), document)).toBe(frame);
    expect(frame.getAttribute('height')).toBe('613');
    expect(frame.style.height).toBe('613px');
  });

  test('the frame shrinks as well as grows', () => {
    const frame = addFrame(`${PRODUCT}/embed/abc`);
    resizeFrameFor(sizeMessage(frame, 900), document);
    expect(frame.style.height).toBe('900px');
    resizeFrameFor(sizeMessage(frame, 380), document);
    expect(frame.style.height).toBe('380px');
    expect(frame.getAttribute('height')).toBe('380');
  });

  test('a message claiming another origin is ignored', () => {
    const frame = addFrame(`${PRODUCT}/embed/abc`);
    for (const origin of ['https://evil.example', 'http://insight.example.gov.uk', 'https://insight.example.gov.uk:8443', 'null', '']) {
      expect(resizeFrameFor(sizeMessage(frame, 900, origin), document)).toBeNull();
    }
    expect(frame.getAttribute('height')).toBe('420');
    expect(frame.style.height).toBe('');
  });

  test('a message from another window (another frame, the page itself, none) is ignored, even from the right origin', () => {
    const frame = addFrame(`${PRODUCT}/embed/abc`);
    const other = addFrame(`${PRODUCT}/somewhere-else`, false);
    expect(resizeFrameFor(sizeMessage(other, 900), document)).toBeNull();
    expect(resizeFrameFor(new MessageEvent('message', { data: { type: EMBED_SIZE_MESSAGE, height: 900 }, origin: PRODUCT, source: window }), document)).toBeNull();
    expect(resizeFrameFor(new MessageEvent('message', { data: { type: EMBED_SIZE_MESSAGE, height: 900 }, origin: PRODUCT }), document)).toBeNull();
    expect(frame.getAttribute('height')).toBe('420');
    expect(other.getAttribute('height')).toBe('420');
  });

  test('an iframe without the embed attribute is never resized', () => {
    const frame = addFrame(`${PRODUCT}/embed/abc`, false);
    expect(resizeFrameFor(sizeMessage(frame, 900), document)).toBeNull();
    expect(frame.getAttribute('height')).toBe('420');
  });

  test('messages of another kind or with a senseless height are ignored; huge heights are capped', () => {
    const frame = addFrame(`${PRODUCT}/embed/abc`);
    for (const [height, type] of [
      [900, 'something-else'],
      ['900', EMBED_SIZE_MESSAGE],
      [-5, EMBED_SIZE_MESSAGE],
      [0, EMBED_SIZE_MESSAGE],
      [Number.NaN, EMBED_SIZE_MESSAGE],
      [Number.POSITIVE_INFINITY, EMBED_SIZE_MESSAGE],
    ] as const) {
      expect(resizeFrameFor(sizeMessage(frame, height, PRODUCT, type), document)).toBeNull();
    }
    expect(resizeFrameFor(new MessageEvent('message', { data: 'complaints-insight:embed-size', origin: PRODUCT, source: frame.contentWindow }), document)).toBeNull();
    expect(frame.getAttribute('height')).toBe('420');
    resizeFrameFor(sizeMessage(frame, 10_000_000), document);
    expect(frame.getAttribute('height')).toBe(String(MAX_EMBED_HEIGHT));
  });

  test('each of several embeds on one page follows its own messages; a relative src is resolved against the page', () => {
    const first = addFrame(`${PRODUCT}/embed/one`);
    const second = addFrame(`${PRODUCT}/embed/two`);
    const local = addFrame('/embed/three');
    resizeFrameFor(sizeMessage(second, 700), document);
    resizeFrameFor(sizeMessage(local, 500, window.location.origin), document);
    expect(first.getAttribute('height')).toBe('420');
    expect(second.getAttribute('height')).toBe('700');
    expect(local.getAttribute('height')).toBe('500');
  });

  test('installed twice (two snippets on one page), it listens once and resizes frames added later', () => {
    const listen = jest.spyOn(window, 'addEventListener');
    installFrameResizer(window);
    installFrameResizer(window);
    expect(listen.mock.calls.filter(([type]) => type === 'message')).toHaveLength(1);
    listen.mockRestore();
    const frame = addFrame(`${PRODUCT}/embed/later`);
    window.dispatchEvent(sizeMessage(frame, 555));
    expect(frame.style.height).toBe('555px');
  });
});
