import { Link } from 'react-router';
import type { PersonSummary } from '../../shared/org';
import { Badge } from '../ui/badge';
import { Table } from '../ui/table';
import { formatNumber } from '../ui/format';
import { FunctionBadge, LevelBadge } from './labels';

interface PeopleTableProps {
  people: PersonSummary[];
  caption: string;
  showManager?: boolean;
  showReports?: boolean;
}

export function PeopleTable({ people, caption, showManager = false, showReports = false }: PeopleTableProps) {
  return (
    <Table caption={caption} captionHidden>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Title</th>
          <th scope="col">Function</th>
          <th scope="col">Level</th>
          <th scope="col">Region</th>
          {showManager && <th scope="col">Manager</th>}
          {showReports && (
            <th scope="col" className="num">
              Direct reports
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {people.map((person) => (
          <tr key={person.id}>
            <th scope="row" className="cell-name">
              <Link to={`/org/people/${person.id}`}>{person.name}</Link>
              {!person.active && (
                <>
                  {' '}
                  <Badge tone="warning">Inactive</Badge>
                </>
              )}
            </th>
            <td>{person.title ?? <span className="muted">—</span>}</td>
            <td>
              <FunctionBadge value={person.function} />
            </td>
            <td>
              <LevelBadge value={person.level} />
            </td>
            <td>{person.region ?? <span className="muted">—</span>}</td>
            {showManager && (
              <td>{person.managerId ? <Link to={`/org/people/${person.managerId}`}>{person.managerName ?? 'Unknown'}</Link> : <span className="muted">None (top)</span>}</td>
            )}
            {showReports && <td className="num">{formatNumber(person.directReportCount)}</td>}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
