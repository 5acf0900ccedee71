/**
 * Administrators keep the reference data: add a record type, channel,
 * division, service area, issue category or issue, rename one (or move a
 * service area to another division, an issue to another category), retire
 * one from a date, or reinstate it. Codes are permanent (filters, URLs and
 * imports name them), and nothing is ever deleted: a retired value stays on
 * the records and in the reports from before its date. Each change is one
 * transaction with its audit-log entry; the shared catalog is forgotten
 * afterwards, so the next read (a trend's labels, a form's choices) sees it.
 */
import { isInUseOn } from '@complaints/domain';
import { Field, InputType, registerEnumType } from 'type-graphql';
import type { DataSource, EntityManager } from 'typeorm';
import { AdminAction, AuditTargetType } from '../admin-audit/admin-audit.enums';
import { recordAdminChange, type AuditActor } from '../admin-audit/admin-audit.service';
import { inTransaction } from '../db/transaction';
import { badUserInput, notFound, type FieldProblem } from '../graphql/errors';
import { LocalDateScalar } from '../graphql/local-date.scalar';
import { todayIso } from '../periods/today';
import { DEADLINE_RULES } from '../timescales';
import { Channel } from './channel.entity';
import { Division } from './division.entity';
import { IssueCategory } from './issue-category.entity';
import { Issue } from './issue.entity';
import { RecordType } from './record-type.entity';
import { invalidateReferenceCatalog, loadReferenceCatalog, type Indexed, type ReferenceCatalog } from './reference-catalog';
import type { ReferenceEntity } from './reference-entity.base';
import { RecordTypeGroup } from './reference.enums';
import { ServiceArea } from './service-area.entity';

export enum ReferenceKind {
  RECORD_TYPE = 'RECORD_TYPE',
  CHANNEL = 'CHANNEL',
  DIVISION = 'DIVISION',
  SERVICE_AREA = 'SERVICE_AREA',
  ISSUE_CATEGORY = 'ISSUE_CATEGORY',
  ISSUE = 'ISSUE',
}

registerEnumType(ReferenceKind, { name: 'ReferenceKind', description: 'Reference data an administrator may add to, rename, retire and reinstate.' });

@InputType({ description: 'A reference item to add, or (when the code exists) to rename or move.' })
export class SaveReferenceItemInput {
  @Field(() => ReferenceKind)
  kind: ReferenceKind;

  @Field(() => String, { description: 'Permanent code: capitals, digits and underscores, e.g. EARLY_HELP.' })
  code: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true, description: "Service areas: the division's code. Issues: the category's code." })
  parent?: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'New items only: the first day it may be used (e.g. the day a reorganisation takes effect); leave out for always.',
  })
  effectiveFrom?: string | null;

  @Field(() => RecordTypeGroup, { nullable: true, description: "Record types: the group (required to add one; it never changes, as the reports count by it)." })
  group?: RecordTypeGroup | null;
}

@InputType({ description: 'Retire a reference item: from this date it is not offered for, or accepted on, new records.' })
export class RetireReferenceItemInput {
  @Field(() => ReferenceKind)
  kind: ReferenceKind;

  @Field(() => String)
  code: string;

  @Field(() => LocalDateScalar, { description: 'The first day it may not be used (compared with a record’s received date).' })
  retiredFrom: string;
}

const CODE = /^[A-Z][A-Z0-9_]{1,63}$/;

const ENTITIES = {
  RECORD_TYPE: RecordType,
  CHANNEL: Channel,
  DIVISION: Division,
  SERVICE_AREA: ServiceArea,
  ISSUE_CATEGORY: IssueCategory,
  ISSUE: Issue,
} as const;

const WORDS: Record<ReferenceKind, string> = {
  RECORD_TYPE: 'record type',
  CHANNEL: 'channel',
  DIVISION: 'division',
  SERVICE_AREA: 'service area',
  ISSUE_CATEGORY: 'issue category',
  ISSUE: 'issue',
};

type AnyItem = ReferenceEntity & { divisionId?: number; categoryId?: number; group?: string };

/** The parent's list (service areas sit in divisions, issues in categories), or null for kinds without one. */
function parentListOf(catalog: ReferenceCatalog, kind: ReferenceKind): Indexed<AnyItem> | null {
  if (kind === ReferenceKind.SERVICE_AREA) return catalog.divisions;
  if (kind === ReferenceKind.ISSUE) return catalog.issueCategories;
  return null;
}

function parentIdOf(kind: ReferenceKind, item: AnyItem): number | null {
  return kind === ReferenceKind.SERVICE_AREA ? item.divisionId! : kind === ReferenceKind.ISSUE ? item.categoryId! : null;
}

/** The children of a division (its service areas) or an issue category (its issues). */
function childrenOf(catalog: ReferenceCatalog, kind: ReferenceKind, item: AnyItem): AnyItem[] {
  if (kind === ReferenceKind.DIVISION) return catalog.serviceAreas.list.filter((area) => area.divisionId === item.id);
  if (kind === ReferenceKind.ISSUE_CATEGORY) return catalog.issues.list.filter((issue) => issue.categoryId === item.id);
  return [];
}

