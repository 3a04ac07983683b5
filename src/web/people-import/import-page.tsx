import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import type { ImportReport } from '../../shared/people-import';
import { limits } from '../../shared/limits';
import { ApiError } from '../api/client';
import { orgKey } from '../org/org-api';
import { ErrorMessage } from '../ui/error-message';
import { formatNumber, plural } from '../ui/format';
import { usePageTitle } from '../ui/use-page-title';
import { ColumnHelp } from './column-help';
import { FilePicker } from './file-picker';
import { ImportReportView } from './import-report-view';
import { UploadProgress } from './upload-progress';
import { uploadPeopleFile } from './upload-people-file';
import './import.css';

type Stage =
  | { kind: 'idle' }
  | { kind: 'uploading'; write: boolean; loaded: number; total: number }
  | { kind: 'checking'; write: boolean }
  | { kind: 'checked'; report: ImportReport; accepted: boolean }
  | { kind: 'imported'; report: ImportReport }
  | { kind: 'failed'; error: unknown };

const MEGABYTE = 1024 * 1024;

function tooLargeMessage(): string {
  return `The file is larger than ${Math.round(limits.importFileBytes / MEGABYTE)} MB. Split it into smaller files, or use the command-line import.`;
}

export function ImportPage() {
  usePageTitle('Import people');
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const abortRef = useRef<AbortController | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  useEffect(() => () => abortRef.current?.abort(), []);

  // Move focus to the outcome so keyboard and screen-reader users land on what just happened.
  useEffect(() => {
    if (stage.kind === 'checked' || stage.kind === 'imported' || stage.kind === 'failed') resultRef.current?.focus();
  }, [stage.kind]);

  const busy = stage.kind === 'uploading' || stage.kind === 'checking';

  async function send(picked: File, write: boolean) {
    if (picked.size > limits.importFileBytes) {
      setStage({ kind: 'failed', error: new ApiError('PAYLOAD_TOO_LARGE', tooLargeMessage(), 413) });
      return;
    }
    if (picked.size === 0) {
      setStage({ kind: 'failed', error: new ApiError('INVALID_INPUT', 'The file is empty. Choose a CSV file with a header line and rows.', 0) });
      return;
    }
    const controller = new AbortController();
    abortRef.current = controller;
    setStage({ kind: 'uploading', write, loaded: 0, total: picked.size });
    try {
      const result = await uploadPeopleFile(picked, !write, {
        signal: controller.signal,
        onProgress: (loaded, total) => setStage({ kind: 'uploading', write, loaded, total }),
        onUploaded: () => setStage({ kind: 'checking', write }),
      });
      if (write && result.accepted && result.report.written) {
        setStage({ kind: 'imported', report: result.report });
        await queryClient.invalidateQueries({ queryKey: orgKey });
      } else {
        setStage({ kind: 'checked', report: result.report, accepted: result.accepted });
      }
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') {
        setStage({ kind: 'idle' });
        return;
      }
      if (error instanceof ApiError && error.code === 'PAYLOAD_TOO_LARGE') {
        setStage({ kind: 'failed', error: new ApiError(error.code, tooLargeMessage(), error.status) });
        return;
      }
      setStage({ kind: 'failed', error });
    } finally {
      if (abortRef.current === controller) abortRef.current = null;
    }
  }

  function pick(picked: File) {
    setFile(picked);
    void send(picked, false);
  }

  function reset() {
    setFile(null);
    setStage({ kind: 'idle' });
  }

  return (
    <div className="page">
      <header className="page-header">
        <h1>Import people</h1>
        <p className="page-header__lead">
          Load your organisation from a CSV file: people, their function and level, their manager and region. Rows
          with a known e-mail update that person.
        </p>
      </header>

      {stage.kind !== 'imported' && (
        <section className="section" aria-labelledby="import-file-heading">
          <h2 id="import-file-heading">{stage.kind === 'checked' ? 'Choose another file' : 'Choose a file'}</h2>
          <FilePicker disabled={busy} onPick={pick} />
          {file && (
            <p className="import-file-name">
              File: <strong>{file.name}</strong> ({formatBytes(file.size)})
            </p>
          )}
          <ColumnHelp />
        </section>
      )}

      {(stage.kind === 'uploading' || stage.kind === 'checking') && (
        <section className="section" aria-label="Progress">
          <UploadProgress
            phase={stage.kind}
            write={stage.write}
            loaded={stage.kind === 'uploading' ? stage.loaded : undefined}
            total={stage.kind === 'uploading' ? stage.total : undefined}
          />
          {stage.kind === 'uploading' && (
            <button type="button" className="button button--small" onClick={() => abortRef.current?.abort()}>
              Cancel upload
            </button>
          )}
        </section>
      )}

      <div ref={resultRef} tabIndex={-1} className="import-result">
        {stage.kind === 'failed' && (
          <ErrorMessage error={stage.error} title="The file could not be imported" />
        )}
        {stage.kind === 'checked' && file && (
          <CheckedResult report={stage.report} accepted={stage.accepted} onImport={() => void send(file, true)} />
        )}
        {stage.kind === 'imported' && <ImportedResult report={stage.report} onAnother={reset} />}
      </div>
    </div>
  );
}

function CheckedResult({ report, accepted, onImport }: { report: ImportReport; accepted: boolean; onImport: () => void }) {
  const count = report.creates + report.updates;
  const canImport = accepted && report.errorCount === 0 && count > 0;
  return (
    <section className="section" aria-labelledby="import-check-heading">
      <h2 id="import-check-heading">Check of the file</h2>
      {canImport ? (
        <div className="alert alert--success">
          <p className="alert__title">The file is ready to import</p>
          <p className="alert__body">
            {plural(report.creates, 'new person', 'new people')} and {plural(report.updates, 'update')}. Nothing has
            been written yet.
          </p>
        </div>
      ) : report.errorCount > 0 || !accepted ? (
        <div className="alert alert--error" role="alert">
          <p className="alert__title">
            The file has {plural(report.errorCount, 'error')}; nothing was imported
          </p>
          <p className="alert__body">Fix the rows listed below, then choose the corrected file.</p>
        </div>
      ) : (
        <div className="alert alert--info">
          <p className="alert__title">There is nothing to import</p>
          <p className="alert__body">The file has no rows of people. Choose a file with a header line and rows.</p>
        </div>
      )}
      {canImport && (
        <p>
          <button type="button" className="button button--primary button--large" onClick={onImport}>
            Import {count === 1 ? '1 person' : `${formatNumber(count)} people`}
          </button>
        </p>
      )}
      <ImportReportView report={report} />
    </section>
  );
}

function ImportedResult({ report, onAnother }: { report: ImportReport; onAnother: () => void }) {
  const count = report.creates + report.updates;
  return (
    <section className="section" aria-labelledby="import-done-heading">
      <div className="alert alert--success" role="status">
        <h2 id="import-done-heading" className="alert__title">
          Imported {count === 1 ? '1 person' : `${formatNumber(count)} people`}
        </h2>
        <p className="alert__body">
          {plural(report.creates, 'new person', 'new people')}, {plural(report.updates, 'update')}.
        </p>
        <p className="alert__links">
          <Link to="/org">Open the organisation explorer</Link>
          <Link to="/org/people">Search people</Link>
          <Link to="/org/dyads">Review dyad suggestions</Link>
        </p>
      </div>
      <p>
        <button type="button" className="button" onClick={onAnother}>
          Import another file
        </button>
      </p>
    </section>
  );
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < MEGABYTE) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / MEGABYTE).toFixed(1)} MB`;
}
