import { describeRange } from '@complaints/domain';
import { changeHeading, formatChange, formatPercentChange, previousTableModel, withChanges } from './trend-comparison';
import { MEASURES } from './trend-labels';
import { NOTHING, type TableOptions, type TrendTableModel } from './trend-table';
import { TextCell, TrendTable, ValueCell } from './TrendTable';
import type { TrendResultData } from './useTrendQuery';

export interface TrendComparedTablesProps {
  /** An answer that compares (its `comparison` is set). */
  trend: TrendResultData;
  caption: string;
  /** This range's table, as trendTableModel makes it. */
  model: TrendTableModel;
  columnLabel: (period: string) => string;
  options: TableOptions;
}

/**
 * The tables of a question compared with the previous year: this range's with
 * each row's total a year earlier and the change, then the earlier range's own.
 * Loaded only for such a question (TrendResults), with the comparison's rules.
 */
export default function TrendComparedTables({ trend, caption, model, columnLabel, options }: TrendComparedTablesProps) {
  const { measure, comparison } = trend;
  const previous = previousTableModel(trend, model.rowHeader, columnLabel, options);
  if (!comparison || !previous) return <TrendTable caption={caption} model={model} measure={measure} />;
  const comparedWith = describeRange(comparison.from, comparison.to);
  const counts = MEASURES[measure].unit === 'count';
  return (
    <>
      <TrendTable
        caption={caption}
        model={withChanges(trend, model, previous)}
        measure={measure}
        more={{
          headers: (
            <>
              <th scope="col" className="table__numeric">
                Total {comparedWith}
              </th>
              <th scope="col" className="table__numeric">
                {changeHeading(measure)}
              </th>
              {counts && (
                <th scope="col" className="table__numeric">
                  Change (%)
                </th>
              )}
            </>
          ),
          cells: ({ change }) => (
            <>
              <ValueCell cell={change?.previous ?? NOTHING} measure={measure} />
              <TextCell text={change?.change == null ? null : formatChange(change.change, measure)} />
              {counts && <TextCell text={change?.percentChange == null ? null : formatPercentChange(change.percentChange)} />}
            </>
          ),
        }}
      />
      <TrendTable
        caption={`${previous.columns.length > 1 && !trend.crossBy ? 'The same periods' : 'The same range'} a year earlier, ${comparedWith}`}
        model={previous}
        measure={measure}
      />
    </>
  );
}
