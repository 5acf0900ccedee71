import { clockView, formatLondonTime, useNow, type ClockedIncident } from './incident-clock';

/**
 * The live 72-hour clock: "ICO decision due in 14 h" or "ICO decision overdue
 * by 3 h", with the deadline in London time. Words carry the state; colour only
 * repeats it.
 */
export function IcoClock({ incident, now: fixedNow }: { incident: ClockedIncident; now?: Date }) {
  const liveNow = useNow();
  const view = clockView(incident, fixedNow ?? liveNow);
  return (
    <span className={`li-clock li-clock--${view.state.toLowerCase()}`}>
      <strong>{view.text}</strong>
      {(view.state === 'RUNNING' || view.state === 'OVERDUE') && (
        <span className="li-clock__deadline"> (72 hours end {formatLondonTime(view.deadline)})</span>
      )}
    </span>
  );
}
