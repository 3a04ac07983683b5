interface PaginationProps {
  offset: number;
  limit: number;
  total: number;
  onChange: (offset: number) => void;
  /** What is being paged, e.g. "people". */
  noun: string;
}

const numberFormat = new Intl.NumberFormat('en');

export function Pagination({ offset, limit, total, onChange, noun }: PaginationProps) {
  if (total === 0) return null;
  const first = offset + 1;
  const last = Math.min(offset + limit, total);
  const page = Math.floor(offset / limit) + 1;
  const pages = Math.max(1, Math.ceil(total / limit));
  return (
    <nav className="pagination" aria-label={`Pages of ${noun}`}>
      <p className="pagination__status" aria-live="polite">
        Showing {numberFormat.format(first)}–{numberFormat.format(last)} of {numberFormat.format(total)} {noun}
      </p>
      <div className="pagination__buttons">
        <button
          type="button"
          className="button button--small"
          disabled={offset === 0}
          onClick={() => onChange(Math.max(0, offset - limit))}
        >
          Previous<span className="sr-only"> page</span>
        </button>
        <span className="pagination__page">
          Page {page} of {pages}
        </span>
        <button
          type="button"
          className="button button--small"
          disabled={last >= total}
          onClick={() => onChange(offset + limit)}
        >
          Next<span className="sr-only"> page</span>
        </button>
      </div>
    </nav>
  );
}
