import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { FeedbackItem } from '../../shared/buyin';
import { Badge } from '../ui/badge';
import { errorText } from '../ui/error-message';
import { formatDateTime } from '../ui/format';
import { useToast } from '../ui/toast';
import { useRespondToFeedback } from './buyin-api';
import { FormError, TextArea } from './fields';
import { decisionLabels, DecisionBadge, feedbackKindLabels, LoopChip, stageLabels } from './labels';

interface Props {
  item: FeedbackItem;
  /** Marketers answer open items right here. */
  canRespond?: boolean;
  /** On pages across initiatives, name the initiative and link to it. */
  showInitiative?: boolean;
}

/** One question or comment with its loop status and, once answered, marketing's decision and reason. */
export function FeedbackCard({ item, canRespond = false, showInitiative = false }: Props) {
  return (
    <article className="bi-card bi-feedback" id={`feedback-${item.id}`} aria-label={`${feedbackKindLabels[item.kind]} from ${item.author?.name ?? 'an anonymous colleague'}`}>
      <div className="bi-feedback__head">
        <Badge tone="neutral">{feedbackKindLabels[item.kind]}</Badge>
        <LoopChip loop={item.loop} />
        {item.isMine && <Badge tone="info">Yours</Badge>}
      </div>
      {showInitiative && (
        <p className="bi-card__meta">
          <Link to={`/initiatives/${item.initiativeId}/feedback#feedback-${item.id}`}>{item.initiativeTitle}</Link>
        </p>
      )}
      <p className="bi-prose bi-feedback__text">{item.text}</p>
      <p className="bi-card__meta muted">
        {item.author ? item.author.name : 'Anonymous'} · {formatDateTime(item.createdAt)} · asked during {stageLabels[item.stageAtCreation]}
      </p>
      {item.response ? (
        <div className="bi-response">
          <p className="bi-response__head">
            <strong>Marketing’s answer:</strong> <DecisionBadge decision={item.response.decision} />
          </p>
          <p className="bi-prose">{item.response.reason}</p>
          <p className="bi-card__meta muted">
            {item.response.by ? `${item.response.by.name} · ` : ''}
            {formatDateTime(item.response.at)}
          </p>
        </div>
      ) : (
        canRespond && <Reveal label="Answer" hint={item.text}>{() => <RespondForm item={item} />}</Reveal>
      )}
    </article>
  );
}

/**
 * A button that opens a form in place, so a long list of open items stays readable; focus moves into the form and
 * back to the button when it is closed again.
 */
export function Reveal({ label, hint, children }: { label: string; hint: string; children: () => ReactNode }) {
  const [open, setOpen] = useState(false);
  const regionRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (open) regionRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, [open]);
  return (
    <div className="bi-reveal">
      <button
        ref={buttonRef}
        type="button"
        className="button button--small"
        aria-expanded={open}
        onClick={() => {
          setOpen(!open);
          if (open) buttonRef.current?.focus();
        }}
      >
        {open ? 'Cancel' : label}
        <span className="sr-only"> “{hint.length > 60 ? `${hint.slice(0, 60)}…` : hint}”</span>
      </button>
      {open && <div ref={regionRef}>{children()}</div>}
    </div>
  );
}

function RespondForm({ item }: { item: FeedbackItem }) {
  const [decision, setDecision] = useState<keyof typeof decisionLabels | ''>('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const respond = useRespondToFeedback();
  const toast = useToast();
  const base = `respond-${item.id}`;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!decision) return setError('Choose whether the point is adopted, partly adopted or not adopted.');
    if (!reason.trim()) return setError('Give the reason: the author is told the answer and why.');
    respond.mutate(
      { feedbackId: item.id, decision, reason },
      { onSuccess: () => toast({ message: 'Answer sent; the author is notified.', tone: 'success' }), onError: (failure) => setError(errorText(failure)) },
    );
  };

  return (
    <form className="bi-respond" onSubmit={onSubmit} noValidate>
      <fieldset className="bi-fieldset">
        <legend>Answer</legend>
        <div className="bi-radio-row">
          {(Object.keys(decisionLabels) as Array<keyof typeof decisionLabels>).map((value) => (
            <label key={value} className="bi-radio">
              <input type="radio" name={`${base}-decision`} value={value} checked={decision === value} onChange={() => (setDecision(value), setError(null))} />
              {decisionLabels[value]}
            </label>
          ))}
        </div>
      </fieldset>
      <TextArea id={`${base}-reason`} label="Reason" value={reason} onChange={(value) => (setReason(value), setError(null))} rows={2} />
      <FormError message={error} />
      <button type="submit" className="button button--small button--primary" disabled={respond.isPending}>
        {respond.isPending ? 'Sending…' : 'Send answer'}
      </button>
    </form>
  );
}
