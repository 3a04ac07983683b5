import { EmptyState } from '../ui/empty-state';
import { QueryView } from '../ui/query-view';
import { Table } from '../ui/table';
import { formatDateTime } from '../ui/format';
import { usePageTitle } from '../ui/use-page-title';
import { useProjectDetail } from './project-layout';
import { useAudit } from './research-api';

/** An audit entry's detail as short "key: value" text. */
export function describeDetail(detail: unknown): string {
  if (detail === null || detail === undefined || detail === '') return '';
  if (typeof detail === 'string' || typeof detail === 'number' || typeof detail === 'boolean') return String(detail);
  if (Array.isArray(detail)) return detail.map(describeDetail).join(', ');
  if (typeof detail === 'object') {
    return Object.entries(detail as Record<string, unknown>)
      .filter(([, value]) => value !== null && value !== undefined)
      .map(([key, value]) => `${key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}: ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`)
      .join(' · ');
  }
  return '';
}

export function ActivityPage() {
  const project = useProjectDetail();
  usePageTitle(`Activity · ${project.project.name}`);
  const query = useAudit(project.project.id);
  return (
    <>
      <header className="page-header">
        <h1>Activity</h1>
        <p className="page-header__lead">
          The audit trail of this project: who changed what and when, for an external audit of the material. It cannot be edited.
        </p>
      </header>
      <QueryView query={query} loadingLabel="Loading the audit trail…" errorTitle="The audit trail could not be loaded">
        {({ items }) =>
          items.length === 0 ? (
            <EmptyState title="No activity yet">
              <p>Changes to transcripts, codes, codings and memos appear here as people make them.</p>
            </EmptyState>
          ) : (
            <Table caption="Audit trail, newest first" captionHidden scrollFocusable>
              <thead>
                <tr>
                  <th scope="col">What</th>
                  <th scope="col">Who</th>
                  <th scope="col">When</th>
                  <th scope="col">Details</th>
                </tr>
              </thead>
              <tbody>
                {[...items]
                  .sort((a, b) => b.at.localeCompare(a.at))
                  .map((entry) => (
                    <tr key={entry.id}>
                      <th scope="row" className="rs-audit-action">
                        {entry.action}
                        <span className="cell-sub">{entry.entity}</span>
                      </th>
                      <td>{entry.actorName ?? 'System'}</td>
                      <td className="nowrap">{formatDateTime(entry.at)}</td>
                      <td className="rs-note-cell">{describeDetail(entry.detail)}</td>
                    </tr>
                  ))}
              </tbody>
            </Table>
          )
        }
      </QueryView>
    </>
  );
}
