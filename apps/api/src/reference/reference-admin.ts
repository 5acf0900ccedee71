/**
 * Administrators keep the reference data: add a division, service area, issue
 * category, issue or channel, or rename one. Codes are permanent (filters, URLs
 * and imports name them), so only names and a service area's division or an
 * issue's category change.
 */
import { Field, InputType, registerEnumType } from 'type-graphql';
import type { DataSource, EntityManager } from 'typeorm';
import { inTransaction } from '../db/transaction';
import { badUserInput, type FieldProblem } from '../graphql/errors';
import { Channel } from './channel.entity';
import { Division } from './division.entity';
import { IssueCategory } from './issue-category.entity';
import { Issue } from './issue.entity';
import { invalidateReferenceCatalog, loadReferenceCatalog } from './reference-catalog';
import { ServiceArea } from './service-area.entity';

export enum ReferenceKind {
  DIVISION = 'DIVISION',
  SERVICE_AREA = 'SERVICE_AREA',
  ISSUE_CATEGORY = 'ISSUE_CATEGORY',
  ISSUE = 'ISSUE',
  CHANNEL = 'CHANNEL',
}

registerEnumType(ReferenceKind, { name: 'ReferenceKind', description: 'Reference data an administrator may add to or rename.' });

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
}

const CODE = /^[A-Z][A-Z0-9_]{1,63}$/;

function problemsOf(input: SaveReferenceItemInput, parentKnown: boolean | null): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!CODE.test(input.code)) problems.push({ field: 'code', message: 'use 2 to 64 capitals, digits or underscores, starting with a capital' });
  const name = input.name.trim();
  if (!name || name.length > 200) problems.push({ field: 'name', message: 'is required, up to 200 characters' });
  const needsParent = input.kind === ReferenceKind.SERVICE_AREA || input.kind === ReferenceKind.ISSUE;
  if (needsParent && !input.parent) problems.push({ field: 'parent', message: `a ${input.kind === ReferenceKind.ISSUE ? 'category' : 'division'} is required` });
  if (!needsParent && input.parent) problems.push({ field: 'parent', message: 'only service areas and issues have a parent' });
  if (needsParent && input.parent && parentKnown === false) problems.push({ field: 'parent', message: `unknown code '${input.parent}'` });
  return problems;
}

async function save(manager: EntityManager, input: SaveReferenceItemInput): Promise<{ kind: ReferenceKind; code: string; name: string }> {
  const catalog = await loadReferenceCatalog(manager);
  const parent =
    input.kind === ReferenceKind.SERVICE_AREA
      ? catalog.divisions.byCode.get(input.parent ?? '')
      : input.kind === ReferenceKind.ISSUE
        ? catalog.issueCategories.byCode.get(input.parent ?? '')
        : undefined;
  const problems = problemsOf(input, input.parent ? !!parent : null);
  if (problems.length) throw badUserInput('reference item', problems);

  const name = input.name.trim();
  const entity = { DIVISION: Division, SERVICE_AREA: ServiceArea, ISSUE_CATEGORY: IssueCategory, ISSUE: Issue, CHANNEL: Channel }[input.kind];
  const parentColumn = input.kind === ReferenceKind.SERVICE_AREA ? { divisionId: parent!.id } : input.kind === ReferenceKind.ISSUE ? { categoryId: parent!.id } : {};
  const existing = await manager.findOne(entity as typeof Division, { where: { code: input.code } });
  if (existing) await manager.update(entity, { code: input.code }, { name, ...parentColumn });
  else {
    const last = await manager.count(entity);
    await manager.insert(entity, { code: input.code, name, sortOrder: last, ...parentColumn });
  }
  return { kind: input.kind, code: input.code, name };
}

export async function saveReferenceItem(dataSource: DataSource, input: SaveReferenceItemInput) {
  const saved = await inTransaction(dataSource, (manager) => save(manager, input));
  invalidateReferenceCatalog(dataSource);
  return saved;
}
