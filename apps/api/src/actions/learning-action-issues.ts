/**
 * The issues a learning action answers (Appendix 1 counts the complaints
 * naming them). Given as issue codes; they must be issues of the action's
 * issue category when it has one, since the report lists the action under that
 * category. An action without a category may name issues of any. Pure.
 */
import type { FieldProblem } from '../graphql/errors';

export { issuesAuditValue, sameIssues } from '@complaints/domain';

/** The issues and categories an action's issue codes are checked against. */
export interface KnownIssues {
  issues: { byCode: Map<string, { id: number; categoryId: number }> };
  issueCategories: { byCode: Map<string, { id: number }>; byId: Map<number, { code: string }> };
}

/**
 * The ids of the given codes (each once), checked against the action's
 * category code (null: none). Adds a problem for `issues` for each unknown
 * code or issue of another category.
 */
export function checkIssues(codes: readonly string[], issueCategory: string | null, known: KnownIssues, problems: FieldProblem[]): number[] {
  const ids: number[] = [];
  const categoryId = issueCategory === null ? null : (known.issueCategories.byCode.get(issueCategory)?.id ?? null);
  for (const code of new Set(codes)) {
    const issue = known.issues.byCode.get(code);
    if (!issue) {
      problems.push({ field: 'issues', message: `unknown issue '${code}'` });
    } else if (categoryId !== null && issue.categoryId !== categoryId) {
      const its = known.issueCategories.byId.get(issue.categoryId)?.code ?? 'another category';
      problems.push({ field: 'issues', message: `'${code}' is an issue of ${its}, not of the action's issue category ${issueCategory}` });
    } else {
      ids.push(issue.id);
    }
  }
  return ids;
}
