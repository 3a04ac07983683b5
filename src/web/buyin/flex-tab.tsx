import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { FlexRequest } from './buyin-api';
import { useAskFlex, useDecideFlex } from './buyin-api';
import { EmptyState } from '../ui/empty-state';
import { errorText } from '../ui/error-message';
import { formatDateTime } from '../ui/format';
import { useToast } from '../ui/toast';
import { Reveal } from './feedback-card';
import { FormError, SelectField, TextArea, TextField } from './fields';
import { useInitiativeDetail } from './initiative-layout';
import { flexAspectLabels, FlexStatusBadge } from './labels';
import { useViewer } from './use-viewer';

/** Regional flexibility: a region asks to adapt price, message, material or timing; marketing decides with give-and-take. */
export function FlexTab() {
  const { initiative, flexRequests, can } = useInitiativeDetail();
  return (
    <div className="bi-sections">
      {can.askFlex && <AskFlexForm initiativeId={initiative.id} regions={initiative.targetRegions} />}
      <section aria-labelledby="flex-heading" className="section">
        <h2 id="flex-heading">Requests ({flexRequests.length})</h2>
        {flexRequests.length === 0 ? (
          <EmptyState title="No flex requests">
            <p>When a region needs to adapt the initiative to its market, the request and marketing’s decision show here.</p>
          </EmptyState>
        ) : (
          <div className="bi-list">
            {flexRequests.map((request) => (
              <FlexCard key={request.id} request={request} canDecide={can.respond} />
            ))}
          </div>
        )}
      </section>
    </div>
  );
}

export function FlexCard({ request, canDecide, initiative }: { request: FlexRequest; canDecide: boolean; initiative?: { id: string; title: string } }) {
  return (
    <article className="bi-card" aria-label={`Flex request from ${request.region}`}>
      <div className="bi-feedback__head">
        <FlexStatusBadge status={request.status} />
        <strong>
          {flexAspectLabels[request.aspect]} · {request.region}
        </strong>
      </div>
      {initiative && (
        <p className="bi-card__meta">
          <Link to={`/initiatives/${initiative.id}/flex`}>{initiative.title}</Link>
        </p>
      )}
      <p className="bi-prose">{request.request}</p>
      <p className="bi-card__meta muted">
        {request.requestedBy.name} · {formatDateTime(request.requestedAt)}
      </p>
      {request.decision ? (
        <div className="bi-response">
          <p className="bi-prose">
            <strong>Decision:</strong> {request.decision.reason}
          </p>
          {request.decision.salesCommits && (
            <p className="bi-prose">
              <strong>Sales commits:</strong> {request.decision.salesCommits}
            </p>
          )}
          {request.decision.marketingCommits && (
            <p className="bi-prose">
              <strong>Marketing commits:</strong> {request.decision.marketingCommits}
            </p>
          )}
          <p className="bi-card__meta muted">
            {request.decision.by ? `${request.decision.by.name} · ` : ''}
            {formatDateTime(request.decision.at)}
          </p>
        </div>
      ) : (
        canDecide && <Reveal label="Decide" hint={request.request}>{() => <DecideForm request={request} />}</Reveal>
      )}
    </article>
  );
}

const DECISIONS = { approved: 'Approve', partly: 'Approve in part', declined: 'Decline' } as const;

function DecideForm({ request }: { request: FlexRequest }) {
  const [decision, setDecision] = useState<keyof typeof DECISIONS>('approved');
  const [reason, setReason] = useState('');
  const [salesCommits, setSalesCommits] = useState('');
  const [marketingCommits, setMarketingCommits] = useState('');
  const [error, setError] = useState<string | null>(null);
  const decide = useDecideFlex();
  const toast = useToast();
  const base = `decide-${request.id}`;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!reason.trim()) return setError('Give the reason for the decision.');
    if (decision !== 'declined' && (!salesCommits.trim() || !marketingCommits.trim())) {
      return setError('Record the give and take: what sales commits in return and what marketing commits.');
    }
    decide.mutate(
      { flexId: request.id, decision, reason, salesCommits, marketingCommits },
      { onSuccess: () => toast({ message: 'Decision recorded; the requester is notified.', tone: 'success' }), onError: (failure) => setError(errorText(failure)) },
    );
  };
  return (
    <form className="bi-respond" onSubmit={onSubmit} noValidate>
      <SelectField id={`${base}-decision`} label="Decision" value={decision} onChange={(value) => (setDecision(value), setError(null))} options={DECISIONS} />
      <TextArea id={`${base}-reason`} label="Reason" value={reason} onChange={(value) => (setReason(value), setError(null))} rows={2} />
      {decision !== 'declined' && (
        <div className="bi-form-row">
          <TextArea id={`${base}-sales`} label="Sales commits in return" value={salesCommits} onChange={setSalesCommits} rows={2} />
          <TextArea id={`${base}-marketing`} label="Marketing commits" value={marketingCommits} onChange={setMarketingCommits} rows={2} />
        </div>
      )}
      <FormError message={error} />
      <button type="submit" className="button button--small button--primary" disabled={decide.isPending}>
        {decide.isPending ? 'Saving…' : 'Record decision'}
      </button>
    </form>
  );
}

function AskFlexForm({ initiativeId, regions }: { initiativeId: string; regions: string[] }) {
  const viewer = useViewer();
  const [region, setRegion] = useState('');
  const [aspect, setAspect] = useState<keyof typeof flexAspectLabels>('message');
  const [request, setRequest] = useState('');
  const [error, setError] = useState<string | null>(null);
  const ask = useAskFlex(initiativeId);
  const toast = useToast();
  const chosenRegion = region || viewer.region || regions[0] || '';
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!chosenRegion.trim()) return setError('Name the region that needs the change.');
    if (!request.trim()) return setError('Say what your region needs changed and why.');
    ask.mutate(
      { region: chosenRegion.trim(), aspect, request },
      {
        onSuccess: () => (setRequest(''), setError(null), toast({ message: 'Request sent to marketing.', tone: 'success' })),
        onError: (failure) => setError(errorText(failure)),
      },
    );
  };
  return (
    <form className="bi-panel bi-form" onSubmit={onSubmit} noValidate aria-labelledby="ask-flex-heading">
      <h2 id="ask-flex-heading">Ask for flexibility</h2>
      <div className="bi-form-row">
        <TextField id="flex-region" label="Region" value={chosenRegion} onChange={setRegion} />
        <SelectField id="flex-aspect" label="What to adapt" value={aspect} onChange={setAspect} options={flexAspectLabels} />
      </div>
      <TextArea id="flex-request" label="Request" hint="What should change for your region, and why your market needs it." value={request} onChange={(value) => (setRequest(value), setError(null))} />
      <FormError message={error} />
      <button type="submit" className="button button--primary" disabled={ask.isPending}>
        {ask.isPending ? 'Sending…' : 'Send request'}
      </button>
    </form>
  );
}
