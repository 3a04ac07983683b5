import { isApiError } from '../api/client';

export function errorText(error: unknown): string {
  if (isApiError(error)) return error.message;
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong. Try again.';
}

interface ErrorMessageProps {
  error: unknown;
  title?: string;
  onRetry?: () => void;
}

/** A failed load or action: what went wrong, in the API's words, and a way to try again. */
export function ErrorMessage({ error, title = 'This could not be loaded', onRetry }: ErrorMessageProps) {
  return (
    <div className="alert alert--error" role="alert">
      <p className="alert__title">{title}</p>
      <p className="alert__body">{errorText(error)}</p>
      {onRetry && (
        <button type="button" className="button button--small" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
