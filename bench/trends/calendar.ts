/**
 * Working-day arithmetic by table lookup, for generating a million contacts
 * quickly. Each day's working/non-working status comes from the product's own
 * `timescales` (isWorkingDay: weekends, Christmas, Good Friday, bank holidays),
 * and `check()` compares the shortcuts with addWorkingDays/workingDaysBetween on
 * a sample, so the generated dates mean what the API would compute.
 */
import { addWorkingDays, isWorkingDay, workingDaysBetween } from '../../apps/api/src/timescales';
import { fromDayNumber, toDayNumber } from '../../apps/api/src/timescales/iso-date';
import type { Random } from '../../apps/api/src/demo-data/seeded-random';

export class WorkingCalendar {
  readonly first: number;
  private readonly iso: string[] = [];
  /** Working days in [first, day]. */
  private readonly upTo: Int32Array;
  /** Day numbers of the working days, in order. */
  private readonly working: number[] = [];

  constructor(fromIso: string, toIso: string) {
    this.first = toDayNumber(fromIso);
    const last = toDayNumber(toIso);
    this.upTo = new Int32Array(last - this.first + 1);
    let count = 0;
    for (let day = this.first; day <= last; day++) {
      const date = fromDayNumber(day);
      this.iso.push(date);
      if (isWorkingDay(date)) {
        count += 1;
        this.working.push(day);
      }
      this.upTo[day - this.first] = count;
    }
  }

  isoOf(day: number): string {
    const date = this.iso[day - this.first];
    if (date === undefined) throw new Error(`day ${day} is outside the calendar`);
    return date;
  }

  isWorking(day: number): boolean {
    const i = day - this.first;
    return this.upTo[i] !== (i > 0 ? this.upTo[i - 1] : 0);
  }

  /** `n` working days after `day` (the day itself never counts), as addWorkingDays. */
  addWorking(day: number, n: number): number {
    if (n === 0) return day;
    const result = this.working[this.upTo[day - this.first] + n - 1];
    if (result === undefined) throw new Error(`${n} working days after ${this.isoOf(day)} is outside the calendar`);
    return result;
  }

  /** Working days after `from` up to and including `to`, as workingDaysBetween. */
  between(from: number, to: number): number {
    return to <= from ? 0 : this.upTo[to - this.first] - this.upTo[from - this.first];
  }

  /** Throws unless the shortcuts agree with the timescales module on `samples` random cases. */
  check(random: Random, samples = 2000, margin = 120): void {
    const span = this.iso.length - margin;
    for (let s = 0; s < samples; s++) {
      const day = this.first + random.int(0, span - 1);
      const n = random.int(0, 40);
      const other = day + random.int(0, 60);
      const [a, b] = [this.isoOf(this.addWorking(day, n)), addWorkingDays(this.isoOf(day), n)];
      const [c, d] = [this.between(day, other), workingDaysBetween(this.isoOf(day), this.isoOf(other))];
      if (a !== b || c !== d) throw new Error(`calendar disagrees with timescales at ${this.isoOf(day)}: ${a}/${b}, ${c}/${d}`);
    }
  }
}
