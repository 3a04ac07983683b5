import type { ReactNode } from 'react';

interface TableProps {
  /** Every table has a caption; hide it visually when a heading already says the same. */
  caption: string;
  captionHidden?: boolean;
  /** Wide tables without links or buttons get a tab stop so keyboard users can scroll them. */
  scrollFocusable?: boolean;
  className?: string;
  children: ReactNode;
}

/** A semantic table in a horizontally scrollable frame. Write <thead>/<tbody> and <th scope> as children. */
export function Table({ caption, captionHidden = false, scrollFocusable = false, className, children }: TableProps) {
  return (
    <div
      className="table-wrap"
      {...(scrollFocusable ? { tabIndex: 0, role: 'region', 'aria-label': caption } : {})}
    >
      <table className={className ? `table ${className}` : 'table'}>
        <caption className={captionHidden ? 'sr-only' : 'table__caption'}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}
