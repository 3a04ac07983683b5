import { EmptyState } from '../ui/empty-state';
import { formatDateTime } from '../ui/format';
import { Badge } from '../ui/badge';
import { useInitiativeDetail } from './initiative-layout';
import { stageLabels } from './labels';

const kindLabels = {
  created: 'Created',
  edited: 'Edited',
  stage: 'Stage',
  override: 'Override',
  evidence: 'Evidence',
  involvement: 'Involvement',
  test_market: 'Test market',
  feedback: 'Feedback',
  response: 'Answer',
  flex: 'Flex',
  pulse: 'Pulse',
  blessing: 'Blessing',
} as const;

/** Everything that happened to the initiative, newest first; overrides are called out. */
export function HistoryTab() {
  const { history } = useInitiativeDetail();
  // The server lists the history in the order it happened; newest first here.
  const entries = [...history].reverse();
  if (entries.length === 0) {
    return (
      <EmptyState title="No history yet">
        <p>Every stage move, override, answer and decision is recorded here as it happens.</p>
      </EmptyState>
    );
  }
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">History</h2>
      <ol className="bi-timeline">
        {entries.map((entry, index) => (
          <li key={`${entry.at}-${index}`} className={entry.kind === 'override' ? 'bi-timeline__item bi-timeline__item--override' : 'bi-timeline__item'}>
            <p className="bi-timeline__head">
              <Badge tone={entry.kind === 'override' ? 'danger' : entry.kind === 'stage' ? 'info' : 'neutral'}>{kindLabels[entry.kind]}</Badge>{' '}
              {entry.from && entry.to ? (
                <strong>
                  {stageLabels[entry.from]} → {stageLabels[entry.to]}
                </strong>
              ) : entry.to ? (
                <strong>{stageLabels[entry.to]}</strong>
              ) : null}
              <span className="muted">
                {' '}
                · {formatDateTime(entry.at)}
                {entry.by ? ` · ${entry.by}` : ''}
              </span>
            </p>
            {entry.note && <p className="bi-prose">{entry.note}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
