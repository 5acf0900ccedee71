import { canonicalEmail } from './canonical-email';

describe('canonicalEmail', () => {
  it.each([
    ['victim@x.example', 'victim@x.example'],
    ['VICTIM@X.example', 'victim@x.example'],
    [' victim@x.example ', 'victim@x.example'],
    ['\tvictim@x.example\n', 'victim@x.example'],
    ['victim＠x.example', 'victim@x.example'],
    ['ＶＩＣＴＩＭ@x．example', 'victim@x.example'],
    ['\u3000victim@x.example', 'victim@x.example'],
    ['vi\u0302ctim@x.example', 'v\u00eectim@x.example'],
  ])('%j is %j', (raw, canonical) => {
    expect(canonicalEmail(raw)).toBe(canonical);
  });

  it('keeps accented letters apart from plain ones', () => {
    expect(canonicalEmail('vîctim@x.example')).not.toBe(canonicalEmail('victim@x.example'));
    expect(canonicalEmail('VÎCTIM@x.example')).toBe('vîctim@x.example');
  });

  it('is idempotent', () => {
    for (const raw of ['Ａb@Ｃ.example', ' ﬁle@x.example', 'Straße@x.example']) {
      expect(canonicalEmail(canonicalEmail(raw))).toBe(canonicalEmail(raw));
    }
  });
});
