/**
 * One spreadsheet row to a CreateContactInput: reference values given by code
 * or by name, UK or ISO dates, yes/no flags. Pure; what the values mean (a
 * received date in the future, a stage on a compliment) is left to
 * prepareContact, which every import row also passes through.
 */
import type { FieldProblem } from '../graphql/errors';
import type { CreateContactInput } from '../contacts/contact.inputs';
import type { ReferenceCatalog } from '../reference/reference-catalog';
import { COMPLAINANT_TYPES, OUTCOMES, STAGES, type ComplainantType, type Outcome, type Stage } from '../reference/reference-data';
import { formatIsoDate, isIsoDate } from '../timescales/iso-date';
import { shown, type ColumnName } from './contact-columns';

/** Raw cell text by column; a column the file does not have is absent. */
export type RowValues = Partial<Record<ColumnName, string>>;

/** Lists are separated by semicolons (names contain commas and colons). */
export const LIST_SEPARATOR = ';';

const LIST_IN_MESSAGE = 10;

/** Case, spacing and typographic apostrophes (Excel's autocorrect) do not matter. */
function key(text: string): string {
  return text.trim().replace(/\s+/g, ' ').replace(/[\u2018\u2019]/g, "'").toLowerCase();
}

export type Resolution = { code: string } | { problem: string };

/** One vocabulary (channels, service areas, ...) looked up by code or by name, case-insensitively. */
export class Vocabulary {
  private readonly byKey = new Map<string, string | null>();
  private readonly hint: string;

  constructor(
    readonly noun: string,
    entries: readonly { code: string; name: string }[],
  ) {
    for (const { code, name } of entries) {
      const k = key(name);
      // A name shared by two entries is ambiguous (null) unless it is also someone's code.
      this.byKey.set(k, this.byKey.has(k) && this.byKey.get(k) !== code ? null : code);
    }
    for (const { code } of entries) this.byKey.set(key(code), code);
    this.hint =
      entries.length <= LIST_IN_MESSAGE
        ? `use one of: ${entries.map((e) => e.name).join(', ')} (or their codes)`
        : `use a code or name from the ${entries.length} listed under reference data`;
  }

  resolve(text: string): Resolution {
    const code = this.byKey.get(key(text));
    if (code === null) return { problem: `${shown(text)} names more than one ${this.noun}; use its code` };
    if (code === undefined) return { problem: `unknown ${this.noun} ${shown(text)}; ${this.hint}` };
    return { code };
  }
}

export interface Vocabularies {
  recordType: Vocabulary;
  channel: Vocabulary;
  serviceArea: Vocabulary;
  issue: Vocabulary;
  complainantType: Vocabulary;
  stage: Vocabulary;
  outcome: Vocabulary;
}

const labelled = (labels: Record<string, string>) => Object.entries(labels).map(([code, name]) => ({ code, name }));

/** Names come from the database, so names an administrator has edited are the ones accepted. */
export function vocabulariesFrom(catalog: ReferenceCatalog): Vocabularies {
  return {
    recordType: new Vocabulary('record type', catalog.recordTypes.list),
    channel: new Vocabulary('channel', catalog.channels.list),
    serviceArea: new Vocabulary('service area', catalog.serviceAreas.list),
    issue: new Vocabulary('issue', catalog.issues.list),
    complainantType: new Vocabulary('complainant type', labelled(COMPLAINANT_TYPES)),
    stage: new Vocabulary('stage', labelled(STAGES)),
    outcome: new Vocabulary('outcome', labelled(OUTCOMES)),
  };
}

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const UK_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const SHORT_YEAR = /^\d{1,2}\/\d{1,2}\/\d{2}$/;

export type DateResult = { date: string } | { problem: string };

