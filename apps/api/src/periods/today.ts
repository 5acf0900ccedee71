/** Today's date in the council's calendar (England), whatever the server's time zone. */
const LONDON_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

export function todayIso(now: Date = new Date()): string {
  return LONDON_DATE.format(now);
}
