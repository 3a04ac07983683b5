import { Link } from 'react-router';
import type { OrgSummary } from '../../shared/org';
import { hasRole, ORG_EDITOR_ROLES, useSession } from '../auth/session';
import { EmptyState } from '../ui/empty-state';
import { formatNumber } from '../ui/format';
import { QueryView } from '../ui/query-view';
import { usePageTitle } from '../ui/use-page-title';
import { FunctionLevelGrid } from './function-level-grid';
import { ReportingTree } from './reporting-tree';
import { useOrgSummary } from './org-api';
import './org.css';

/** The organisation explorer: headline figures, the function × level grid and the reporting tree. */
export function OrgPage() {
  usePageTitle('Organisation');
  const summary = useOrgSummary();
  const { user } = useSession();
  const canImport = hasRole(user, ORG_EDITOR_ROLES);

  return (
    <div className="page">
      <header className="page-header">
        <h1>Organisation</h1>
        {summary.data && <p className="page-header__lead">{summary.data.org.name}</p>}
      </header>
      <QueryView query={summary} loadingLabel="Loading the organisation…">
        {(data) =>
          data.total === 0 ? (
            <EmptyState title="No people yet">
              {canImport ? (
                <p>
                  <Link to="/import">Import people from a CSV file</Link> to see your organisation here.
                </p>
              ) : (
                <p>Ask an admin or analyst to import your organisation's people.</p>
              )}
            </EmptyState>
          ) : (
            <>
              <HeadlineFigures summary={data} />
              <section className="section" aria-labelledby="grid-heading">
                <h2 id="grid-heading">People by function and level</h2>
                <p className="section__lead">Select a number to see those people.</p>
                <FunctionLevelGrid grid={data.grid} />
              </section>
              <section className="section" aria-labelledby="tree-heading">
                <h2 id="tree-heading">Reporting lines</h2>
                <p className="section__lead">Open a person to see who reports to them.</p>
                <ReportingTree labelledBy="tree-heading" />
              </section>
            </>
          )
        }
      </QueryView>
    </div>
  );
}

function HeadlineFigures({ summary }: { summary: OrgSummary }) {
  const figures = [
    { label: 'People', value: summary.total, to: '/org/people' },
    { label: 'Active', value: summary.active },
    { label: 'Regions', value: summary.regions.length },
    { label: 'Dyads', value: summary.dyadCount, to: '/org/dyads' },
  ];
  return (
    <dl className="stats">
      {figures.map((figure) => (
        <div key={figure.label} className="stat">
          <dt className="stat__label">{figure.label}</dt>
          <dd className="stat__value">
            {figure.to ? (
              <Link to={figure.to} className="stat__link">
                {formatNumber(figure.value)}
                <span className="sr-only"> – see all {figure.label.toLowerCase()}</span>
              </Link>
            ) : (
              formatNumber(figure.value)
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