/** 'YYYY-MM-DD', or 'DD/MM/YYYY' (also D/M/YYYY) as UK spreadsheets write dates. */
export function parseSpreadsheetDate(text: string): DateResult {
  const value = text.trim();
  const iso = ISO_DATE.exec(value);
  const uk = UK_DATE.exec(value);
  const parts = iso
    ? { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) }
    : uk
      ? { year: Number(uk[3]), month: Number(uk[2]), day: Number(uk[1]) }
      : null;
  if (!parts) {
    const why = SHORT_YEAR.test(value) ? 'use a four-digit year' : 'write dates as DD/MM/YYYY or YYYY-MM-DD';
    return { problem: `${shown(value)} is not a date; ${why}` };
  }
  const date = formatIsoDate(parts);
  if (!isIsoDate(date)) return { problem: `${shown(value)} is not a real date` };
  return { date };
}

const YES = new Set(['yes', 'y', 'true', '1']);
const NO = new Set(['no', 'n', 'false', '0']);

/** yes/no, true/false, 1/0; empty is null (the default). */
export function parseYesNo(text: string): { value: boolean | null } | { problem: string } {
  const value = text.trim().toLowerCase();
  if (value === '') return { value: null };
  if (YES.has(value)) return { value: true };
  if (NO.has(value)) return { value: false };
  return { problem: `${shown(text)} is not yes or no (yes/no, true/false or 1/0)` };
}

export interface MappedRow {
  input: CreateContactInput;
  /** Problems named by column heading. */
  problems: FieldProblem[];
}

export function rowToContactInput(values: RowValues, vocabularies: Vocabularies): MappedRow {
  const problems: FieldProblem[] = [];
  const text = (column: ColumnName) => values[column]?.trim() ?? '';

  const one = (column: ColumnName, vocabulary: Vocabulary, required: boolean): string | null => {
    const value = text(column);
    if (value === '') {
      if (required) problems.push({ field: column, message: 'is required' });
      return null;
    }
    const found = vocabulary.resolve(value);
    if ('problem' in found) {
      problems.push({ field: column, message: found.problem });
      return null;
    }
    return found.code;
  };

  const list = (column: ColumnName, vocabulary: Vocabulary): string[] => {
    const items = text(column)
      .split(LIST_SEPARATOR)
      .map((item) => item.trim())
      .filter((item) => item !== '');
    if (items.length === 0) problems.push({ field: column, message: `at least one ${vocabulary.noun} is required` });
    return items.flatMap((item) => {
      const found = vocabulary.resolve(item);
      if ('code' in found) return [found.code];
      problems.push({ field: column, message: found.problem });
      return [];
    });
  };

  const date = (column: ColumnName, required: boolean): string | null => {
    const value = text(column);
    if (value === '') {
      if (required) problems.push({ field: column, message: 'is required' });
      return null;
    }
    const parsed = parseSpreadsheetDate(value);
    if ('problem' in parsed) {
      problems.push({ field: column, message: parsed.problem });
      return null;
    }
    return parsed.date;
  };

  const flag = (column: ColumnName): boolean | null => {
    const parsed = parseYesNo(text(column));
    if ('problem' in parsed) {
      problems.push({ field: column, message: parsed.problem });
      return null;
    }
    return parsed.value;
  };

  const summary = (values.summary ?? '').replace(/\r\n?/g, '\n').trim();
  const input: CreateContactInput = {
    reference: text('reference') || null,
    recordType: one('record_type', vocabularies.recordType, true) ?? '',
    channel: one('channel', vocabularies.channel, true) ?? '',
    receivedDate: date('received_date', true) ?? '',
    serviceAreas: list('service_areas', vocabularies.serviceArea),
    issues: list('issues', vocabularies.issue),
    complainantType: (one('complainant_type', vocabularies.complainantType, true) ?? '') as ComplainantType,
    stage: one('stage', vocabularies.stage, false) as Stage | null,
    outcome: one('outcome', vocabularies.outcome, false) as Outcome | null,
    acknowledgementSentDate: date('acknowledgement_sent_date', false),
    responseSentDate: date('response_sent_date', false),
    extended: flag('extended'),
    prematureOmbudsmanReferral: flag('premature_ombudsman_referral'),
    summary: summary === '' ? null : summary,
  };
  return { input, problems };
}
