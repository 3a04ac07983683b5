import { useState } from 'react';
import { Link } from 'react-router';
import { isSide } from '../../domain/dysfunction/vocabulary';
import type { SupportRequestView } from '../../shared/dysfunction';
import { hasRole, useCurrentUser } from '../auth/session';
import { Badge } from '../ui/badge';
import { EmptyState } from '../ui/empty-state';
import { formatDate } from '../ui/format';
import { QueryView } from '../ui/query-view';
import { usePageTitle } from '../ui/use-page-title';
import { useMyPerson, useSupportRequests } from './dysfunction-api';
import { ageText, SIGNAL_READER_ROLES, SUPPORT_KIND_LABELS, SUPPORT_STATUS } from './labels';
import { SupportRequestForm } from './support-request-form';
import './signals.css';

type Box = 'asked' | 'to_answer';

export function SupportPage() {
  usePageTitle('Support requests');
  const user = useCurrentUser();
  const [box, setBox] = useState<Box>('asked');
  const requests = useSupportRequests(box);
  const me = useMyPerson(user.personId);

  return (
    <div className="page sg-page">
      <header className="page-header">
        <h1>Support requests</h1>
        <p className="page-header__lead">
          Ask the other function for materials, budget, field support or data, and keep track of what was promised. A
          request nobody answers within {requests.data?.slaDays ?? 5} business days counts as ignored.
        </p>
        {hasRole(user, SIGNAL_READER_ROLES) && (
          <p>
            <Link to="/signals/rates">Promise-keeping rates by function, level and unit</Link>
          </p>
        )}
      </header>
      {!user.personId ? (
        <EmptyState title="Your account is not linked to a person">
          <p>Support requests run between people in sales and marketing. Ask an admin to link your account (same e-mail as in the organisation).</p>
        </EmptyState>
      ) : (
        <>
          <div className="sg-tabs" role="tablist" aria-label="Which requests">
            <button type="button" role="tab" aria-selected={box === 'asked'} onClick={() => setBox('asked')}>
              Asked by me
            </button>
            <button type="button" role="tab" aria-selected={box === 'to_answer'} onClick={() => setBox('to_answer')}>
              To answer
            </button>
          </div>
          <section className="section" role="tabpanel" aria-label={box === 'asked' ? 'Asked by me' : 'To answer'}>
            <QueryView query={requests} loadingLabel="Loading requests…">
              {(data) => (data.items.length === 0 ? <NoRequests box={box} /> : <RequestList items={data.items} box={box} />)}
            </QueryView>
          </section>
          {me.data && isSide(me.data.person.function) ? (
            <section className="section" aria-labelledby="new-request-heading">
              <h2 id="new-request-heading">New request</h2>
              <SupportRequestForm otherSide={me.data.person.function === 'sales' ? 'marketing' : 'sales'} myRegion={me.data.person.region} />
            </section>
          ) : (
            me.data && <p className="muted">Requests run between sales and marketing; people in other functions can answer but not ask.</p>
          )}
        </>
      )}
    </div>
  );
}

function NoRequests({ box }: { box: Box }) {
  return box === 'asked' ? (
    <EmptyState title="You have not asked for anything yet">
      <p>Use the form below to ask the other function for support.</p>
    </EmptyState>
  ) : (
    <EmptyState title="Nothing to answer">
      <p>Requests addressed to you, or to your function in your region, appear here.</p>
    </EmptyState>
  );
}

function RequestList({ items, box }: { items: SupportRequestView[]; box: Box }) {
  return (
    <ul className="sg-list" aria-label={box === 'asked' ? 'Requests I asked' : 'Requests for me to answer'}>
      {items.map((request) => {
        const status = SUPPORT_STATUS[request.status];
        const other = box === 'asked' ? (request.addressee.person?.name ?? `${request.addressee.function}${request.addressee.region ? ` · ${request.addressee.region}` : ''}`) : request.requester.name;
        return (
          <li key={request.id} className="sg-card">
            <div className="sg-card__head">
              <p className="sg-card__title">
                <Link to={`/signals/support/${request.id}`}>{request.summary}</Link>
              </p>
              <Badge tone={status.tone}>{status.label}</Badge>
            </div>
            <p className="sg-card__meta">
              {SUPPORT_KIND_LABELS[request.kind]} · {box === 'asked' ? 'to' : 'from'} {other} · asked {ageText(request.ageDays)} · needed by {formatDate(request.neededBy)}
              {request.promisedDate && ` · promised by ${formatDate(request.promisedDate)}`}
              {request.canAnswer && ' · waiting for your answer'}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
