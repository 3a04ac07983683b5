import type { ImportReport } from '../../shared/people-import';
import { Badge } from '../ui/badge';
import { Table } from '../ui/table';
import { formatNumber } from '../ui/format';
import { functionLabels, levelLabels } from '../org/labels';
import { mappingRows } from './mapping';

/** What a checked file holds: counts, the column mapping, the errors and the first rows. */
export function ImportReportView({ report }: { report: ImportReport }) {
  return (
    <div className="import-report">
      <dl className="stats stats--compact">
        <Figure label="Rows" value={report.totalRows} />
        <Figure label="New people" value={report.creates} />
        <Figure label="Updates" value={report.updates} />
        <Figure label="Errors" value={report.errorCount} tone={report.errorCount > 0 ? 'danger' : undefined} />
      </dl>
      {report.errorCount > 0 && <ErrorList report={report} />}
      <ColumnMapping report={report} />
      <Preview report={report} />
    </div>
  );
}

function Figure({ label, value, tone }: { label: string; value: number; tone?: 'danger' }) {
  return (
    <div className={tone ? `stat stat--${tone}` : 'stat'}>
      <dt className="stat__label">{label}</dt>
      <dd className="stat__value">{formatNumber(value)}</dd>
    </div>
  );
}

function ErrorList({ report }: { report: ImportReport }) {
  const listed = report.errors.length;
  return (
    <section className="section" aria-labelledby="import-errors-heading">
      <h3 id="import-errors-heading">Errors</h3>
      <p className="section__lead">
        {listed < report.errorCount
          ? `Showing the first ${formatNumber(listed)} of ${formatNumber(report.errorCount)} errors.`
          : `${formatNumber(report.errorCount)} ${report.errorCount === 1 ? 'error' : 'errors'}.`}{' '}
        Fix them in the file, then choose it again. Row numbers count the header as row 1, as in a spreadsheet.
      </p>
      <Table caption="Errors in the file" captionHidden className="table--compact">
        <thead>
          <tr>
            <th scope="col">Row</th>
            <th scope="col">Column</th>
            <th scope="col">Problem</th>
          </tr>
        </thead>
        <tbody>
          {report.errors.map((issue, index) => (
            <tr key={`${issue.row ?? 'file'}-${index}`}>
              <th scope="row">{issue.row === undefined ? 'File' : formatNumber(issue.row)}</th>
              <td>{issue.column ?? '—'}</td>
              <td>{issue.message}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </section>
  );
}

function ColumnMapping({ report }: { report: ImportReport }) {
  const rows = mappingRows(report.mapping);
  return (
    <section className="section" aria-labelledby="import-mapping-heading">
      <h3 id="import-mapping-heading">Columns</h3>
      {rows.length === 0 ? (
        <p className="muted">No column of the file was recognised.</p>
      ) : (
        <Table caption="Which file column feeds which field" captionHidden className="table--compact mapping-table">
          <thead>
            <tr>
              <th scope="col">Column in the file</th>
              <th scope="col">Read as</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.column}-${row.field}`}>
                <th scope="row">
                  <code>{row.column}</code>
                </th>
                <td>{row.fieldLabel}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {report.ignoredColumns.length > 0 && (
        <p className="muted">
          Ignored columns: {report.ignoredColumns.map((column, index) => (
            <span key={column}>
              {index > 0 && ', '}
              <code>{column}</code>
            </span>
          ))}
        </p>
      )}
    </section>
  );
}

function Preview({ report }: { report: ImportReport }) {
  if (report.preview.length === 0) return null;
  const anyErrors = report.preview.some((row) => row.errors.length > 0);
  return (
    <section className="section" aria-labelledby="import-preview-heading">
      <h3 id="import-preview-heading">Preview</h3>
      <p className="section__lead">
        The first {formatNumber(report.preview.length)} of {formatNumber(report.totalRows)} rows. Rows with problems are
        marked.
      </p>
      <Table caption="Preview of the first rows" captionHidden scrollFocusable className="table--compact preview-table">
        <thead>
          <tr>
            <th scope="col">Row</th>
            <th scope="col">Action</th>
            {anyErrors && <th scope="col">Problems</th>}
            <th scope="col">Name</th>
            <th scope="col">E-mail</th>
            <th scope="col">Function</th>
            <th scope="col">Level</th>
            <th scope="col">Manager e-mail</th>
            <th scope="col">Region</th>
            <th scope="col">Title</th>
            <th scope="col">Active</th>
          </tr>
        </thead>
        <tbody>
          {report.preview.map((row) => {
            const bad = row.errors.length > 0;
            return (
              <tr key={row.row} className={bad ? 'row--error' : undefined}>
                <th scope="row">{formatNumber(row.row)}</th>
                <td>
                  {bad ? (
                    <Badge tone="danger">Error</Badge>
                  ) : row.action === 'create' ? (
                    <Badge tone="success">New</Badge>
                  ) : (
                    <Badge tone="info">Update</Badge>
                  )}
                </td>
                {anyErrors && (
                  <td className="cell-problems">
                    {bad ? (
                      <ul className="problems">
                        {row.errors.map((message, index) => (
                          <li key={index}>{message}</li>
                        ))}
                      </ul>
                    ) : (
                      <span className="muted">None</span>
                    )}
                  </td>
                )}
                <td>{row.name || <span className="muted">—</span>}</td>
                <td>{row.email || <span className="muted">—</span>}</td>
                <td>{row.function ? functionLabels[row.function] : <span className="muted">—</span>}</td>
                <td>{row.level ? levelLabels[row.level] : <span className="muted">—</span>}</td>
                <td>{row.managerEmail ?? <span className="muted">—</span>}</td>
                <td>{row.region ?? <span className="muted">—</span>}</td>
                <td>{row.title ?? <span className="muted">—</span>}</td>
                <td>{row.active ? 'Yes' : 'No'}</td>
              </tr>
            );
          })}
        </tbody>
      </Table>
    </section>
  );
}
