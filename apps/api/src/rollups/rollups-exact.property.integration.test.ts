/**
 * Issue 11 part 2: rollups are exact. Random contacts and random writes through
 * the real services (create, batch create as imports do, acknowledge, respond,
 * escalate, withdraw, an entity save that moves a contact to another month and
 * service area, a bulk UPDATE nobody announced), then random trend questions:
 * the answer read from the rollups deep-equals the one read from the base
 * tables, and rollups:check finds no differing cell. On both dialects.
 */
import * as fc from 'fast-check';
import { COMPLAINANT_TYPES, OUTCOMES, STAGES } from '../reference/reference-data';
import type { AggregateRun } from '../aggregates/aggregate-runner';
import { ContactLifecycleService } from '../contacts/contact-lifecycle.service';
import { ContactService } from '../contacts/contact.service';
import { Contact } from '../contacts/contact.entity';
import { inTransaction } from '../db/transaction';
import { loadReferenceCatalog, type ReferenceCatalog } from '../reference/reference-catalog';
import { openTestDatabase, type TestDatabase } from '../test-support/test-database';
import { runTrend } from '../trends/trend.service';
import { Dimension, Granularity, TrendMeasure } from '../trends/trend.enums';
import type { TrendInput } from '../trends/trend.inputs';
import { checkRollups } from './rollup-check';
import { onTrendSource, withoutRollups, type TrendSource } from './rollup-planner';

const TODAY = '2011-03-31';
const RUNS = 25;
/**
 * Fixed, so that CI runs the same cases every time: with a new seed per run the check below that rollups answered a
 * good share of the questions failed now and then by chance (9 of 43 in one run, against more than a quarter).
 * FC_SEED=<n> explores other cases.
 */
const SEED = Number(process.env.FC_SEED ?? 20261127);

let db: TestDatabase;
let catalog: ReferenceCatalog;
let contacts: ContactService;
let lifecycle: ContactLifecycleService;
const sources: TrendSource[] = [];
let stopListening: () => void;

beforeAll(async () => {
  db = await openTestDatabase();
  catalog = await loadReferenceCatalog(db.dataSource.manager);
  contacts = new ContactService(db.dataSource);
  lifecycle = new ContactLifecycleService(db.dataSource, () => TODAY);
  stopListening = onTrendSource((source) => sources.push(source));
});
afterAll(async () => {
  stopListening?.();
  await db?.close();
});

/** A run without the admission machinery: the trend code only needs its data source and rawMany. */
function directRun(): AggregateRun {
  const dataSource = db.dataSource;
  return {
    dataSource,
    rawMany: (query: { getQueryAndParameters(): [string, unknown[]] }) => dataSource.query(...query.getQueryAndParameters()),
  } as unknown as AggregateRun;
}

const codes = (list: { list: Array<{ code: string }> }) => list.list.map((r) => r.code);
const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);
const day = fc.integer({ min: 0, max: 729 }).map((n) => new Date(Date.UTC(2009, 3, 1) + n * 86_400_000).toISOString().slice(0, 10));
const later = (date: string, days: number) => new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);

function contactArb() {
  return fc.record({
    recordType: pick(codes(catalog.recordTypes)),
    channel: pick(codes(catalog.channels)),
    receivedDate: day,
    serviceAreas: fc.uniqueArray(pick(codes(catalog.serviceAreas)), { minLength: 1, maxLength: 2 }),
    issues: fc.uniqueArray(pick(codes(catalog.issues)), { minLength: 1, maxLength: 2 }),
    complainantType: pick(Object.keys(COMPLAINANT_TYPES)),
  });
}

type Write =
  | { kind: 'create'; contacts: Array<Record<string, unknown>> }
  | { kind: 'acknowledge' | 'respond' | 'escalate' | 'withdraw' | 'extend' | 'move' | 'bulk'; which: number; days: number; outcome: string };

function writeArb(): fc.Arbitrary<Write> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('create' as const), contacts: fc.array(contactArb(), { minLength: 1, maxLength: 4 }) }) },
    {
      weight: 5,
      arbitrary: fc.record({
        kind: pick(['acknowledge', 'respond', 'escalate', 'withdraw', 'extend', 'move', 'bulk'] as const),
        which: fc.nat(),
        days: fc.integer({ min: 0, max: 40 }),
        outcome: pick(['UPHELD', 'NOT_UPHELD', 'PARTLY_UPHELD']),
      }),
    },
  );
}

