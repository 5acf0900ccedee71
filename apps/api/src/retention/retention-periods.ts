/**
 * How long each kind of record is kept after it closes: a number of years per
 * record type (contacts) and per kind of information request, set by admins.
 * Each change is written to the administrative audit log in its transaction.
 */
import { DEFAULT_RETENTION, INFORMATION_REQUEST_KINDS, isRetentionYears, RETENTION_YEARS, type InformationRequestKind } from '@complaints/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { recordAdminChange, type AuditActor } from '../admin-audit/admin-audit.service';
import { AdminAction, AuditTargetType } from '../admin-audit/admin-audit.enums';
import { inTransaction } from '../db/transaction';
import { badUserInput } from '../graphql/errors';
import { RecordType } from '../reference/record-type.entity';
import { invalidateReferenceCatalog } from '../reference/reference-catalog';
import { InformationRequestRetention } from './information-request-retention.entity';
import { RetentionRecordKind } from './retention.enums';

export interface RetentionPeriodView {
  id: string;
  recordKind: RetentionRecordKind;
  code: string;
  name: string;
  years: number;
  defaultYears: number;
  basis: string;
  retiredFrom: string | null;
}

const KINDS = Object.keys(INFORMATION_REQUEST_KINDS) as InformationRequestKind[];

function isRequestKind(code: string): code is InformationRequestKind {
  return (KINDS as string[]).includes(code);
}

function contactPeriod(type: RecordType): RetentionPeriodView {
  return {
    id: `${RetentionRecordKind.CONTACT}:${type.code}`,
    recordKind: RetentionRecordKind.CONTACT,
    code: type.code,
    name: type.name,
    years: type.retentionYears,
    defaultYears: DEFAULT_RETENTION.contact.years,
    basis: DEFAULT_RETENTION.contact.basis,
    retiredFrom: type.retiredFrom,
  };
}

function requestPeriod(kind: InformationRequestKind, years: number): RetentionPeriodView {
  const byDefault = DEFAULT_RETENTION.informationRequest[kind];
  return {
    id: `${RetentionRecordKind.INFORMATION_REQUEST}:${kind}`,
    recordKind: RetentionRecordKind.INFORMATION_REQUEST,
    code: kind,
    name: `${INFORMATION_REQUEST_KINDS[kind]} request`,
    years,
    defaultYears: byDefault.years,
    basis: byDefault.basis,
    retiredFrom: null,
  };
}

/** Every record type's period (in report order), then each kind of information request's. */
export async function listRetentionPeriods(manager: EntityManager): Promise<RetentionPeriodView[]> {
  const [types, kinds] = await Promise.all([manager.find(RecordType, { order: { sortOrder: 'ASC', id: 'ASC' } }), manager.find(InformationRequestRetention)]);
  const yearsOf = new Map(kinds.map((k) => [k.kind, k.retentionYears]));
  return [
    ...types.map(contactPeriod),
    ...KINDS.map((kind) => requestPeriod(kind, yearsOf.get(kind) ?? DEFAULT_RETENTION.informationRequest[kind].years)),
  ];
}

export interface SetRetentionPeriod {
  recordKind: RetentionRecordKind;
  code: string;
  years: number;
}

export function setRetentionPeriod(dataSource: DataSource, input: SetRetentionPeriod, actor: AuditActor): Promise<RetentionPeriodView> {
  if (!isRetentionYears(input.years)) {
    throw badUserInput('retention period', [{ field: 'years', message: `must be a whole number of years from ${RETENTION_YEARS.min} to ${RETENTION_YEARS.max}` }]);
  }
  return inTransaction(dataSource, async (manager) => {
    if (input.recordKind === RetentionRecordKind.CONTACT) {
      const type = await manager.findOneBy(RecordType, { code: input.code });
      if (!type) throw badUserInput('retention period', [{ field: 'code', message: `unknown record type '${input.code}'` }]);
      if (type.retentionYears !== input.years) {
        await manager.update(RecordType, { id: type.id }, { retentionYears: input.years });
        await audit(manager, actor, AuditTargetType.RECORD_TYPE, type.code, type.name, type.retentionYears, input.years);
        invalidateReferenceCatalog(dataSource);
      }
      return contactPeriod({ ...type, retentionYears: input.years });
    }
    if (!isRequestKind(input.code)) throw badUserInput('retention period', [{ field: 'code', message: `unknown kind of information request '${input.code}'` }]);
    const row = await manager.findOneBy(InformationRequestRetention, { kind: input.code });
    const before = row?.retentionYears ?? DEFAULT_RETENTION.informationRequest[input.code].years;
    if (!row) await manager.insert(InformationRequestRetention, { kind: input.code, retentionYears: input.years });
    else if (before !== input.years) await manager.update(InformationRequestRetention, { kind: input.code }, { retentionYears: input.years });
    const period = requestPeriod(input.code, input.years);
    if (before !== input.years) await audit(manager, actor, AuditTargetType.INFORMATION_REQUEST_KIND, input.code, period.name, before, input.years);
    return period;
  });
}

function audit(manager: EntityManager, actor: AuditActor, targetType: AuditTargetType, code: string, name: string, before: number, after: number): Promise<void> {
  return recordAdminChange(manager, {
    actor,
    action: AdminAction.RETENTION_PERIOD_CHANGED,
    targetType,
    targetKey: code,
    targetLabel: name,
    before: { retentionYears: before },
    after: { retentionYears: after },
  });
}
