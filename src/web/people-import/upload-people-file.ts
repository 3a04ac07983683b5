import { importReport, type ImportReport } from '../../shared/people-import';
import { ApiError, csrfHeaders, handleUnauthenticated, toApiError } from '../api/client';

export interface UploadCallbacks {
  /** Bytes of the file sent so far. */
  onProgress?: (loaded: number, total: number) => void;
  /** The whole file is sent; the server is now checking the rows. */
  onUploaded?: () => void;
  signal?: AbortSignal;
}

/** A checked file: `accepted` is false when the server found errors (422), and then nothing was written. */
export interface UploadResult {
  accepted: boolean;
  report: ImportReport;
}

/**
 * Posts a people CSV to the import endpoint. XMLHttpRequest rather than fetch, because only it reports upload
 * progress. Rejects with ApiError for every answer that carries no import report.
 */
export function uploadPeopleFile(file: File, dryRun: boolean, callbacks: UploadCallbacks = {}): Promise<UploadResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/import/people?dryRun=${dryRun ? 'true' : 'false'}`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('content-type', 'text/csv');
    xhr.setRequestHeader('accept', 'application/json');
    for (const [name, value] of Object.entries(csrfHeaders('POST'))) xhr.setRequestHeader(name, value);

    xhr.upload.onprogress = (event) => {
      callbacks.onProgress?.(event.loaded, event.lengthComputable ? event.total : file.size);
    };
    xhr.upload.onload = () => callbacks.onUploaded?.();

    xhr.onload = () => {
      const status = xhr.status;
      if (status === 200) {
        const parsed = importReport.safeParse(safeJson(xhr.responseText));
        if (parsed.success) resolve({ accepted: true, report: parsed.data });
        else reject(new ApiError('INTERNAL', 'The server sent an import report Tandem could not read. Try again.', status));
        return;
      }
      if (status === 401) handleUnauthenticated();
      const error = toApiError(status, xhr.responseText);
      if (status === 422) {
        const parsed = importReport.safeParse(error.details);
        if (parsed.success) {
          resolve({ accepted: false, report: parsed.data });
          return;
        }
      }
      reject(error);
    };
    xhr.onerror = () =>
      reject(new ApiError('NETWORK', 'The upload failed: Tandem could not reach the server. Try again.', 0));
    xhr.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));

    if (callbacks.signal) {
      if (callbacks.signal.aborted) {
        reject(new DOMException('The upload was cancelled.', 'AbortError'));
        return;
      }
      callbacks.signal.addEventListener('abort', () => xhr.abort(), { once: true });
    }
    xhr.send(file);
  });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
