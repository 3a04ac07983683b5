import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { SUPPORT_KINDS, type SupportKind } from '../../domain/dysfunction/support-requests';
import type { Side } from '../../domain/dysfunction/vocabulary';
import { dysfunctionLimits } from '../../shared/dysfunction';
import type { PersonSummary } from '../../shared/org';
import { errorText } from '../ui/error-message';
import { useToast } from '../ui/toast';
import { useCreateSupportRequest } from './dysfunction-api';
import { SUPPORT_KIND_LABELS, todayIso } from './labels';
import { PersonPicker } from './person-picker';

/** Ask the other function for support: a person, or the function (and region) as a whole. */
export function SupportRequestForm({ otherSide, myRegion }: { otherSide: Side; myRegion: string | null }) {
  const [kind, setKind] = useState<SupportKind>('materials');
  const [target, setTarget] = useState<'person' | 'function'>('person');
  const [person, setPerson] = useState<PersonSummary | null>(null);
  const [region, setRegion] = useState(myRegion ?? '');
  const [summary, setSummary] = useState('');
  const [details, setDetails] = useState('');
  const [neededBy, setNeededBy] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const create = useCreateSupportRequest();
  const toast = useToast();
  const navigate = useNavigate();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (target === 'person' && !person) found.person = `Choose the person in ${otherSide} you are asking.`;
    if (!summary.trim()) found.summary = 'Say what you need.';
    if (!neededBy) found.neededBy = 'Choose the date you need it by.';
    else if (neededBy < todayIso()) found.neededBy = 'Choose today or a later date.';
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    create.mutate(
      {
        kind,
        summary: summary.trim(),
        details,
        neededBy,
        ...(target === 'person' ? { addresseePersonId: person?.id } : { addresseeFunction: otherSide, addresseeRegion: region.trim() || null }),
      },
      {
        onSuccess: (request) => {
          toast({ message: 'Your request was sent.', tone: 'success' });
          navigate(`/signals/support/${request.id}`);
        },
      },
    );
  }

  return (
    <form className="sg-form" onSubmit={onSubmit} noValidate aria-labelledby="new-request-heading">
      <div className="sg-row">
        <div className="field">
          <label htmlFor="request-kind">Kind of support</label>
          <select id="request-kind" value={kind} onChange={(event) => setKind(event.target.value as SupportKind)}>
            {SUPPORT_KINDS.map((k) => (
              <option key={k} value={k}>
                {SUPPORT_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="request-needed-by">Needed by</label>
          <input id="request-needed-by" type="date" min={todayIso()} value={neededBy} onChange={(event) => setNeededBy(event.target.value)} aria-invalid={errors.neededBy ? true : undefined} aria-describedby={errors.neededBy ? 'request-needed-by-error' : undefined} />
          {errors.neededBy && <p className="field__error" id="request-needed-by-error">{errors.neededBy}</p>}
        </div>
      </div>
      <fieldset>
        <legend>Ask</legend>
        <div className="sg-checks">
          <label className="sg-check">
            <input type="radio" name="request-target" checked={target === 'person'} onChange={() => setTarget('person')} /> A person in {otherSide}
          </label>
          <label className="sg-check">
            <input type="radio" name="request-target" checked={target === 'function'} onChange={() => setTarget('function')} /> {otherSide === 'sales' ? 'Sales' : 'Marketing'} as a function
          </label>
        </div>
        {target === 'person' ? (
          <PersonPicker label="Person to ask" personFunction={otherSide} value={person} onChange={setPerson} error={errors.person} />
        ) : (
          <div className="field">
            <label htmlFor="request-region">Region (leave empty for anyone in {otherSide})</label>
            <input id="request-region" value={region} maxLength={200} onChange={(event) => setRegion(event.target.value)} />
          </div>
        )}
      </fieldset>
      <div className="field">
        <label htmlFor="request-summary">What you need</label>
        <input id="request-summary" value={summary} maxLength={dysfunctionLimits.summaryMaxLength} onChange={(event) => setSummary(event.target.value)} aria-invalid={errors.summary ? true : undefined} aria-describedby={errors.summary ? 'request-summary-error' : undefined} />
        {errors.summary && <p className="field__error" id="request-summary-error">{errors.summary}</p>}
      </div>
      <div className="field">
        <label htmlFor="request-details">Details (optional)</label>
        <textarea id="request-details" className="sg-textarea" value={details} maxLength={dysfunctionLimits.textMaxLength} onChange={(event) => setDetails(event.target.value)} />
      </div>
      {create.isError && (
        <p className="form-error" role="alert">
          {errorText(create.error)}
        </p>
      )}
      <div className="field">
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {create.isPending ? 'Sending…' : 'Send request'}
        </button>
      </div>
    </form>
  );
}
