/** Today's date in the council's calendar (Europe/London): the one rule is in @complaints/domain (dates/london-today). */
export { todayIso } from '@complaints/domain';
