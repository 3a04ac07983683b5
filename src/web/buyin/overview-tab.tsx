import { EmptyState } from '../ui/empty-state';
import { formatDateTime } from '../ui/format';
import { Badge } from '../ui/badge';
import { evidenceDownloadUrl } from './buyin-api';
import { EvidenceForm } from './evidence-form';
import { useInitiativeDetail } from './initiative-layout';
import { evidenceKindLabels } from './labels';

const checklistLabels = {
  rationale: 'Rationale stated',
  evidence: 'Evidence attached',
  sales_benefit: 'Benefit for sales stated',
  involvement: 'Sales involved',
  test_market: 'Tested in a market',
  absorption_window: 'Time to absorb',
  open_loops: 'Every question answered',
} as const;

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Objectivity: why the initiative, what sales gets from it, the evidence, and what is still missing. */
export function OverviewTab() {
  const detail = useInitiativeDetail();
  const { initiative, checklist, evidence, can } = detail;
  return (
    <div className="bi-sections">
      <div className="bi-columns">
        <section className="bi-panel" aria-labelledby="rationale-heading">
          <h2 id="rationale-heading">Rationale</h2>
          {initiative.rationale ? <p className="bi-prose">{initiative.rationale}</p> : <p className="muted">No rationale yet. Sales asks “why?” first: say it before the initiative leaves the draft.</p>}
          <h3>Expected benefit for sales</h3>
          {initiative.expectedSalesBenefit ? (
            <p className="bi-prose">{initiative.expectedSalesBenefit}</p>
          ) : (
            <p className="muted">Not stated yet. Say what a rep gains, in their terms.</p>
          )}
        </section>
        <section className="bi-panel" aria-labelledby="checklist-heading">
          <h2 id="checklist-heading">Checklist</h2>
          <ul className="bi-checklist">
            {checklist.map((item) => (
              <li key={item.key} className={item.ok ? 'bi-checklist__item' : 'bi-checklist__item bi-checklist__item--flag'}>
                <span className="bi-checklist__mark" aria-hidden="true">
                  {item.ok ? '✓' : '!'}
                </span>
                <span>
                  <strong>{checklistLabels[item.key]}</strong> <Badge tone={item.ok ? 'success' : 'warning'}>{item.ok ? 'Done' : 'Missing'}</Badge>
                  {item.message && <span className="cell-sub">{item.message}</span>}
                </span>
              </li>
            ))}
          </ul>
        </section>
      </div>

      <section aria-labelledby="evidence-heading" className="section">
        <h2 id="evidence-heading">Evidence</h2>
        {evidence.length === 0 ? (
          <EmptyState title="No evidence yet">
            <p>{can.edit ? 'Add the data, research, customer voices or links behind the initiative below.' : 'Marketing has not attached any evidence yet. Ask for it under “Questions & feedback”.'}</p>
          </EmptyState>
        ) : (
          <ul className="bi-cards">
            {evidence.map((item) => (
              <li key={item.id} className="bi-card">
                <p className="bi-card__title">
                  <Badge tone="info">{evidenceKindLabels[item.kind]}</Badge> {item.title}
                </p>
                {item.note && <p className="bi-prose">{item.note}</p>}
                <p className="bi-card__meta">
                  {item.url && (
                    <a href={item.url} target="_blank" rel="noreferrer noopener">
                      Open link<span className="sr-only"> for {item.title}</span>
                    </a>
                  )}
                  {item.fileName && (
                    <a href={evidenceDownloadUrl(initiative.id, item.id)} download>
                      Download {item.fileName}
                      {item.fileBytes !== null && ` (${formatBytes(item.fileBytes)})`}
                    </a>
                  )}
                  <span className="muted">
                    Added {formatDateTime(item.addedAt)}
                    {item.addedBy ? ` by ${item.addedBy}` : ''}
                  </span>
                </p>
              </li>
            ))}
          </ul>
        )}
        {can.edit && <EvidenceForm initiativeId={initiative.id} />}
      </section>
    </div>
  );
}
