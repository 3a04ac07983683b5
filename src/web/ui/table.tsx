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

/** A column of a group × measure table: its short heading, with the long meaning as the heading's tooltip. */
export interface MeasureColumn {
  key: string;
  short: string;
  long: string;
}

/** The header of a group × measure table (heatmaps, unit lists): the group, its people, then one column per measure. */
export function MeasureTableHead({ group, columns }: { group: string; columns: readonly MeasureColumn[] }) {
  return (
    <thead>
      <tr>
        <th scope="col">{group}</th>
        <th scope="col" className="num">
          People
        </th>
        {columns.map((column) => (
          <th scope="col" key={column.key} className="num" title={column.long}>
            {column.short}
          </th>
        ))}
      </tr>
    </thead>
  );
}
