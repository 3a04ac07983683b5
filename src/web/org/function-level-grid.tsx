import { Link } from 'react-router';
import { FUNCTIONS, LEVELS } from '../../domain/org/types';
import type { OrgSummary } from '../../shared/org';
import { Table } from '../ui/table';
import { formatNumber } from '../ui/format';
import { functionLabels, levelLabels } from './labels';

/** Rows are levels (senior → frontline), columns are functions; each count links to those people. */
export function FunctionLevelGrid({ grid }: { grid: OrgSummary['grid'] }) {
  const countOf = (fn: string, level: string) =>
    grid.find((cell) => cell.function === fn && cell.level === level)?.count ?? 0;

  return (
    <Table caption="People by level (rows) and function (columns)" captionHidden className="grid-table">
      <thead>
        <tr>
          <th scope="col">Level</th>
          {FUNCTIONS.map((fn) => (
            <th key={fn} scope="col" className="num">
              {functionLabels[fn]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {LEVELS.map((level) => (
          <tr key={level}>
            <th scope="row">{levelLabels[level]}</th>
            {FUNCTIONS.map((fn) => {
              const count = countOf(fn, level);
              const params = new URLSearchParams({ function: fn, level });
              return (
                <td key={fn} className="num">
                  <Link to={`/org/people?${params}`} className="grid-table__link">
                    {formatNumber(count)}
                    <span className="sr-only">
                      {' '}
                      {levelLabels[level].toLowerCase()} {functionLabels[fn].toLowerCase()} people
                    </span>
                  </Link>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
