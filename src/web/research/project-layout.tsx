import { Link, NavLink, Outlet, useLocation, useOutletContext, useParams } from 'react-router';
import type { ProjectDetail } from '../../shared/research';
import { isApiError } from '../api/client';
import { ErrorMessage } from '../ui/error-message';
import { Spinner } from '../ui/spinner';
import { exportLinks, useProject } from './research-api';
import './research.css';
import { hasRole, useCurrentUser } from '../auth/session';
import { RESEARCH_EDITOR_ROLES } from './roles';

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
function ReadOnlyNote() {
  return (
    <p className="rs-readonly-note" role="note">
      Auditor’s view: you can read everything in this project — codebook, transcripts, every coder’s codings, memos,
      analyses, validity records and the activity trail — and download it. Nothing here can be changed from this account.
    </p>
  );
}

/** Analysis pages only read: their settings stay usable in the auditor's view. */
const ANALYSIS_PAGES = /\/(saturation|agreement|queries|activity)\/?$/;

export function ProjectLayout() {
  const canChange = hasRole(useCurrentUser(), RESEARCH_EDITOR_ROLES);
  const analysisPage = ANALYSIS_PAGES.test(useLocation().pathname);
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
      {canChange || analysisPage ? (
        <>
          {!canChange && <ReadOnlyNote />}
          <Outlet context={detail} />
        </>
      ) : (
        <>
          <ReadOnlyNote />
          {/* A disabled fieldset turns every form control of the pages off at once; links and downloads still work. */}
          <fieldset disabled className="rs-readonly">
            <legend className="sr-only">Read-only project</legend>
            <Outlet context={detail} />
          </fieldset>
        </>
      )}
    </div>
  );
}

/** The loaded project, for pages rendered inside <ProjectLayout>. */
export function useProjectDetail(): ProjectDetail {
  return useOutletContext<ProjectDetail>();
}
