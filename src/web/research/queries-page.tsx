import type { ProjectDetail } from '../../shared/research';
import { EmptyState } from '../ui/empty-state';
import { formatNumber } from '../ui/format';
import { QueryView } from '../ui/query-view';
import { Table } from '../ui/table';
import { usePageTitle } from '../ui/use-page-title';
import { codeColor } from './labels';
import { useProjectDetail } from './project-layout';
import { useCooccurrence } from './research-api';
import { MatrixSection } from './queries-matrix';
import { SearchSection } from './queries-search';

export function QueriesPage() {
  const project = useProjectDetail();
  usePageTitle(`Queries · ${project.project.name}`);
  return (
    <>
      <header className="page-header">
        <h1>Queries</h1>
        <p className="page-header__lead">
          Look across the coded material: how codes spread over informant attributes, which codes travel together, and where
          words occur in the transcripts.
        </p>
      </header>
      <MatrixSection project={project} />
      <CooccurrenceSection project={project} />
      <SearchSection project={project} />
    </>
  );
}


function CooccurrenceSection({ project }: { project: ProjectDetail }) {
  const pid = project.project.id;
  const query = useCooccurrence(pid);
  const codesById = new Map(project.codes.map((code) => [code.id, code]));
  return (
    <section className="section" aria-labelledby="cooccurrence-heading">
      <h2 id="cooccurrence-heading">Co-occurrence</h2>
      <p className="section__lead">Pairs of codes applied to overlapping passages, most frequent first.</p>
      <QueryView query={query} loadingLabel="Finding overlapping codes…" errorTitle="Co-occurrence could not be computed">
        {(view) =>
          view.pairs.length === 0 ? (
            <EmptyState title="No codes overlap yet">
              <p>
                A pair appears here when two codes are applied to the same or overlapping text. In the transcripts, apply a
                second code to passages that speak to more than one idea.
              </p>
            </EmptyState>
          ) : (
            <Table caption="Code pairs on overlapping passages" captionHidden scrollFocusable>
              <thead>
                <tr>
                  <th scope="col">Code</th>
                  <th scope="col">Code</th>
                  <th scope="col" className="num">
                    Passages
                  </th>
                </tr>
              </thead>
              <tbody>
                {[...view.pairs]
                  .sort((a, b) => b.count - a.count || a.nameA.localeCompare(b.nameA))
                  .map((pair) => (
                    <tr key={`${pair.codeA}-${pair.codeB}`}>
                      <td className="cell-name">
                        <span className="rs-dot" style={{ background: codeColor(codesById.get(pair.codeA)) }} aria-hidden="true" /> {pair.nameA}
                      </td>
                      <td className="cell-name">
                        <span className="rs-dot" style={{ background: codeColor(codesById.get(pair.codeB)) }} aria-hidden="true" /> {pair.nameB}
                      </td>
                      <td className="num">{formatNumber(pair.count)}</td>
                    </tr>
                  ))}
              </tbody>
            </Table>
          )
        }
      </QueryView>
    </section>
  );
}
