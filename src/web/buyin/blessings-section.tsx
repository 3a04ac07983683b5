import { useState, type FormEvent } from 'react';
import type { InitiativeDetail } from '../../shared/buyin';
import { Badge, type BadgeTone } from '../ui/badge';
import { errorText } from '../ui/error-message';
import { formatDateTime } from '../ui/format';
import { useToast } from '../ui/toast';
import { useRecordBlessing } from './buyin-api';
import { FormError, TextArea } from './fields';

const STATUS = {
  blessed: { label: 'Blessed', tone: 'success' },
  not_yet: { label: 'Not yet', tone: 'warning' },
  withheld: { label: 'Withheld', tone: 'danger' },
} as const satisfies Record<string, { label: string; tone: BadgeTone }>;

/** Senior sales leaders' blessing: the study found reps take their cue from it. Senior sales record their own here. */
export function BlessingsSection({ detail }: { detail: InitiativeDetail }) {
  const { blessings, can, initiative } = detail;
  return (
    <section aria-labelledby="blessing-heading" className="bi-panel">
      <h2 id="blessing-heading">Senior sales blessing</h2>
      {blessings.length === 0 ? (
        <p className="muted">No senior sales leader has given a view yet.</p>
      ) : (
        <ul className="bi-blessings">
          {blessings.map((blessing) => (
            <li key={blessing.person.id}>
              <strong>{blessing.person.name}</strong> <Badge tone={STATUS[blessing.status].tone}>{STATUS[blessing.status].label}</Badge>
              {blessing.note && <span className="cell-sub">{blessing.note}</span>}
              <span className="cell-sub">{formatDateTime(blessing.at)}</span>
            </li>
          ))}
        </ul>
      )}
      {can.bless && <BlessingForm initiativeId={initiative.id} />}
    </section>
  );
}

function BlessingForm({ initiativeId }: { initiativeId: string }) {
  const [status, setStatus] = useState<keyof typeof STATUS>('blessed');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const record = useRecordBlessing(initiativeId);
  const toast = useToast();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    record.mutate({ status, note }, { onSuccess: () => (setError(null), toast({ message: 'Your view is recorded.', tone: 'success' })), onError: (failure) => setError(errorText(failure)) });
  };
  return (
    <form onSubmit={onSubmit} noValidate className="bi-respond">
      <fieldset className="bi-fieldset">
        <legend>Your blessing</legend>
        <div className="bi-radio-row">
          {(Object.keys(STATUS) as Array<keyof typeof STATUS>).map((value) => (
            <label key={value} className="bi-radio">
              <input type="radio" name="blessing-status" value={value} checked={status === value} onChange={() => setStatus(value)} />
              {STATUS[value].label}
            </label>
          ))}
        </div>
      </fieldset>
      <TextArea id="blessing-note" label="Note (optional)" value={note} onChange={setNote} rows={2} />
      <FormError message={error} />
      <button type="submit" className="button button--small button--primary" disabled={record.isPending}>
        Record my blessing
      </button>
    </form>
  );
}
