import { Link, NavLink, Outlet, useOutletContext, useParams } from 'react-router';
import type { ProjectDetail } from '../../shared/research';
import { isApiError } from '../api/client';
import { ErrorMessage } from '../ui/error-message';
import { Spinner } from '../ui/spinner';
import { exportLinks, useProject } from './research-api';
import './research.css';

const TABS = [
  { to: '', label: 'Overview', end: true },
  { to: 'codebook', label: 'Codebook' },
  { to: 'saturation', label: 'Saturation' },
  { to: 'agreement', label: 'Agreement' },
  { to: 'queries', label: 'Queries' },
  { to: 'validity', label: 'Validity' },
  { to: 'activity', label: 'Activity' },
] as const;

/** The frame of every project page: where you are, the project's pages, and its downloads. */
export function ProjectLayout() {
  const { pid = '' } = useParams();
  const project = useProject(pid);

  if (project.isPending) {
    return (
      <div className="page">
        <Spinner label="Loading the project…" />
      </div>
    );
  }
  if (project.isError) {
    if (isApiError(project.error, 'NOT_FOUND')) {
      return (
        <div className="page page--narrow">
          <h1>Project not found</h1>
          <p>There is no research project at this address in your organisation. It may have been deleted.</p>
          <p>
            <Link to="/research">See all research projects</Link>
          </p>
        </div>
      );
    }
    return (
      <div className="page">
        <ErrorMessage error={project.error} title="This project could not be loaded" onRetry={() => void project.refetch()} />
      </div>
    );
  }

  const detail = project.data;
  const links = exportLinks(pid);
  return (
    <div className="page rs-page">
      <nav aria-label="Breadcrumb" className="rs-breadcrumb">
        <ol>
          <li>
            <Link to="/research">Research</Link>
          </li>
          <li>
            <Link to={`/research/${pid}`}>{detail.project.name}</Link>
          </li>
        </ol>
      </nav>
      <div className="rs-project-bar">
        <nav aria-label="Project pages" className="rs-tabs">
          <ul>
            {TABS.map((tab) => (
              <li key={tab.label}>
                <NavLink to={tab.to ? `/research/${pid}/${tab.to}` : `/research/${pid}`} end={'end' in tab} className="rs-tab">
                  {tab.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="rs-downloads" aria-label="Downloads" role="group">
          <span className="rs-downloads__label">Download</span>
          <a href={links.qdpx} download className="button button--small">
            .qdpx<span className="sr-only"> project (REFI-QDA)</span>
          </a>
          <a href={links.qdc} download className="button button--small">
            .qdc<span className="sr-only"> codebook</span>
          </a>
          <a href={links.csv} download className="button button--small">
            Codings CSV
          </a>
          <a href={links.xlsx} download className="button button--small">
            Codings Excel
          </a>
        </div>
      </div>
      <Outlet context={detail} />
    </div>
  );
}

/** The loaded project, for pages rendered inside <ProjectLayout>. */
export function useProjectDetail(): ProjectDetail {
  return useOutletContext<ProjectDetail>();
}
