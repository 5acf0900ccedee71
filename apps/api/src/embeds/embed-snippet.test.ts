import { embedState } from './embed-state';
import { embedSnippet, embedUrl } from './embed-snippet';

describe('the embed snippet', () => {
  it('frames the embed URL with the chart name as its title, and loads the sizing script', () => {
    const token = 'A'.repeat(43);
    expect(embedUrl('https://insight.example.gov.uk', token)).toBe(`https://insight.example.gov.uk/embed/${token}`);
    expect(embedSnippet('https://insight.example.gov.uk', token, 'Complaints by channel')).toBe(
      `<iframe src="https://insight.example.gov.uk/embed/${token}" title="Complaints by channel" data-complaints-insight-embed style="width:100%;border:0" height="420" loading="lazy"></iframe>\n` +
        '<script src="https://insight.example.gov.uk/embed.js" async></script>',
    );
  });

  it('escapes a chart name that contains markup', () => {
    const snippet = embedSnippet('https://x.example', 'A'.repeat(43), '"><script>alert(1)</script>');
    expect(snippet).toContain('title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(snippet.match(/<script/g)).toHaveLength(1);
  });
});

describe('the state of an embed', () => {
  const now = new Date('2026-12-01T12:00:00Z');
  const later = new Date('2026-12-02T00:00:00Z');
  const earlier = new Date('2026-11-30T00:00:00Z');

  it.each([
    ['ACTIVE', null, 'ACTIVE'],
    ['ACTIVE', later, 'ACTIVE'],
    ['ACTIVE', earlier, 'EXPIRED'],
    ['ACTIVE', now, 'EXPIRED'],
    ['PAUSED', later, 'PAUSED'],
    ['PAUSED', earlier, 'EXPIRED'],
    ['REVOKED', earlier, 'REVOKED'],
    ['REVOKED', null, 'REVOKED'],
  ] as const)('%s expiring %s is %s', (status, expiresAt, state) => {
    expect(embedState({ status, expiresAt }, now)).toBe(state);
  });
});
