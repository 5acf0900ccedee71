import { useEffect, useState } from 'react';
import type { ChartType, TrendInput } from '../../graphql/graphql';
import { hasErrors } from '../cases/form-errors';
import { chartFieldId, SavedChartForm } from './SavedChartForm';
import { newSavedChartForm, saveChartInput, savedChartErrorsFromApi, validateSavedChartForm, type SavedChartErrors, type SavedChartFormValues } from './saved-chart-form';
import { useSaveChart } from './saved-chart-mutations';
import type { SavedChartRecord } from './useSavedChartsQuery';
import './saved-charts.css';

export interface SaveChartPanelProps {
  input: TrendInput;
  chartType?: ChartType | null;
  suggestedName?: string;
  onSaved: (chart: SavedChartRecord) => void;
  onCancel: () => void;
}

const ID_PREFIX = 'save-chart';
const NO_ERRORS: SavedChartErrors = { fields: {}, form: [] };

/**
 * The "Save this chart" form, loaded only when someone opens it (it keeps the
 * explorer's own chunk small): name, the description that is the chart's text
 * alternative, chart type and who may download its data.
 */
export default function SaveChartPanel({ input, chartType, suggestedName, onSaved, onCancel }: SaveChartPanelProps) {
  const [form, setForm] = useState<SavedChartFormValues>(() => newSavedChartForm(input, chartType, suggestedName));
  const [errors, setErrors] = useState<SavedChartErrors>(NO_ERRORS);
  const [attempt, setAttempt] = useState(0);
  const [{ fetching }, save] = useSaveChart();

  useEffect(() => {
    document.getElementById(chartFieldId(ID_PREFIX, 'name'))?.focus();
  }, []);

  async function submit() {
    const found = validateSavedChartForm(form);
    setAttempt((n) => n + 1);
    setErrors(found);
    if (hasErrors(found)) return;
    const result = await save({ input: saveChartInput(form, input) });
    if (result.data) {
      onSaved(result.data.saveChart);
      return;
    }
    setErrors(result.error ? savedChartErrorsFromApi(result.error) : { fields: {}, form: ['The chart was not saved. Try again'] });
    setAttempt((n) => n + 1);
  }

  return (
    <section className="save-chart__panel" aria-labelledby="save-chart-heading">
      <h2 className="heading-m" id="save-chart-heading">
        Save this chart
      </h2>
      <p className="hint">It keeps this question, with its filters and period, so you can open, share or publish it later.</p>
      <SavedChartForm
        idPrefix={ID_PREFIX}
        label="Save this chart"
        form={form}
        errors={errors}
        attempt={attempt}
        onChange={(changes) => setForm((current) => ({ ...current, ...changes }))}
        onSubmit={() => void submit()}
        onCancel={onCancel}
        submitLabel="Save chart"
        busy={fetching}
        busyText="Saving the chart…"
      />
    </section>
  );
}
