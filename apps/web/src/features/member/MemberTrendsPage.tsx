/**
 * /member/trends: trends for the Member Responsible for Complaints (Complaint
 * Handling Code §9.5–9.7): volume, categories, outcomes and timeliness over a
 * financial year, every figure from disclosedTrend, so under the disclosure
 * rule (small numbers suppressed) and never a single complaint. Officers and
 * analysts may open it too, to see what the member sees.
 */
import { DIMENSIONS, RECORD_TYPE_GROUPS, todayIso, TREND_MEASURES } from '@complaints/domain';
import { lazy, Suspense, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useFormKey } from '../../app/useFormKey';
import { QueryState } from '../../components/QueryState';
import { SelectField } from '../../components/SelectField';
import { DisclosedTable } from '../complaint-code-report/DisclosedTable';
import { useMemberDisclosedTrend, useMemberTrendYears } from './member-trends-queries';
import {
  chartOf,
  choiceFromSearch,
  describeRangeOf,
  disclosedTableOf,
  financialYearOfToday,
  formatMeasure,
  isEmptyTrend,
  MEMBER_GRANULARITIES,
  MEMBER_GRANULARITY_LABELS,
  questionTitle,
  searchOf,
  trendInput,
  yearsWithFigures,
  type MemberTrendChoice,
} from './member-trends';
import './member-trends.css';

const BarChart = lazy(() => import('../../components/charts/BarChart'));

/** A choice as its query string, in one order, to tell whether the address shows it. */
const keyOf = (choice: MemberTrendChoice) => new URLSearchParams(searchOf(choice)).toString();

const options = (labels: Readonly<Record<string, string | { label: string }>>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label: typeof label === 'string' ? label : label.label }));

export function MemberTrendsPage() {
  const today = todayIso();
  const currentYear = financialYearOfToday(today);
  const [params, setParams] = useSearchParams();
  const choice = choiceFromSearch(params, currentYear);
  // Back and forward (or a link) change the address: a new form shows it. The form's own "Show figures" keeps it.
  const choiceForm = useFormKey(keyOf(choice));
  const [yearsResult] = useMemberTrendYears(today);
  const years = yearsWithFigures(yearsResult.data?.disclosedTrend.periods ?? [], yearsResult.data?.disclosedTrend.periodTotals ?? [], currentYear);
  const [result, refetch] = useMemberDisclosedTrend(trendInput(choice, today));
  const title = questionTitle(choice, today);
  useDocumentTitle(`Trends, ${choice.year}`);

  function show(next: MemberTrendChoice) {
    choiceForm.submitted(keyOf(next));
    setParams(searchOf(next));
  }

  return (
    <div className="member-trends">
      <h1 className="heading-xl">Trends in complaints and other contacts</h1>
      <p>
        How many contacts the service received, what about, their outcomes and how quickly they were answered, over a financial year. Every figure is published under the
        disclosure rules: small numbers are suppressed so that no child or family can be recognised, and no single case is shown.
      </p>
      <ChoiceForm key={choiceForm.key} choice={choice} years={years} onShow={show} />
      <p>
        For the two complaints procedures side by side (the Children Act procedure and the Ombudsman’s Complaint Handling Code), see the{' '}
        <Link to="/complaint-code-report">Code report</Link>.
      </p>

      <section aria-labelledby="member-trends-title">
        <h2 className="heading-l" id="member-trends-title">
          {title}
        </h2>
        <p>{describeRangeOf(choice.year, today)}.</p>
        <QueryState
          result={result}
          label="figures"
          isEmpty={(data) => isEmptyTrend(data.disclosedTrend)}
          empty={`Nothing was recorded from ${describeRangeOf(choice.year, today)} for these figures.`}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        >
          {({ disclosedTrend: trend }) => {
            const chart = chartOf(trend, choice, today);
            return (
              <>
                <p className="inset-text member-trends__note">{trend.note}</p>
                <h3 className="heading-m">Chart</h3>
                {chart ? (
                  <Suspense fallback={<p className="chart--loading">Loading the chart…</p>}>
                    <BarChart
                      title={title}
                      description={chart.description}
                      categories={chart.categories}
                      series={[{ id: `All ${choice.contacts ? RECORD_TYPE_GROUPS[choice.contacts].toLowerCase() : 'contacts'}`, values: chart.values }]}
                      formatValue={(value) => formatMeasure(value, choice.measure)}
                      valueAxisLabel={TREND_MEASURES[choice.measure].label}
                      // Periods down the side: a year of month names fits at 320 px this way, not along the bottom.
                      layout="horizontal"
                    />
                  </Suspense>
                ) : (
                  <p>There are too few figures to draw over time: choose months or quarters, or see the table.</p>
                )}
                <h3 className="heading-m">Table</h3>
                <DisclosedTable table={{ ...disclosedTableOf(trend, choice, today), notes: [trend.definition] }} />
              </>
            );
          }}
        </QueryState>
      </section>
    </div>
  );
}

function ChoiceForm({ choice, years, onShow }: { choice: MemberTrendChoice; years: string[]; onShow: (choice: MemberTrendChoice) => void }) {
  const [form, setForm] = useState<MemberTrendChoice>(choice);
  const yearOptions = (years.includes(form.year) ? years : [form.year, ...years]).map((y) => ({ value: y, label: y }));
  const set = <K extends keyof MemberTrendChoice>(key: K) => (value: string) => setForm((f) => ({ ...f, [key]: value as MemberTrendChoice[K] }));

  function submit(event: FormEvent) {
    event.preventDefault();
    onShow(form);
  }

  return (
    <form onSubmit={submit} className="member-trends__choice" aria-labelledby="member-trends-choose">
      <h2 className="heading-m" id="member-trends-choose">
        Choose the figures
      </h2>
      <div className="member-trends__fields">
        <SelectField id="member-trends-year" label="Financial year" options={yearOptions} value={form.year} onChange={set('year')} />
        <SelectField
          id="member-trends-granularity"
          label="Count by"
          hint="A month at the shortest."
          options={MEMBER_GRANULARITIES.map((g) => ({ value: g, label: MEMBER_GRANULARITY_LABELS[g] }))}
          value={form.granularity}
          onChange={set('granularity')}
        />
        <SelectField id="member-trends-measure" label="What to show" options={options(TREND_MEASURES)} value={form.measure} onChange={set('measure')} />
        <SelectField id="member-trends-split" label="Split by" options={[{ value: '', label: 'No split' }, ...options(DIMENSIONS)]} value={form.groupBy} onChange={set('groupBy')} />
        <SelectField
          id="member-trends-contacts"
          label="Which contacts"
          options={[{ value: '', label: 'All contacts' }, ...options(RECORD_TYPE_GROUPS)]}
          value={form.contacts}
          onChange={set('contacts')}
        />
      </div>
      <button type="submit" className="button button--secondary">
        Show figures
      </button>
    </form>
  );
}
