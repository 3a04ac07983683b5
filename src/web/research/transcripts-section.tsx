import { Link } from 'react-router';
import type { ProjectDetail } from '../../shared/research';
import { Badge } from '../ui/badge';
import { EmptyState } from '../ui/empty-state';
import { Disclosure } from './disclosure';
import { Table } from '../ui/table';
import { formatNumber, plural } from '../ui/format';
import { functionLabels, levelLabels } from '../org/labels';
import { AddTranscriptForm } from './add-transcript-form';

export function TranscriptsSection({ detail }: { detail: ProjectDetail }) {
  const pid = detail.project.id;
  const informants = new Map(detail.informants.map((informant) => [informant.id, informant]));
  const transcripts = [...detail.transcripts].sort((a, b) => a.position - b.position);
  return (
    <section className="section" aria-labelledby="transcripts-heading">
      <h2 id="transcripts-heading">Transcripts</h2>
      <p className="section__lead">In coding order, the order saturation counts new codes in.</p>
      {transcripts.length === 0 ? (
        <EmptyState title="No transcripts yet">
          <p>Add the first interview below: a .txt, .md or .docx file with speaker turns such as “Interviewer:” and “Rep:”.</p>
        </EmptyState>
      ) : (
        <Table caption="Transcripts in coding order" captionHidden>
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Informant</th>
              <th scope="col" className="num">Length</th>
              <th scope="col" className="num">Codings</th>
              <th scope="col">Review</th>
            </tr>
          </thead>
          <tbody>
            {transcripts.map((transcript, index) => {
              const informant = transcript.informantId ? informants.get(transcript.informantId) : undefined;
              return (
                <tr key={transcript.id}>
                  <th scope="row" className="cell-name">
                    <span className="rs-order">{index + 1}.</span>{' '}
                    <Link to={`/research/${pid}/transcripts/${transcript.id}`}>{transcript.title}</Link>
                  </th>
                  <td>
                    {informant ? (
                      <>
                        {informant.name}
                        {(informant.function || informant.level) && (
                          <span className="cell-sub">
                            {[informant.level && levelLabels[informant.level], informant.function && functionLabels[informant.function]]
                              .filter(Boolean)
                              .join(' ')}
                          </span>
                        )}
                      </>
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                  <td className="num nowrap">{formatNumber(transcript.length)} chars</td>
                  <td className="num">{formatNumber(transcript.codingCount)}</td>
                  <td>
                    {transcript.flaggedCount > 0 ? (
                      <Badge tone="warning">{plural(transcript.flaggedCount, 'flagged coding')}</Badge>
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
      <Disclosure summary="Add transcript" initiallyOpen={transcripts.length === 0}>
        <AddTranscriptForm detail={detail} />
      </Disclosure>
    </section>
  );
}
