import { useState } from 'react';
import { EmptyState } from '../../ui/empty-state';
import { formatDateTime, formatNumber } from '../../ui/format';
import { QueryView } from '../../ui/query-view';
import { Table } from '../../ui/table';
import { useTranscriptVersion, useTranscriptVersions } from '../research-api';

/** A closed-by-default list of the transcript's saved versions; any one can be read, never edited. */
export function TranscriptHistory({ pid, tid, currentVersion }: { pid: string; tid: string; currentVersion: number }) {
  const [open, setOpen] = useState(false);
  const [shown, setShown] = useState<number | null>(null);
  const versions = useTranscriptVersions(pid, tid, open);

  return (
    <details className="rs-disclosure rs-history" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Text history</summary>
      {open && (
        <QueryView query={versions} loadingLabel="Loading the versions…" errorTitle="The text history could not be loaded">
          {({ items }) =>
            items.length === 0 ? (
              <EmptyState title="No saved versions" />
            ) : (
              <>
                <Table caption="Saved versions of this transcript" captionHidden>
                  <thead>
                    <tr>
                      <th scope="col">Version</th>
                      <th scope="col">Saved</th>
                      <th scope="col" className="num">
                        Characters
                      </th>
                      <th scope="col">
                        <span className="sr-only">Action</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {[...items]
                      .sort((a, b) => b.version - a.version)
                      .map((item) => (
                        <tr key={item.version}>
                          <th scope="row">
                            {item.version}
                            {item.version === currentVersion && <span className="muted"> (current)</span>}
                          </th>
                          <td>
                            {formatDateTime(item.editedAt)}
                            {item.editedBy ? ` · ${item.editedBy}` : ''}
                          </td>
                          <td className="num">{formatNumber(item.length)}</td>
                          <td>
                            <button
                              type="button"
                              className="button button--small"
                              aria-pressed={shown === item.version}
                              onClick={() => setShown(shown === item.version ? null : item.version)}
                            >
                              {shown === item.version ? 'Hide' : 'Read'}
                              <span className="sr-only"> version {item.version}</span>
                            </button>
                          </td>
                        </tr>
                      ))}
                  </tbody>
                </Table>
                {shown !== null && <VersionText pid={pid} tid={tid} version={shown} />}
              </>
            )
          }
        </QueryView>
      )}
    </details>
  );
}

function VersionText({ pid, tid, version }: { pid: string; tid: string; version: number }) {
  const query = useTranscriptVersion(pid, tid, version);
  return (
    <div className="rs-history__text">
      <QueryView query={query} loadingLabel={`Loading version ${version}…`} errorTitle={`Version ${version} could not be loaded`}>
        {(data) => (
          <>
            <h3 className="rs-history__title">
              Version {data.version}
              <span className="field__hint">
                {' '}
                · {formatDateTime(data.editedAt)}
                {data.editedBy ? ` · ${data.editedBy}` : ''} · read-only
              </span>
            </h3>
            <pre className="rs-history__pre" tabIndex={0} aria-label={`Text of version ${data.version}`}>
              {data.text}
            </pre>
          </>
        )}
      </QueryView>
    </div>
  );
}
