import { useState } from 'react';
import { CHART_TYPE_LABELS, type ChartType } from './trend-chart-type';

export interface TrendChartChoiceProps {
  /** The types that can show this answer. */
  options: ChartType[];
  /** The type shown. */
  value: ChartType;
  onChange: (chartType: ChartType) => void;
}

/**
 * "Show as": the chart types this answer can be drawn as. Choosing one redraws
 * the chart below at once (the URL keeps the choice); nothing else on the page moves.
 */
export function TrendChartChoice({ options, value, onChange }: TrendChartChoiceProps) {
  // The radio shows the choice at once: the URL (and so `value`) follows a moment later, in a transition.
  const [selected, setSelected] = useState(value);
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    setSelected(value);
  }
  return (
    <fieldset className="fieldset trend-chart-choice">
      <legend className="fieldset__legend">Show as</legend>
      <div className="radios trend-chart-choice__options">
        {options.map((option, i) => {
          const id = i === 0 ? 'showAs' : `showAs-${i + 1}`;
          return (
            <div className="radios__item" key={option}>
              <input
                className="radios__input"
                type="radio"
                id={id}
                name="showAs"
                value={option}
                checked={selected === option}
                onChange={() => {
                  setSelected(option);
                  onChange(option);
                }}
              />
              <label className="radios__label" htmlFor={id}>
                {CHART_TYPE_LABELS[option]}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
