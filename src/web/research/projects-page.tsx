import { Link } from 'react-router';
import type { ProjectSummary } from '../../shared/research';
import { EmptyState } from '../ui/empty-state';
import { QueryView } from '../ui/query-view';
import { Table } from '../ui/table';
import { formatDate, formatNumber } from '../ui/format';
import { usePageTitle } from '../ui/use-page-title';
import { ImportProjectForm } from './import-project-form';
import { NewProjectForm } from './new-project-form';
import { RESEARCH_EDITOR_ROLES } from './roles';
import { hasRole, useCurrentUser } from '../auth/session';
import { useProjects } from './research-api';
import './research.css';

export function ProjectsPage() {
  const canChange = hasRole(useCurrentUser(), RESEARCH_EDITOR_ROLES);
  usePageTitle('Research projects');
  const projects = useProjects();
  return (
    <div className="page">
      <header className="page-header">
        <h1>Research projects</h1>
        <p className="page-header__lead">
          Interview studies of the sales–marketing interface: transcripts, a code tree, each coder’s codings, saturation
          and agreement between coders.
        </p>
      </header>

      <section aria-labelledby="projects-heading">
        <h2 id="projects-heading">Projects</h2>
        <QueryView query={projects} loadingLabel="Loading projects…" errorTitle="The projects could not be loaded">
          {({ items }) =>
            items.length === 0 ? (
              <EmptyState title="No research projects yet">
                <p>Start a new project below, from the built-in SMI codebook or an empty code tree, or import a REFI-QDA project.</p>
              </EmptyState>
            ) : (
              <ProjectsTable projects={items} />
            )
          }
        </QueryView>
      </section>

      {canChange && (
      <div className="rs-columns section">
        <section aria-labelledby="new-project-heading">
          <h2 id="new-project-heading">New project</h2>
          <NewProjectForm />
        </section>
        <section aria-labelledby="import-project-heading">
          <h2 id="import-project-heading">Import a project</h2>
          <ImportProjectForm />
        </section>
      </div>
      )}
    </div>
  );
}

function ProjectsTable({ projects }: { projects: ProjectSummary[] }) {
  const sorted = [...projects].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <Table caption="Research projects" captionHidden>
      <thead>
        <tr>
          <th scope="col">Project</th>
          <th scope="col" className="num">Transcripts</th>
          <th scope="col" className="num">Informants</th>
          <th scope="col" className="num">Codes</th>
          <th scope="col" className="num">Codings</th>
          <th scope="col">Created</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((project) => (
          <tr key={project.id}>
            <th scope="row" className="cell-name">
              <Link to={`/research/${project.id}`}>{project.name}</Link>
              {project.description && <span className="cell-sub">{project.description}</span>}
            </th>
            <td className="num">{formatNumber(project.transcripts)}</td>
            <td className="num">{formatNumber(project.informants)}</td>
            <td className="num">{formatNumber(project.codes)}</td>
            <td className="num">{formatNumber(project.codings)}</td>
            <td className="nowrap">{formatDate(project.createdAt)}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
