import { useState } from 'react';
import { EmptyState } from '../ui/empty-state';
import { formatDate, formatDateTime } from '../ui/format';
import { Badge } from '../ui/badge';
import { InvolvementForms, TestMarketResultsDialog } from './involvement-forms';
import { useInitiativeDetail } from './initiative-layout';
import { functionLabels, levelLabels } from '../org/labels';
import type { PersonRef } from '../../shared/buyin';

const personLine = (person: PersonRef) =>
  `${functionLabels[person.function]}, ${levelLabels[person.level]}${person.region ? `, ${person.region}` : ''}`;

const testMarketStatus = { planned: 'Planned', running: 'Running', finished: 'Finished' } as const;

/** Involvement: the sales advisory board and what it said, joint working sessions, and test markets with their results. */
export function InvolvementTab() {
  const { initiative, advisoryBoard, advisoryInputs, workingSessions, testMarkets, can } = useInitiativeDetail();
  const [open, setOpen] = useState<'member' | 'input' | 'session' | 'market' | null>(null);
  const [editing, setEditing] = useState<(typeof testMarkets)[number] | null>(null);
  return (
    <div className="bi-sections">
      <section aria-labelledby="board-heading">
        <div className="bi-section-head">
          <h2 id="board-heading">Advisory board</h2>
          {can.edit && (
            <div className="bi-actions">
              <button type="button" className="button button--small" onClick={() => setOpen('member')}>
                Add member
              </button>
              {advisoryBoard.length > 0 && (
                <button type="button" className="button button--small" onClick={() => setOpen('input')}>
                  Record input
                </button>
              )}
            </div>
          )}
        </div>
        {advisoryBoard.length === 0 ? (
          <EmptyState title="No advisory board yet">
            <p>Invite respected salespeople from the field to shape the initiative before it is final; their input is recorded here.</p>
          </EmptyState>
        ) : (
          <ul className="bi-cards">
            {advisoryBoard.map((member) => {
              const inputs = advisoryInputs.filter((input) => input.memberId === member.id);
              return (
                <li key={member.id} className="bi-card">
                  <p className="bi-card__title">{member.person.name}</p>
                  <p className="bi-card__meta muted">{personLine(member.person)}</p>
                  {member.note && <p>{member.note}</p>}
                  {inputs.length === 0 ? (
                    <p className="muted">No input recorded yet.</p>
                  ) : (
                    <ul className="bi-quotes">
                      {inputs.map((input) => (
                        <li key={input.id}>
                          <blockquote className="bi-prose">{input.text}</blockquote>
                          <span className="cell-sub">{formatDateTime(input.at)}</span>
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="sessions-heading" className="section">
        <div className="bi-section-head">
          <h2 id="sessions-heading">Working sessions</h2>
          {can.edit && (
            <button type="button" className="button button--small" onClick={() => setOpen('session')}>
              Add session
            </button>
          )}
        </div>
        {workingSessions.length === 0 ? (
          <EmptyState title="No working sessions yet">
            <p>Record the sessions where sales and marketing worked on the initiative together, with who came and what came out.</p>
          </EmptyState>
        ) : (
          <ul className="bi-cards">
            {workingSessions.map((session) => (
              <li key={session.id} className="bi-card">
                <p className="bi-card__title">{session.title}</p>
                <p className="bi-card__meta muted">
                  {formatDate(session.date)} · {session.attendees.length ? session.attendees.map((person) => person.name).join(', ') : 'No attendees recorded'}
                </p>
                {session.notes && <p className="bi-prose">{session.notes}</p>}
                {session.outcomes && (
                  <p className="bi-prose">
                    <strong>Outcomes:</strong> {session.outcomes}
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="markets-heading" className="section">
        <div className="bi-section-head">
          <h2 id="markets-heading">Test markets</h2>
          {can.edit && (
            <button type="button" className="button button--small" onClick={() => setOpen('market')}>
              Add test market
            </button>
          )}
        </div>
        {testMarkets.length === 0 ? (
          <EmptyState title="No test markets yet">
            <p>Try the initiative in a few regions first; record the results and what changed because of them.</p>
          </EmptyState>
        ) : (
          <ul className="bi-cards">
            {testMarkets.map((market) => (
              <li key={market.id} className="bi-card">
                <p className="bi-card__title">
                  {market.regions.join(', ')} <Badge tone={market.status === 'finished' ? 'success' : market.status === 'running' ? 'warning' : 'neutral'}>{testMarketStatus[market.status]}</Badge>
                </p>
                <p className="bi-card__meta muted">
                  {formatDate(market.startDate)} – {formatDate(market.endDate)}
                </p>
                <p className="bi-prose">
                  <strong>Results:</strong> {market.results || 'Not recorded yet.'}
                </p>
                <p className="bi-prose">
                  <strong>What changed because of it:</strong> {market.changes || 'Nothing recorded yet.'}
                </p>
                {can.edit && (
                  <button type="button" className="button button--small" onClick={() => setEditing(market)}>
                    Record results<span className="sr-only"> for {market.regions.join(', ')}</span>
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      {can.edit && (
        <>
          <InvolvementForms initiativeId={initiative.id} members={advisoryBoard} open={open} onClose={() => setOpen(null)} />
          <TestMarketResultsDialog initiativeId={initiative.id} market={editing} onClose={() => setEditing(null)} />
        </>
      )}
    </div>
  );
}
