import { shareBelowThreshold, shareEvidence, shareMeasure } from './measured-evidence';

describe('measured evidence', () => {
  it('writes the share in time as the self-assessment shows it', () => {
    expect(shareEvidence({ label: 'Stage 1 responses within 10 working days', met: 262, of: 312 })).toBe(
      'Stage 1 responses within 10 working days: 84 % of 312',
    );
    expect(shareEvidence({ label: 'Stage 2 responses', met: 0, of: 0 })).toBe('Stage 2 responses: none recorded in the year');
  });
  it('flags a share below the threshold, never an empty year', () => {
    expect(shareBelowThreshold({ met: 94, of: 100 })).toBe(true);
    expect(shareBelowThreshold({ met: 95, of: 100 })).toBe(false);
    expect(shareBelowThreshold({ met: 0, of: 0 })).toBe(false);
    expect(shareMeasure({ label: 'x', met: 1, of: 2 })).toMatchObject({ flagged: true, flagReason: 'Below 95 % in the year.' });
  });
});
