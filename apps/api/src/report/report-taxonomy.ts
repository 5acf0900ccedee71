/**
 * The annual report counts in the taxonomy in force at the end of its year;
 * where a reorganisation took effect after the previous year began, that
 * year's column has been mapped onto it, and the table says so (GraphQL, HTML
 * and CSV all carry the table's notes). Nothing is said when nothing was
 * mapped, so the 2009/10 report reads as printed.
 */
import { describeSplit, resolveCode } from '@complaints/domain';
import { edgesOf, itemsOfKind } from '../reference/taxonomy/taxonomy-catalog';
import { TaxonomyKind } from '../reference/taxonomy/taxonomy.enums';
import type { ReportScope } from './report-scope';

const WORDS: Record<TaxonomyKind, string> = {
  DIVISION: 'divisions',
  SERVICE_AREA: 'service areas',
  ISSUE_CATEGORY: 'issue categories',
  ISSUE: 'issues',
};

/** The mappings of `kinds` taking effect after the previous year began and by the end of the report year, as report notes. */
export function previousYearMappingNotes(scope: ReportScope, kinds: readonly TaxonomyKind[]): string[] {
  const { previous, current } = scope;
  const notes: string[] = [];
  for (const kind of kinds) {
    const edges = edgesOf(scope.catalog, kind).filter((e) => e.effectiveFrom > previous.from && e.effectiveFrom <= current.to);
    if (!edges.length) continue;
    const items = itemsOfKind(scope.catalog, kind);
    const labelOf = (code: string) => items.byCode.get(code)?.name ?? code;
    const all = edgesOf(scope.catalog, kind);
    const moves = [...new Set(edges.map((e) => e.fromCode))].map((from) => {
      const resolved = resolveCode(all, from, current.to);
      return { from, resolved };
    });
    const mapped = moves.map(({ from, resolved }) => `${labelOf(from)} → ${labelOf(resolved.code)}`).join('; ');
    const splits = moves.flatMap(({ resolved }) => resolved.splits.map((s) => describeSplit(s, labelOf)));
    notes.push(
      `${previous.financialYear} figures are mapped onto the ${WORDS[kind]} in force on ${current.to} (the reorganisation of ${[...new Set(edges.map((e) => e.effectiveFrom))].join(', ')}), ` +
        `so both years count alike; the records keep the codes they were recorded with. Mapped: ${mapped}.`,
      ...splits.map((s) => `Split: ${s}.`),
    );
  }
  return notes;
}
