import { act, render, screen } from '@testing-library/react';
import { IcoClock } from './IcoClock';
import { clockView } from './incident-clock';

describe('the 72-hour ICO clock', () => {
  it('says how many hours are left, and how many it is overdue by, in words', () => {
    const now = new Date('2026-11-26T20:00:00Z');
    const { rerender } = render(<IcoClock incident={{ discoveredAt: '2026-11-24T10:00:00Z' }} now={now} />);
    expect(screen.getByText('ICO decision due in 14 h')).toBeInTheDocument();
    expect(screen.getByText(/72 hours end Fri,? 27 Nov 2026,? 10:00/)).toBeInTheDocument();
    rerender(<IcoClock incident={{ discoveredAt: '2026-11-24T10:00:00Z' }} now={new Date('2026-11-27T12:30:00Z')} />);
    expect(screen.getByText('ICO decision overdue by 3 h')).toBeInTheDocument();
  });

  it('runs across Christmas and the weekend: discovered on Christmas Eve, due on the Sunday', () => {
    const view = clockView({ discoveredAt: '2026-12-24T10:00:00Z' }, new Date('2026-12-26T10:00:00Z'));
    expect(view).toMatchObject({ state: 'RUNNING', text: 'ICO decision due in 24 h' });
    expect(view.deadline.toISOString()).toBe('2026-12-27T10:00:00.000Z');
  });

  it('stops once the ICO is notified, and says whether it was in time', () => {
    render(
      <IcoClock
        incident={{ discoveredAt: '2026-11-20T10:00:00Z', icoDecision: 'NOTIFY', icoDecidedAt: '2026-11-21T10:00:00Z', icoNotifiedAt: '2026-11-22T10:00:00Z' }}
        now={new Date('2026-11-26T10:00:00Z')}
      />,
    );
    expect(screen.getByText('ICO notified within 72 hours')).toBeInTheDocument();
  });

  it('counts down live while the page is open', () => {
    jest.useFakeTimers({ now: new Date('2026-11-26T10:00:00Z') });
    try {
      render(<IcoClock incident={{ discoveredAt: '2026-11-26T09:00:00Z' }} />);
      expect(screen.getByText('ICO decision due in 71 h')).toBeInTheDocument();
      act(() => {
        jest.advanceTimersByTime(60 * 60 * 1000);
      });
      expect(screen.getByText('ICO decision due in 70 h')).toBeInTheDocument();
    } finally {
      jest.useRealTimers();
    }
  });
});
