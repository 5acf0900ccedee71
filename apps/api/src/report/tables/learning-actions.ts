/**
 * Appendix 1: the year's learning-from-complaints actions, in the order they
 * were recorded, each with how many of the year's formal complaints named its
 * issues: counted from the contacts (GROUP BY over contact_issue in the
 * database), so a new complaint about the issue changes the appendix as it
 * changes the trend. The issues are those linked to the action; an action with
 * none linked counts its issue category's issues; one with neither keeps the
 * count recorded with it. Where the recorded (printed) count differs, a note keeps it.
 */
import { LearningActionIssue } from '../../actions/learning-action-issue.entity';
import { LearningAction } from '../../actions/learning-action.entity';
import type { AggregateRun } from '../../aggregates/aggregate-runner';
import { ContactIssue } from '../../contacts/contact-issue.entity';
import { Contact } from '../../contacts/contact.entity';
import type { ReferenceCatalog } from '../../reference/reference-catalog';
import { Issue } from '../../reference/issue.entity';
import { countOf } from '../../statistics/aggregate-count';

export interface Appendix1 {
  /** The actions, `count` being the computed count wherever it can be computed. */
  actions: LearningAction[];
  notes: string[];
}

const complaints = (n: number) => `${n} complaint${n === 1 ? '' : 's'}`;

/** The note for one action whose recorded count differs from the records; null when they agree or nothing was computed. */
export function countNote(issueIdentified: string, recorded: number | null, computed: number | null): string | null {
  if (computed === null || computed === recorded) return null;
  const kept = recorded === null ? 'no count was recorded with the action' : `the count recorded with the action is ${recorded}`;
  return `${issueIdentified}: ${complaints(computed)} in the records name the issue; ${kept}.`;
}

export async function buildAppendix1(run: AggregateRun, catalog: ReferenceCatalog, financialYear: string): Promise<Appendix1> {
  const actions = await run.dataSource.getRepository(LearningAction).find({ where: { financialYear }, order: { id: 'ASC' } });
  const formal = catalog.recordTypes.list.filter((r) => r.group === 'FORMAL_COMPLAINT').map((r) => r.id);
  if (!actions.length || !formal.length) return { actions, notes: [] };

  // Which actions count their linked issues, and which (none linked) their category's: each count query then
  // reads only for its own actions, and is not sent at all when it has none (it reads the year's formal complaints).
  const withLinks = await run.dataSource
    .getRepository(LearningActionIssue)
    .createQueryBuilder('l')
    .select('DISTINCT l.learningActionId', 'id')
    .where('l.learningActionId IN (:...ids)', { ids: actions.map((a) => a.id) })
    .getRawMany<{ id: unknown }>();
  const linkedIds = withLinks.map((r) => Number(r.id));
  const linked = new Set(linkedIds);
  const byCategoryIds = actions.filter((a) => a.issueCategoryId !== null && !linked.has(a.id)).map((a) => a.id);

  // Formal complaints of the year naming one of an action's issues, counted per action.
  type Query = ReturnType<typeof run.dataSource.createQueryBuilder>;
  const named = (actionIds: number[], joinIssues: (q: Query) => Query) =>
    actionIds.length
      ? run.rawMany<{ actionId: unknown; n: unknown }>(
          joinIssues(run.dataSource.createQueryBuilder().from(LearningAction, 'a'))
            .innerJoin(ContactIssue, 'ci', 'ci.issueId = i.id')
            .innerJoin(Contact, 'c', 'c.id = ci.contactId AND c.receivedFinancialYear = a.financialYear AND c.recordTypeId IN (:...formal)', { formal })
            .select('a.id', 'actionId')
            .addSelect('COUNT(DISTINCT c.id)', 'n')
            .where('a.id IN (:...actionIds)', { actionIds })
            .andWhere('a.financialYear = :financialYear', { financialYear })
            .groupBy('a.id'),
        )
      : Promise.resolve([]);
  const [linkedRows, categoryRows] = await Promise.all([
    named(linkedIds, (q) => q.innerJoin(LearningActionIssue, 'lai', 'lai.learningActionId = a.id').innerJoin(Issue, 'i', 'i.id = lai.issueId')),
    named(byCategoryIds, (q) => q.innerJoin(Issue, 'i', 'i.categoryId = a.issueCategoryId')),
  ]);
  const computable = new Set([...linkedIds, ...byCategoryIds]);
  const counted = new Map([...linkedRows, ...categoryRows].map((r) => [Number(r.actionId), countOf(r.n)]));

  const notes: string[] = [];
  const shown = actions.map((action) => {
    const computed = computable.has(action.id) ? (counted.get(action.id) ?? 0) : null;
    const note = countNote(action.issueIdentified, action.count, computed);
    if (note) notes.push(note);
    return Object.assign(new LearningAction(), action, { count: computed ?? action.count });
  });
  return {
    actions: shown,
    notes: [
      "Complaints: the year's formal complaints (statutory, corporate, school and Ombudsman) naming the action's issues, as the primary issue or another; an action with no issues named counts its issue category, and one with neither shows the count recorded with it.",
      ...notes,
    ],
  };
}
