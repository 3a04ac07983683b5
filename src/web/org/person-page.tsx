import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import type { Dyad, PersonDetail, PersonSummary } from '../../shared/org';
import { isApiError } from '../api/client';
import { hasRole, ORG_EDITOR_ROLES, useSession } from '../auth/session';
import { Badge } from '../ui/badge';
import { EmptyState } from '../ui/empty-state';
import { ErrorMessage } from '../ui/error-message';
import { Spinner } from '../ui/spinner';
import { Table } from '../ui/table';
import { formatDate, formatNumber, plural } from '../ui/format';
import { usePageTitle } from '../ui/use-page-title';
import { FunctionBadge, LevelBadge, functionLabels, levelLabels } from './labels';
import { usePerson } from './org-api';
import { PeopleTable } from './people-table';
import './org.css';

export function PersonPage() {
  const { id = '' } = useParams();
  const query = usePerson(id);
  usePageTitle(query.data?.person.name ?? 'Person');

  if (query.isPending) return <div className="page"><Spinner label="Loading this person…" /></div>;
  if (query.isError) {
    if (isApiError(query.error, 'NOT_FOUND')) {
      return (
        <div className="page page--narrow">
          <h1>Person not found</h1>
          <p>There is no one with this address in your organisation. They may have been removed by an import.</p>
          <p>
            <Link to="/org/people">Search people</Link>
          </p>
        </div>
      );
    }
    return (
      <div className="page">
        <ErrorMessage error={query.error} title="This person could not be loaded" onRetry={() => void query.refetch()} />
      </div>
    );
  }
  return <PersonView detail={query.data} />;
}

function PersonView({ detail }: { detail: PersonDetail }) {
  const { person, line, directReports, counterparts } = detail;
  const manager = line[0];
  return (
    <div className="page">
      <ReportingLine person={person} line={line} />
      <header className="page-header person-header">
        <h1>{person.name}</h1>
        <p className="page-header__lead">{person.title ?? `${levelLabels[person.level]} ${functionLabels[person.function].toLowerCase()}`}</p>
        <p className="person-header__badges">
          <FunctionBadge value={person.function} />
          <LevelBadge value={person.level} />
          {person.region && <Badge tone="info">{person.region}</Badge>}
          {!person.active && <Badge tone="warning">Inactive</Badge>}
        </p>
      </header>

      <section className="section" aria-labelledby="details-heading">
        <h2 id="details-heading">Details</h2>
        <dl className="details">
          <Detail label="E-mail" wide>
            <a href={`mailto:${person.email}`}>{person.email}</a>
          </Detail>
          <Detail label="Function">{functionLabels[person.function]}</Detail>
          <Detail label="Level">{levelLabels[person.level]}</Detail>
          <Detail label="Region">{person.region ?? '—'}</Detail>
          <Detail label="Status">{person.active ? 'Active' : 'Inactive'}</Detail>
          <Detail label="Manager">
            {manager ? <Link to={`/org/people/${manager.id}`}>{manager.name}</Link> : 'None (top of the organisation)'}
          </Detail>
          <Detail label="Span of control">{formatNumber(detail.spanOfControl)} direct reports</Detail>
          <Detail label="Position">
            {line.length === 0 ? 'Top of the organisation' : `${plural(line.length, 'step')} below the top`}
          </Detail>
          <Detail label="Unit size">{plural(detail.unitSize, 'person', 'people')}</Detail>
        </dl>
      </section>

      <section className="section" aria-labelledby="reports-heading">
        <h2 id="reports-heading">Direct reports ({formatNumber(directReports.length)})</h2>
        {directReports.length === 0 ? (
          <EmptyState title={`No one reports to ${person.name}.`} />
        ) : (
          <PeopleTable people={directReports} caption={`Direct reports of ${person.name}`} showReports />
        )}
      </section>

      <section className="section" aria-labelledby="counterparts-heading">
        <h2 id="counterparts-heading">Counterparts</h2>
        <p className="section__lead">Confirmed dyads: the people in the other function at the same level that {person.name} works with.</p>
        <Counterparts person={person} counterparts={counterparts} />
      </section>
    </div>
  );
}

function Detail({ label, wide = false, children }: { label: string; wide?: boolean; children: ReactNode }) {
  return (
    <div className={wide ? 'details__item details__item--wide' : 'details__item'}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The line from the top of the organisation down to this person, as a breadcrumb. */
function ReportingLine({ person, line }: { person: PersonSummary; line: PersonSummary[] }) {
  const topDown = [...line].reverse();
  return (
    <nav aria-label="Reporting line" className="breadcrumb">
      <ol>
        {topDown.map((manager) => (
          <li key={manager.id}>
            <Link to={`/org/people/${manager.id}`}>{manager.name}</Link>
          </li>
        ))}
        <li>
          <span aria-current="page">{person.name}</span>
        </li>
      </ol>
    </nav>
  );
}

function Counterparts({ person, counterparts }: { person: PersonSummary; counterparts: Dyad[] }) {
  const { user } = useSession();
  const canEdit = hasRole(user, ORG_EDITOR_ROLES);

  if (counterparts.length === 0) {
    if (person.function === 'other') {
      return (
        <EmptyState title="Dyads pair sales and marketing people">
          <p>{person.name} works in another function, so they have no counterpart.</p>
        </EmptyState>
      );
    }
    return (
      <EmptyState title="No confirmed counterpart yet">
        {canEdit ? (
          <p>
            Review the suggested pairs and confirm the right one on the <Link to="/org/dyads">dyads page</Link>.
          </p>
        ) : (
          <p>An admin or analyst confirms dyads on the dyads page.</p>
        )}
      </EmptyState>
    );
  }

  return (
    <Table caption={`Counterparts of ${person.name}`} captionHidden>
      <thead>
        <tr>
          <th scope="col">Counterpart</th>
          <th scope="col">Function</th>
          <th scope="col">Level</th>
          <th scope="col">Region</th>
          <th scope="col">Confirmed</th>
        </tr>
      </thead>
      <tbody>
        {counterparts.map((dyad) => {
          const other = dyad.sales.id === person.id ? dyad.marketing : dyad.sales;
          return (
            <tr key={dyad.id}>
              <th scope="row" className="cell-name">
                <Link to={`/org/people/${other.id}`}>{other.name}</Link>
                {other.title && <span className="cell-sub">{other.title}</span>}
              </th>
              <td>
                <FunctionBadge value={other.function} />
              </td>
              <td>
                <LevelBadge value={dyad.level} />
              </td>
              <td>{other.region ?? '—'}</td>
              <td>{formatDate(dyad.confirmedAt)}</td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
