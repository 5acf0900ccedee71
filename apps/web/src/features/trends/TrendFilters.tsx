import { CheckboxGroup, type CheckboxOption } from '../../components/CheckboxGroup';
import { QueryState } from '../../components/QueryState';
import type { TrendForm } from './trend-form';
import { COMPLAINANT_TYPES, OUTCOMES, RECORD_TYPE_GROUPS, STAGES } from './trend-labels';
import type { FilterKey } from './trend-params';
import { issueChoice, TrendIssueFilter } from './TrendIssueFilter';
import { useReferenceOptionsQuery, type ReferenceOptions } from '../reference/useReferenceOptionsQuery';

export interface TrendFiltersProps {
  filter: TrendForm['filter'];
  onChange: (key: FilterKey, codes: string[]) => void;
}

const fromLabels = (labels: Record<string, string>): CheckboxOption[] =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));
const fromReference = (items: ReadonlyArray<{ code: string; name: string }>): CheckboxOption[] =>
  items.map((item) => ({ value: item.code, label: item.name }));

/** Filters the links may carry beyond what the form's controls show; kept as they are. */
const LINK_ONLY: Partial<Record<FilterKey, string>> = {
  anyServiceAreas: 'Any service area named',
  issues: 'Primary issue',
  anyIssues: 'Any issue raised',
};

/** One checkbox group per filter, built from the reference data. Each list means "any of these". */
export function TrendFilters({ filter, onChange }: TrendFiltersProps) {
  const [result, reexecute] = useReferenceOptionsQuery();

  return (
    <QueryState result={result} label="filter choices" onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
      {(options) => <FilterGroups options={options} filter={filter} onChange={onChange} />}
    </QueryState>
  );
}

function FilterGroups({ options, filter, onChange }: TrendFiltersProps & { options: ReferenceOptions }) {
  const issueNames = new Map(options.issueCategories.flatMap((c) => c.issues.map((i) => [i.code, i.name] as const)));
  const areaNames = new Map(options.serviceAreas.map((a) => [a.code, a.name] as const));
  const groups: Array<{ key: FilterKey; legend: string; options: CheckboxOption[] }> = [
    { key: 'recordTypeGroups', legend: 'Record-type group', options: fromLabels(RECORD_TYPE_GROUPS) },
    { key: 'recordTypes', legend: 'Record type', options: fromReference(options.recordTypes) },
    { key: 'channels', legend: 'Channel', options: fromReference(options.channels) },
    { key: 'divisions', legend: 'Division', options: fromReference(options.divisions) },
    { key: 'serviceAreas', legend: 'Service area (primary)', options: fromReference(options.serviceAreas) },
    { key: 'issueCategories', legend: 'Issue category (primary)', options: fromReference(options.issueCategories) },
    { key: 'outcomes', legend: 'Outcome', options: fromLabels(OUTCOMES) },
    { key: 'stages', legend: 'Stage', options: fromLabels(STAGES) },
    { key: 'complainantTypes', legend: 'Complainant type', options: fromLabels(COMPLAINANT_TYPES) },
  ];
  // A single issue has its picker; anything more (only a link can ask for it) is listed below.
  const issue = issueChoice(filter);
  const linkOnly = (Object.keys(LINK_ONLY) as FilterKey[]).filter(
    (key) => filter[key]?.length && (key === 'anyServiceAreas' || issue === null),
  );

  return (
    <>
      <p className="hint">Leave a group empty to include everything. Within a group, contacts matching any ticked box are counted.</p>
      <div className="filter-groups">
        {groups.map((group) => (
          <CheckboxGroup
            key={group.key}
            name={`filter-${group.key}`}
            legend={group.legend}
            options={group.options}
            selected={filter[group.key] ?? []}
            onChange={(codes) => onChange(group.key, codes)}
          />
        ))}
      </div>
      {issue && <TrendIssueFilter options={options} choice={issue} onChange={onChange} />}
      {linkOnly.length > 0 && (
        <div className="inset-text">
          <p>This link also filters by:</p>
          <ul className="list list--bullet">
            {linkOnly.map((key) => (
              <li key={key}>
                {LINK_ONLY[key]}:{' '}
                {(filter[key] ?? [])
                  .map((code) => (key === 'anyServiceAreas' ? areaNames.get(code) : issueNames.get(code)) ?? code)
                  .join(', ')}{' '}
                <button type="button" className="button-link" onClick={() => onChange(key, [])}>
                  Remove<span className="visually-hidden"> the {LINK_ONLY[key]?.toLowerCase()} filter</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