/** What the audit log keeps of an item. */
function snapshot(catalog: ReferenceCatalog, kind: ReferenceKind, item: AnyItem) {
  const parentId = parentIdOf(kind, item);
  return {
    code: item.code,
    name: item.name,
    ...(parentId !== null ? { parent: parentListOf(catalog, kind)!.byId.get(parentId)?.code ?? null } : {}),
    ...(kind === ReferenceKind.RECORD_TYPE ? { group: item.group ?? null } : {}),
    // Only when it has one, so entries for values that were always in force read as before.
    ...(item.effectiveFrom ? { effectiveFrom: item.effectiveFrom } : {}),
    retiredFrom: item.retiredFrom ?? null,
  };
}

/** The item, read (and on MySQL/MariaDB locked) in this transaction; null when the code is new. */
async function lockedItem(manager: EntityManager, kind: ReferenceKind, code: string): Promise<AnyItem | null> {
  const query = manager.getRepository(ENTITIES[kind] as typeof Channel).createQueryBuilder('r').where('r.code = :code', { code });
  if (manager.connection.options.type !== 'better-sqlite3') query.setLock('pessimistic_write');
  return (await query.getOne()) as AnyItem | null;
}

function hasDeadlineRule(code: string): boolean {
  return DEADLINE_RULES.some((rule) => rule.kind === 'CONTACT' && (rule.recordTypes as readonly string[]).includes(code));
}

function saveProblems(input: SaveReferenceItemInput, existing: AnyItem | null, parent: AnyItem | undefined): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!CODE.test(input.code)) problems.push({ field: 'code', message: 'use 2 to 64 capitals, digits or underscores, starting with a capital' });
  const name = input.name.trim();
  if (!name || name.length > 200) problems.push({ field: 'name', message: 'is required, up to 200 characters' });
  const needsParent = input.kind === ReferenceKind.SERVICE_AREA || input.kind === ReferenceKind.ISSUE;
  if (needsParent && !input.parent) problems.push({ field: 'parent', message: `a ${input.kind === ReferenceKind.ISSUE ? 'category' : 'division'} is required` });
  if (!needsParent && input.parent) problems.push({ field: 'parent', message: 'only service areas and issues have a parent' });
  if (needsParent && input.parent && !parent) problems.push({ field: 'parent', message: `unknown code '${input.parent}'` });
  const parentMoved = parent && existing && parentIdOf(input.kind, existing) !== parent.id;
  if (parent && (!existing || parentMoved) && !isInUseOn(parent, todayIso())) {
    problems.push({ field: 'parent', message: `'${parent.name}' was retired on ${parent.retiredFrom}` });
  } else if (parent && !existing) {
    // A new item's dates lie within its parent's: from its first day (today when none is given) it needs a parent in force.
    const starts = input.effectiveFrom ?? todayIso();
    if (parent.effectiveFrom && starts < parent.effectiveFrom) {
      const fix = `: enter ${parent.effectiveFrom} or later`;
      problems.push({ field: 'effectiveFrom', message: input.effectiveFrom ? `is before '${parent.name}' comes into force on ${parent.effectiveFrom}${fix}` : `is needed, as '${parent.name}' comes into force on ${parent.effectiveFrom}${fix}` });
    } else if (input.effectiveFrom && parent.retiredFrom && !isInUseOn(parent, input.effectiveFrom)) {
      problems.push({ field: 'effectiveFrom', message: `is on or after the day '${parent.name}' is retired from, ${parent.retiredFrom}` });
    }
  }
  // The day it comes into force is part of a reorganisation's plan, set once (mappings and records were checked against it).
  if (existing && input.effectiveFrom && input.effectiveFrom !== existing.effectiveFrom) {
    problems.push({ field: 'effectiveFrom', message: `is set when a ${WORDS[input.kind]} is added and never changes` });
  }
  if (input.kind === ReferenceKind.RECORD_TYPE) {
    if (!existing && !input.group) problems.push({ field: 'group', message: 'is required for a new record type' });
    if (existing && input.group && input.group !== existing.group) problems.push({ field: 'group', message: "never changes: the reports count each record type's contacts in its group" });
    // Deadlines are computed per record type from rules kept in code (timescales/deadline-rules.ts).
    if (!existing && CODE.test(input.code) && !hasDeadlineRule(input.code)) {
      problems.push({ field: 'code', message: 'has no statutory timescale yet: a new record type needs its deadline rule added to the system first' });
    }
  } else if (input.group) problems.push({ field: 'group', message: 'only record types have a group' });
  return problems;
}

