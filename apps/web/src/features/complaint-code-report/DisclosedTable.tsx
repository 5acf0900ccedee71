/** A table of the Code report as published: captioned, scoped headers, each figure as the disclosure rule shows it. */
export interface DisclosedTableData {
  id: string;
  title: string;
  columns: string[];
  rows: Array<{ label: string; cells: string[] }>;
  notes: string[];
}

export function DisclosedTable({ table, csvHref }: { table: DisclosedTableData; csvHref?: string }) {
  const captionId = `code-table-${table.id}`;
  return (
    <div className="code-report__table">
      <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="table">
          <caption id={captionId}>{table.title}</caption>
          <thead>
            <tr>
              <td />
              {table.columns.map((c) => (
                <th scope="col" key={c}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                {row.cells.map((cell, i) => (
                  <td className="table__number" key={i}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {table.rows.length === 0 && <p>Nothing recorded in the year.</p>}
      {table.notes.length > 0 && (
        <ul className="notes">
          {table.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      {csvHref && (
        <p>
          <a href={csvHref} download>
            Download CSV of {table.title}
          </a>
        </p>
      )}
    </div>
  );
}
