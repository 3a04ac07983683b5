interface UploadProgressProps {
  phase: 'uploading' | 'checking';
  /** True for the real import, false for the check. */
  write: boolean;
  loaded?: number;
  total?: number;
}

/** A real progress bar while the file is sent, then an indeterminate bar while the server checks the rows. */
export function UploadProgress({ phase, write, loaded = 0, total = 0 }: UploadProgressProps) {
  const percent = total > 0 ? Math.min(100, Math.round((loaded / total) * 100)) : 0;
  const phaseText = phase === 'uploading' ? 'Uploading the file…' : write ? 'Importing people…' : 'Checking rows…';
  return (
    <div className="upload-progress">
      {/* Only the phase is live, so it is announced once; the bar itself carries the percentage. */}
      <p className="upload-progress__label">
        <span role="status" id="upload-progress-label">
          {phaseText}
        </span>
        {phase === 'uploading' && <span aria-hidden="true"> {percent}%</span>}
      </p>
      {phase === 'uploading' ? (
        <progress className="progress" max={100} value={percent} aria-labelledby="upload-progress-label" />
      ) : (
        <progress className="progress progress--indeterminate" aria-labelledby="upload-progress-label" />
      )}
    </div>
  );
}