/** Applies one write; refusals (a step not allowed in the contact's state) change nothing and are fine. */
async function apply(write: Write): Promise<void> {
  if (write.kind === 'create') {
    await inTransaction(db.dataSource, (manager) => contacts.createMany(manager, write.contacts as never, TODAY)).catch(() => undefined);
    return;
  }
  const all = await db.dataSource.getRepository(Contact).find({ select: { id: true, receivedDate: true }, order: { id: 'ASC' } });
  if (!all.length) return;
  const target = all[write.which % all.length];
  const when = later(target.receivedDate, write.days);
  const quietly = (work: Promise<unknown>) => work.catch((error: { extensions?: { code?: string } }) => {
    if (error?.extensions?.code !== 'BAD_USER_INPUT') throw error;
  });
  switch (write.kind) {
    case 'acknowledge':
      return void (await quietly(lifecycle.acknowledge(String(target.id), when)));
    case 'respond':
      return void (await quietly(lifecycle.recordResponse(String(target.id), when, write.outcome as never)));
    case 'escalate':
      return void (await quietly(lifecycle.escalate(String(target.id), 'STAGE_2', when, false)));
    case 'withdraw':
      return void (await quietly(lifecycle.withdraw(String(target.id), when)));
    case 'extend':
      return void (await quietly(lifecycle.extend(String(target.id))));
    case 'move': {
      // An entity save (TypeORM loads the row first): old and new months both change.
      const area = catalog.serviceAreas.list[write.days % catalog.serviceAreas.list.length];
      await inTransaction(db.dataSource, async (manager) => {
        const contact = await manager.findOneByOrFail(Contact, { id: target.id });
        const month = contact.receivedMonth === '2009-05' ? '2009-06' : '2009-05';
        Object.assign(contact, { receivedMonth: month, receivedQuarter: '2009/10 Q1', receivedFinancialYear: '2009/10', receivedDate: `${month}-15`, primaryServiceAreaId: area.id });
        await manager.save(contact);
      });
      return;
    }
    case 'bulk':
      // A bulk UPDATE of a rolled-up column with no months named: every month is recomputed.
      await inTransaction(db.dataSource, (manager) => manager.update(Contact, { id: target.id }, { complainantType: 'OTHER' as never }));
      return;
  }
}

function trendArb(): fc.Arbitrary<TrendInput> {
  // The ALL_* dimensions (base tables only) are two of the twelve.
  const dimensions = [null, ...Object.values(Dimension)] as Array<Dimension | null>;
  const range = fc.oneof(
    { weight: 3, arbitrary: pick(['2009/10', '2010/11']).map((financialYear) => ({ financialYear })) },
    { weight: 3, arbitrary: fc.record({ from: pick(['2009-04-01', '2009-07-01', '2010-01-01']), to: pick(['2009-12-31', '2010-06-30', '2011-03-31']) }) },
    // Cuts a month: the base tables answer.
    { weight: 1, arbitrary: fc.constant({ from: '2009-04-10', to: '2010-03-20' }) },
  );
  const rolledUp = [TrendMeasure.CONTACTS, TrendMeasure.ACKNOWLEDGED_IN_TIME_PERCENT, TrendMeasure.RESPONDED_IN_TIME_PERCENT, TrendMeasure.MEDIAN_WORKING_DAYS_TO_RESPONSE];
  const measure = fc.oneof({ weight: 5, arbitrary: pick(rolledUp) }, { weight: 1, arbitrary: pick(Object.values(TrendMeasure)) });
  const some = <T>(values: readonly T[]) => fc.option(fc.uniqueArray(pick(values), { minLength: 1, maxLength: 3 }), { nil: undefined });
  // Dimensions mostly from one rollup's family (so that both paths are exercised), sometimes from anywhere.
  const families: Array<Array<Dimension | null>> = [
    [null, Dimension.RECORD_TYPE, Dimension.CHANNEL, Dimension.OUTCOME, Dimension.STAGE, Dimension.COMPLAINANT_TYPE],
    [null, Dimension.RECORD_TYPE, Dimension.ISSUE_CATEGORY, Dimension.ISSUE],
    [null, Dimension.RECORD_TYPE, Dimension.DIVISION, Dimension.SERVICE_AREA],
    dimensions,
  ];
  const axes = fc.constantFrom(...families).chain((family) => fc.record({ groupBy: pick(family), crossBy: pick(family) }));
  return fc
    .record({
      range,
      granularity: pick(Object.values(Granularity)),
      axes,
      measure,
      // Mostly filters the rollups keep; sometimes one they do not (any service area), which the base tables answer.
      filter: fc.oneof(
        { weight: 4, arbitrary: fc.constant<Record<string, unknown>>({}) },
        fc.record({ recordTypes: some(codes(catalog.recordTypes)) }),
        fc.record({ serviceAreas: some(codes(catalog.serviceAreas)), divisions: some(codes(catalog.divisions)) }),
        fc.record({ channels: some(codes(catalog.channels)) }),
        fc.record({ issueCategories: some(codes(catalog.issueCategories)) }),
        fc.record({ outcomes: some(Object.keys(OUTCOMES)), stages: some(Object.keys(STAGES)), complainantTypes: some(Object.keys(COMPLAINANT_TYPES)) }),
        fc.record({ anyServiceAreas: some(codes(catalog.serviceAreas)) }) as fc.Arbitrary<Record<string, unknown>>,
      ),
    })
    .map(({ range, axes: { groupBy, crossBy }, ...rest }) => ({ ...rest, ...range, groupBy, crossBy: groupBy ? crossBy : null }) as TrendInput);
}

