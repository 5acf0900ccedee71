import type { TrendMeasure } from '../../graphql/graphql';
import { formatValue } from './trend-format';
import type { Cell, TrendTableModel } from './trend-table';

export interface TrendTableProps {
  caption: string;
  model: TrendTableModel;
  measure: TrendMeasure;
}

/**
 * The chart's numbers as a table (its text alternative). Wide tables scroll
 * sideways inside a focusable region, so keyboard users can scroll them too.
 */
export function TrendTable({ caption, model, measure }: TrendTableProps) {
  return (
    // Named apart from the results section, whose heading often has the same words.
    <div className="table-scroll" role="region" aria-label={`${caption} (table)`} tabIndex={0}>
      <table className="table table--numbers">
        <caption className="table__caption">
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{model.rowHeader}</th>
            {model.columns.map((column) => (
              <th scope="col" key={column} className="table__numeric">
                {column}
              </th>
            ))}
            <th scope="col" className="table__numeric">
              Total
            </th>
          </tr>
        </thead>
        <tbody>
          {model.rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {row.cells.map((cell, i) => (
                <ValueCell key={model.columns[i] ?? i} value={cell} measure={measure} />
              ))}
              <ValueCell value={row.total} measure={measure} strong />
            </tr>
          ))}
        </tbody>
        {model.totals && (
          <tfoot>
            <tr className="table__totals">
              <th scope="row">{model.totals.label}</th>
              {model.totals.cells.map((cell, i) => (
                <ValueCell key={model.columns[i] ?? i} value={cell} measure={measure} emptyText="not added up" />
              ))}
              <ValueCell value={model.totals.total} measure={measure} strong />
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}

function ValueCell({
  value,
  measure,
  strong = false,
  emptyText = 'no data',
}: {
  value: Cell;
  measure: TrendMeasure;
  strong?: boolean;
  emptyText?: string;
}) {
  const className = strong ? 'table__numeric table__strong' : 'table__numeric';
  if (value === null) {
    return (
      <td className={className}>
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">{emptyText}</span>
      </td>
    );
  }
  return <td className={className}>{formatValue(value, measure)}</td>;
}
