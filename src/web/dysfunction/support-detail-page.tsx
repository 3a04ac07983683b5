import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { dysfunctionLimits, type SupportRequestView } from '../../shared/dysfunction';
import { Badge } from '../ui/badge';
import { errorText } from '../ui/error-message';
import { formatDate, formatDateTime } from '../ui/format';
import { QueryView } from '../ui/query-view';
import { usePageTitle } from '../ui/use-page-title';
import { useAnswerSupportRequest, useRecordDelivery, useSupportRequest } from './dysfunction-api';
import { ageText, SUPPORT_KIND_LABELS, SUPPORT_STATUS, todayIso } from './labels';
import './signals.css';

export function SupportDetailPage() {
  const { id = '' } = useParams();
  const request = useSupportRequest(id);
  usePageTitle(request.data?.summary ?? 'Support request');
  return (
    <div className="page sg-page">
      <QueryView query={request} loadingLabel="Loading the request…">
        {(data) => <Detail request={data} />}
      </QueryView>
      <p className="page-footer-note">
        <Link to="/signals/support">Back to my requests</Link>
      </p>
    </div>
  );
}

function Detail({ request }: { request: SupportRequestView }) {
  const status = SUPPORT_STATUS[request.status];
  const addressee = request.addressee.person ? request.addressee.person.name : `${request.addressee.function} (function)${request.addressee.region ? ` in ${request.addressee.region}` : ''}`;
  return (
    <>
      <header className="page-header">
        <h1>{request.summary}</h1>
        <p>
          <Badge tone={status.tone}>{status.label}</Badge> <span className="muted">asked {ageText(request.ageDays)}</span>
        </p>
      </header>
      <dl className="stats stats--compact">
        <Stat label="Kind" value={SUPPORT_KIND_LABELS[request.kind]} />
        <Stat label="Asked by" value={`${request.requester.name} (${request.requester.function})`} />
        <Stat label="Asked of" value={addressee} />
        <Stat label="Needed by" value={formatDate(request.neededBy)} />
        {request.promisedDate && <Stat label="Promised by" value={formatDate(request.promisedDate)} />}
        {request.responder && <Stat label="Answered by" value={request.responder.name} />}
      </dl>
      {request.details && (
        <section className="section" aria-labelledby="details-heading">
          <h2 id="details-heading">Details</h2>
          <p style={{ whiteSpace: 'pre-wrap' }}>{request.details}</p>
        </section>
      )}
      {request.canAnswer && <AnswerForm request={request} />}
      {request.canRecordDelivery && <DeliveryForm request={request} />}
      <section className="section" aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Timeline</h2>
        <ol className="sg-timeline">
          {request.timeline.map((event) => (
            <li key={`${event.kind}-${event.at}`} className={event.derived ? 'is-derived' : undefined}>
              <strong>{event.text}</strong>
              <br />
              <span className="muted">
                {formatDateTime(event.at)}
                {event.derived && ' · computed, not recorded by anyone'}
              </span>
            </li>
          ))}
          {request.status === 'awaiting_response' && (
            <li className="is-derived">
              <strong>Answer due</strong>
              <br />
              <span className="muted">{formatDateTime(request.responseDueAt)} · counts as ignored after that</span>
            </li>
          )}
        </ol>
      </section>
    </>
  );
}

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div className="stat">
      <dt className="stat__label">{label}</dt>
      <dd className="stat__value" style={{ fontSize: '1rem', margin: 0 }}>
        {value}
      </dd>
    </div>
  );
}

function AnswerForm({ request }: { request: SupportRequestView }) {
  const [decision, setDecision] = useState<'accepted' | 'declined'>('accepted');
  const [promisedDate, setPromisedDate] = useState(request.neededBy >= todayIso() ? request.neededBy : todayIso());
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const answer = useAnswerSupportRequest(request.id);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (decision === 'declined' && !reason.trim()) {
      setError('Say why you decline: a reason is required.');
      document.getElementById('answer-reason')?.focus();
      return;
    }
    if (decision === 'accepted' && (!promisedDate || promisedDate < todayIso())) {
      setError('Choose a promised date from today on.');
      return;
    }
    setError(null);
    answer.mutate(decision === 'accepted' ? { decision, promisedDate } : { decision, reason: reason.trim() });
  }

  return (
    <section className="section" aria-labelledby="answer-heading">
      <h2 id="answer-heading">Your answer</h2>
      <form className="sg-form" onSubmit={onSubmit} noValidate>
        <fieldset>
          <legend>Decision</legend>
          <div className="sg-checks">
            <label className="sg-check">
              <input type="radio" name="decision" checked={decision === 'accepted'} onChange={() => setDecision('accepted')} /> Accept, with a promised date
            </label>
            <label className="sg-check">
              <input type="radio" name="decision" checked={decision === 'declined'} onChange={() => setDecision('declined')} /> Decline, with a reason
            </label>
          </div>
        </fieldset>
        {decision === 'accepted' ? (
          <div className="field">
            <label htmlFor="answer-promised-date">Promised date</label>
            <input id="answer-promised-date" type="date" min={todayIso()} value={promisedDate} onChange={(event) => setPromisedDate(event.target.value)} />
          </div>
        ) : (
          <div className="field">
            <label htmlFor="answer-reason">Reason for declining</label>
            <textarea id="answer-reason" className="sg-textarea" value={reason} maxLength={dysfunctionLimits.reasonMaxLength} onChange={(event) => setReason(event.target.value)} aria-invalid={error ? true : undefined} />
          </div>
        )}
        {(error || answer.isError) && (
          <p className="form-error" role="alert">
            {error ?? errorText(answer.error)}
          </p>
        )}
        <div className="field">
          <button type="submit" className="button button--primary" disabled={answer.isPending}>
            {decision === 'accepted' ? 'Accept and promise' : 'Decline'}
          </button>
        </div>
      </form>
    </section>
  );
}

function DeliveryForm({ request }: { request: SupportRequestView }) {
  const [note, setNote] = useState('');
  const deliver = useRecordDelivery(request.id);
  return (
    <section className="section" aria-labelledby="delivery-heading">
      <h2 id="delivery-heading">Delivery</h2>
      <form
        className="sg-form"
        onSubmit={(event) => {
          event.preventDefault();
          deliver.mutate({ note: note.trim() || undefined });
        }}
      >
        <p className="muted">Record the delivery when the support has arrived: on time or late follows from the promised date ({formatDate(request.promisedDate ?? '')}).</p>
        <div className="field">
          <label htmlFor="delivery-note">Note (optional)</label>
          <input id="delivery-note" value={note} maxLength={dysfunctionLimits.reasonMaxLength} onChange={(event) => setNote(event.target.value)} />
        </div>
        {deliver.isError && (
          <p className="form-error" role="alert">
            {errorText(deliver.error)}
          </p>
        )}
        <div className="field">
          <button type="submit" className="button button--primary" disabled={deliver.isPending}>
            Mark delivered
          </button>
        </div>
      </form>
    </section>
  );
}