/** The answer, or the refusal's message (both paths must refuse alike). */
async function answer(input: TrendInput): Promise<unknown> {
  try {
    return await runTrend(directRun(), catalog, input, TODAY);
  } catch (error) {
    return { refused: error instanceof Error ? error.message : String(error), problems: (error as { extensions?: unknown }).extensions };
  }
}

describe(`rollups answer exactly as the base tables (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  it('after random writes, for random trend questions', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(writeArb(), { minLength: 1, maxLength: 6 }), fc.array(trendArb(), { minLength: 1, maxLength: 4 }), async (writes, questions) => {
        for (const write of writes) await apply(write);
        for (const input of questions) {
          const fromBase = await withoutRollups(() => answer(input));
          const fromRollups = await answer(input);
          expect(fromRollups).toEqual(fromBase);
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
    expect(await checkRollups(db.dataSource)).toEqual([]);
    // The property means something only if rollups answered a good share of the questions.
    const asked = sources.filter((s) => s.rollup !== null || s.reason !== 'rollups turned off for this call');
    expect(asked.filter((s) => s.rollup !== null).length).toBeGreaterThan(asked.length / 4);
    // About 15 s on SQLite and 40 s on MariaDB on a quiet 2-core machine; room for a busy one.
  }, 300_000);

  it('answers the common questions from the smallest covering rollup, and the rest from the base tables', async () => {
    const seen = async (input: TrendInput) => {
      sources.length = 0;
      await answer(input);
      return sources[0];
    };
    expect(await seen({ financialYear: '2009/10', groupBy: Dimension.RECORD_TYPE } as TrendInput)).toEqual({ rollup: 'rollup_month_type' });
    expect(await seen({ financialYear: '2009/10', measure: TrendMeasure.RESPONDED_IN_TIME_PERCENT, groupBy: Dimension.SERVICE_AREA } as TrendInput)).toEqual({
      rollup: 'rollup_month_area',
    });
    expect(await seen({ financialYear: '2009/10', groupBy: Dimension.CHANNEL, crossBy: Dimension.OUTCOME } as TrendInput)).toEqual({ rollup: 'rollup_month_national' });
    expect(await seen({ financialYear: '2009/10', groupBy: Dimension.ISSUE } as TrendInput)).toEqual({ rollup: 'rollup_month_issue' });
    expect(await seen({ financialYear: '2009/10', measure: TrendMeasure.MEDIAN_WORKING_DAYS_TO_RESPONSE, groupBy: Dimension.RECORD_TYPE } as TrendInput)).toEqual({
      rollup: 'rollup_days_type',
    });
    expect(await seen({ financialYear: '2009/10', measure: TrendMeasure.MEDIAN_WORKING_DAYS_TO_RESPONSE, groupBy: Dimension.DIVISION } as TrendInput)).toEqual({
      rollup: 'rollup_days_area',
    });
    // Issues of one service area: no rollup keeps both (measured: it would be as big as the contact table).
    expect((await seen({ financialYear: '2009/10', groupBy: Dimension.ISSUE_CATEGORY, filter: { serviceAreas: [codes(catalog.serviceAreas)[0]] } } as TrendInput)).rollup).toBeNull();
    expect((await seen({ financialYear: '2009/10', groupBy: Dimension.ALL_SERVICE_AREAS } as TrendInput)).rollup).toBeNull();
    expect((await seen({ from: '2009-04-10', to: '2010-03-31' } as TrendInput)).rollup).toBeNull();
    expect((await seen({ financialYear: '2009/10', measure: TrendMeasure.LEARNING_CAPTURED_PERCENT } as TrendInput)).rollup).toBeNull();
    expect((await seen({ financialYear: '2009/10', filter: { anyIssues: [codes(catalog.issues)[0]] } } as TrendInput)).rollup).toBeNull();
  });
});
