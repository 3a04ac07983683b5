import { useEffect, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { isApiError } from '../api/client';
import { functionLabels, levelLabels } from '../org/labels';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { errorText } from '../ui/error-message';
import { formatDateTime } from '../ui/format';
import { QueryView } from '../ui/query-view';
import { useToast } from '../ui/toast';
import { usePageTitle } from '../ui/use-page-title';
import { useDeleteAnswers, usePulse, useSaveAnswers, type PulseAnswers, type PulseDetail } from './buyin-api';
import { FormError } from './fields';
import './buyin.css';

const SCALE = [
  { value: 1, label: 'Strongly disagree' },
  { value: 2, label: 'Disagree' },
  { value: 3, label: 'Neither' },
  { value: 4, label: 'Agree' },
  { value: 5, label: 'Strongly agree' },
] as const;

/** One pulse to answer on a phone: a 1–5 radio group per statement, my saved answers, change or delete them until close. */
export function PulsePage() {
  const { id = '' } = useParams();
  const pulse = usePulse(id);
  usePageTitle(pulse.data?.title ?? 'Pulse');
  if (pulse.isError && isApiError(pulse.error, 'NOT_FOUND')) {
    return (
      <div className="page page--narrow">
        <h1>Pulse not found</h1>
        <p>There is no pulse at this address in your organisation.</p>
        <p>
          <Link to="/waiting">See what is waiting for you</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="page bi-pulse-page">
      <QueryView query={pulse} loadingLabel="Loading the pulse…" errorTitle="The pulse could not be loaded">
        {(data) => <PulseView pulse={data} />}
      </QueryView>
    </div>
  );
}

function PulseView({ pulse }: { pulse: PulseDetail }) {
  const saved = pulse.me.answers;
  const [answers, setAnswers] = useState<PulseAnswers>(saved ?? {});
  const [error, setError] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const save = useSaveAnswers(pulse.id);
  const remove = useDeleteAnswers(pulse.id);
  const toast = useToast();
  useEffect(() => setAnswers(saved ?? {}), [saved]);

  const open = pulse.status === 'open';
  const canAnswer = open && pulse.me.invited;
  const missing = pulse.items.filter((item) => answers[item.id] === undefined);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (missing.length > 0) {
      setError(`Answer every statement first: ${missing.length} still ${missing.length === 1 ? 'needs' : 'need'} an answer.`);
      document.getElementById(`item-${missing[0]?.id}`)?.querySelector('input')?.focus();
      return;
    }
    save.mutate(
      { answers, change: saved !== null },
      { onSuccess: () => (setError(null), toast({ message: saved ? 'Your answers are updated.' : 'Thank you, your answers are saved.', tone: 'success' })), onError: (failure) => setError(errorText(failure)) },
    );
  };

  return (
    <>
      <header className="page-header">
        {pulse.initiativeId && (
          <p className="bi-breadcrumb">
            <Link to={`/initiatives/${pulse.initiativeId}`}>{pulse.initiativeTitle}</Link>
          </p>
        )}
        <h1>{pulse.title}</h1>
        <p className="page-header__lead">
          {open ? `Open until ${formatDateTime(pulse.closesAt)}.` : `Closed on ${formatDateTime(pulse.closesAt)}.`} Only group averages are
          shown to anyone, and only for groups at or above your organisation’s reporting minimum; nobody else sees your own answers. You can change or delete them while the pulse is open.
        </p>
      </header>
      {!pulse.me.invited && (
        <div className="alert alert--info" role="note">
          <p className="alert__title">You are not invited to this pulse</p>
          <p className="alert__body">It asks {pulse.audience.levels.map((level) => levelLabels[level].toLowerCase()).join(', ')} {pulse.audience.functions.map((fn) => functionLabels[fn].toLowerCase()).join(', ')} people{pulse.audience.regions.length ? ` in ${pulse.audience.regions.join(', ')}` : ''}. There is nothing for you to answer here.</p>
        </div>
      )}
      {pulse.me.invited && !open && (
        <div className="alert alert--info" role="note">
          <p className="alert__title">This pulse is closed</p>
          <p className="alert__body">{saved ? 'Your answers are shown below; they can no longer be changed.' : 'You did not answer it before it closed.'}</p>
        </div>
      )}
      {saved && pulse.me.answeredAt && (
        <p className="alert alert--success" role="status">
          You answered on {formatDateTime(pulse.me.answeredAt)}.{open ? ' Change any answer and save again.' : ''}
        </p>
      )}
      {pulse.me.invited && (
        <form onSubmit={onSubmit} noValidate className="bi-pulse-form">
          {pulse.items.map((item, index) => (
            <fieldset key={item.id} id={`item-${item.id}`} className="bi-likert" disabled={!canAnswer}>
              <legend>
                <span className="bi-likert__number">{index + 1}.</span> {item.text}
              </legend>
              <div className="bi-likert__options">
                {SCALE.map((option) => (
                  <label key={option.value} className="bi-likert__option">
                    <input
                      type="radio"
                      name={`answer-${item.id}`}
                      value={option.value}
                      checked={answers[item.id] === option.value}
                      onChange={() => (setAnswers((current) => ({ ...current, [item.id]: option.value })), setError(null))}
                    />
                    <span className="bi-likert__value">{option.value}</span>
                    <span className="bi-likert__label">{option.label}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
          <FormError message={error} />
          {canAnswer && (
            <div className="bi-pulse-actions">
              <button type="submit" className="button button--primary button--large" disabled={save.isPending}>
                {save.isPending ? 'Saving…' : saved ? 'Save changes' : 'Send my answers'}
              </button>
              {saved && (
                <button type="button" className="button bi-button-danger-outline" onClick={() => setConfirmDelete(true)}>
                  Delete my answers
                </button>
              )}
            </div>
          )}
        </form>
      )}
      <ConfirmDialog
        open={confirmDelete}
        title="Delete your answers?"
        confirmLabel="Delete my answers"
        danger
        busy={remove.isPending}
        onCancel={() => setConfirmDelete(false)}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () => (setConfirmDelete(false), setAnswers({}), toast({ message: 'Your answers are deleted.', tone: 'success' })),
            onError: (failure) => (setConfirmDelete(false), setError(errorText(failure))),
          })
        }
      >
        <p>Your answers to this pulse are removed for good and leave every average. You can answer again while it is open.</p>
      </ConfirmDialog>
    </>
  );
}