async function save(manager: EntityManager, input: SaveReferenceItemInput, actor: AuditActor): Promise<void> {
  const catalog = await loadReferenceCatalog(manager);
  const parent = input.parent ? parentListOf(catalog, input.kind)?.byCode.get(input.parent) : undefined;
  const existing = CODE.test(input.code) ? await lockedItem(manager, input.kind, input.code) : null;
  const problems = saveProblems(input, existing, parent);
  if (problems.length) throw badUserInput('reference item', problems);

  const name = input.name.trim();
  const entity = ENTITIES[input.kind] as typeof Channel;
  const parentColumn = input.kind === ReferenceKind.SERVICE_AREA ? { divisionId: parent!.id } : input.kind === ReferenceKind.ISSUE ? { categoryId: parent!.id } : {};
  const audit = { actor, targetType: input.kind as string as AuditTargetType, targetKey: input.code, targetLabel: name };
  if (existing) {
    const before = snapshot(catalog, input.kind, existing);
    const after = snapshot(catalog, input.kind, { ...existing, name, ...parentColumn });
    if (JSON.stringify(before) === JSON.stringify(after)) return;
    await manager.update(entity, { code: input.code }, { name, ...parentColumn });
    await recordAdminChange(manager, { ...audit, action: AdminAction.REFERENCE_UPDATED, before, after });
  } else {
    const row = { code: input.code, name, sortOrder: await manager.count(entity), retiredFrom: null, effectiveFrom: input.effectiveFrom ?? null, ...parentColumn, ...(input.kind === ReferenceKind.RECORD_TYPE ? { group: input.group! } : {}) };
    await manager.insert(entity, row);
    await recordAdminChange(manager, { ...audit, action: AdminAction.REFERENCE_ADDED, after: snapshot(catalog, input.kind, row as AnyItem) });
  }
}

async function existingItem(manager: EntityManager, kind: ReferenceKind, code: string): Promise<AnyItem> {
  const item = await lockedItem(manager, kind, code);
  if (!item) throw notFound(WORDS[kind], code);
  return item;
}

/** Retire inside the caller's transaction (a reclassification retires and maps in one). */
export async function retireInTransaction(manager: EntityManager, input: RetireReferenceItemInput, actor: AuditActor): Promise<void> {
  return retire(manager, input, actor);
}

async function retire(manager: EntityManager, input: RetireReferenceItemInput, actor: AuditActor): Promise<void> {
  const item = await existingItem(manager, input.kind, input.code);
  const catalog = await loadReferenceCatalog(manager);
  // A parent cannot outlive its children: a division retires after its last service area, a category after its last issue.
  const inUse = childrenOf(catalog, input.kind, item).filter((child) => isInUseOn(child, input.retiredFrom));
  if (inUse.length) {
    const what = input.kind === ReferenceKind.DIVISION ? 'service areas' : 'issues';
    throw badUserInput('retirement', [{ field: 'retiredFrom', message: `is before its ${what} retire: retire ${inUse.map((c) => `'${c.name}'`).join(', ')} by then first` }]);
  }
  if (item.retiredFrom === input.retiredFrom) return;
  const before = snapshot(catalog, input.kind, item);
  await manager.update(ENTITIES[input.kind] as typeof Channel, { code: input.code }, { retiredFrom: input.retiredFrom });
  await recordAdminChange(manager, {
    actor,
    action: AdminAction.REFERENCE_RETIRED,
    targetType: input.kind as string as AuditTargetType,
    targetKey: item.code,
    targetLabel: item.name,
    before,
    after: { ...before, retiredFrom: input.retiredFrom },
  });
}

async function reinstate(manager: EntityManager, kind: ReferenceKind, code: string, actor: AuditActor): Promise<void> {
  const item = await existingItem(manager, kind, code);
  if (!item.retiredFrom) return;
  const catalog = await loadReferenceCatalog(manager);
  const parentId = parentIdOf(kind, item);
  const parent = parentId === null ? undefined : parentListOf(catalog, kind)!.byId.get(parentId);
  if (parent?.retiredFrom) {
    throw badUserInput('reinstatement', [{ field: 'code', message: `is in '${parent.name}', which is retired: reinstate that first, or move this` }]);
  }
  const before = snapshot(catalog, kind, item);
  await manager.update(ENTITIES[kind] as typeof Channel, { code }, { retiredFrom: null });
  await recordAdminChange(manager, {
    actor,
    action: AdminAction.REFERENCE_REINSTATED,
    targetType: kind as string as AuditTargetType,
    targetKey: item.code,
    targetLabel: item.name,
    before,
    after: { ...before, retiredFrom: null },
  });
}

/** Runs a change, then forgets the cached catalog so every later read sees it (trend labels, form choices). */
async function changeReference(dataSource: DataSource, work: (manager: EntityManager) => Promise<void>): Promise<void> {
  try {
    await inTransaction(dataSource, work);
  } finally {
    invalidateReferenceCatalog(dataSource);
  }
}

export function saveReferenceItem(dataSource: DataSource, input: SaveReferenceItemInput, actor: AuditActor): Promise<void> {
  return changeReference(dataSource, (manager) => save(manager, input, actor));
}

export function retireReferenceItem(dataSource: DataSource, input: RetireReferenceItemInput, actor: AuditActor): Promise<void> {
  return changeReference(dataSource, (manager) => retire(manager, input, actor));
}

export function reinstateReferenceItem(dataSource: DataSource, kind: ReferenceKind, code: string, actor: AuditActor): Promise<void> {
  return changeReference(dataSource, (manager) => reinstate(manager, kind, code, actor));
}
