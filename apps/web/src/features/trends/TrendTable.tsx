import type { ReactNode } from 'react';
import type { TrendMeasure } from '../../graphql/graphql';
import { formatWithBase, isSmallBase, SMALL_BASE } from './trend-format';
import type { Cell, TableRow, TrendTableModel } from './trend-table';

export interface TrendTableProps {
  caption: string;
  model: TrendTableModel;
  measure: TrendMeasure;
  /** Columns after the total (the comparison's, from TrendComparedTables): their headers, and each row's cells. */
  more?: { headers: ReactNode; cells: (row: TableRow) => ReactNode };
}

/** Government statistics' shorthand for a figure of low reliability. */
const SMALL_BASE_MARK = '[u]';

export function hasSmallBase(model: TrendTableModel, measure: TrendMeasure): boolean {
  const rows = model.totals ? [...model.rows, model.totals] : model.rows;
  return rows.some((row) => [...row.cells, row.total].some((cell) => isSmallBase(cell.value, cell.base, measure)));
}

/**
 * The chart's numbers as a table (its text alternative). Wide tables scroll
 * sideways inside a focusable region, so keyboard users can scroll them too.
 * Percentages show their base ('62.8% of 121'); those of fewer than 5
 * contacts are marked, with the mark explained beneath.
 */
export function TrendTable({ caption, model, measure, more }: TrendTableProps) {
  const smallBase = hasSmallBase(model, measure);
  return (
    <>
      {/* Named apart from the results section, whose heading often has the same words. */}
      <div className="table-scroll" role="region" aria-label={`${caption} (table)`} tabIndex={0}>
        <table className="table table--numbers">
          <caption className="table__caption">{caption}</caption>
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
              {more?.headers}
            </tr>
          </thead>
          <tbody>
            {model.rows.map((row) => (
              <Row key={row.label} row={row} model={model} measure={measure} more={more?.cells} />
            ))}
          </tbody>
          {model.totals && (
            <tfoot>
              <Row row={model.totals} model={model} measure={measure} more={more?.cells} className="table__totals" emptyText="not added up" />
            </tfoot>
          )}
        </table>
      </div>
      {smallBase && (
        <p className="table-note">
          <span aria-hidden="true">{SMALL_BASE_MARK}</span>
          <span className="visually-hidden">Marked “low reliability”:</span> a percentage of fewer than {SMALL_BASE} contacts, too few to read
          much into (1 of 1 is 100%).
        </p>
      )}
    </>
  );
}

function Row({
  row,
  model,
  measure,
  more,
  className,
  emptyText,
}: {
  row: TableRow;
  model: TrendTableModel;
  measure: TrendMeasure;
  more?: ((row: TableRow) => ReactNode) | undefined;
  className?: string;
  emptyText?: string;
}) {
  return (
    <tr className={className}>
      <th scope="row">{row.label}</th>
      {row.cells.map((cell, i) => (
        <ValueCell key={model.columns[i] ?? i} cell={cell} measure={measure} emptyText={emptyText} />
      ))}
      <ValueCell cell={row.total} measure={measure} strong />
      {more?.(row)}
    </tr>
  );
}

function Empty({ text }: { text: string }) {
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{text}</span>
    </>
  );
}

export function TextCell({ text }: { text: string | null }) {
  return <td className="table__numeric">{text ?? <Empty text="no data" />}</td>;
}

export function ValueCell({ cell, measure, strong = false, emptyText = 'no data' }: { cell: Cell; measure: TrendMeasure; strong?: boolean; emptyText?: string | undefined }) {
  const className = strong ? 'table__numeric table__strong' : 'table__numeric';
  if (cell.value === null) {
    return (
      <td className={className}>
        {/* A combination with nothing under it is simply empty; one that cannot be made says so. */}
        <Empty text={cell.base === 0 ? 'no data' : emptyText} />
      </td>
    );
  }
  return (
    <td className={className}>
      {formatWithBase(cell.value, cell.base, measure)}
      {isSmallBase(cell.value, cell.base, measure) && (
        <>
          {' '}
          <span aria-hidden="true">{SMALL_BASE_MARK}</span>
          <span className="visually-hidden"> (low reliability)</span>
        </>
      )}
    </td>
  );
}
