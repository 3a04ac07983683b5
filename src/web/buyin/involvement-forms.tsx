import { useState } from 'react';
import type { InitiativeDetail } from '../../shared/buyin';
import { FormDialog } from '../ui/form-dialog';
import { errorText } from '../ui/error-message';
import { useToast } from '../ui/toast';
import { useAddAdvisoryInput, useAddAdvisoryMember, useAddTestMarket, useAddWorkingSession, useUpdateTestMarket } from './buyin-api';
import { FormError, TextArea, TextField } from './fields';
import { PersonPicker } from './person-picker';

type Which = 'member' | 'input' | 'session' | 'market' | null;

interface Props {
  initiativeId: string;
  members: InitiativeDetail['advisoryBoard'];
  open: Which;
  onClose: () => void;
}

const EMPTY = { personId: '', memberId: '', note: '', text: '', title: '', date: '', notes: '', outcomes: '', regions: '', start: '', end: '', results: '', changes: '' };

/** The four involvement forms, one dialog each; every one validates what the server would refuse first. */
export function InvolvementForms({ initiativeId, members, open, onClose }: Props) {
  const [form, setForm] = useState(EMPTY);
  const [error, setError] = useState<string | null>(null);
  const addMember = useAddAdvisoryMember(initiativeId);
  const addInput = useAddAdvisoryInput(initiativeId);
  const addSession = useAddWorkingSession(initiativeId);
  const addMarket = useAddTestMarket(initiativeId);
  const toast = useToast();
  const set = (key: keyof typeof EMPTY) => (value: string) => (setForm((current) => ({ ...current, [key]: value })), setError(null));
  const busy = addMember.isPending || addInput.isPending || addSession.isPending || addMarket.isPending;

  const close = () => {
    setForm(EMPTY);
    setError(null);
    onClose();
  };
  const done = (message: string) => ({ onSuccess: () => (toast({ message, tone: 'success' }), close()), onError: (failure: unknown) => setError(errorText(failure)) });

  const submit = () => {
    if (open === 'member') {
      if (!form.personId) return setError('Choose the person to add to the board.');
      addMember.mutate({ personId: form.personId, note: form.note }, done('Added to the advisory board.'));
    } else if (open === 'input') {
      const memberId = form.memberId || members[0]?.id || '';
      if (!form.text.trim()) return setError('Write down what the member said.');
      addInput.mutate({ memberId, text: form.text }, done('Input recorded.'));
    } else if (open === 'session') {
      if (!form.title.trim() || !form.date) return setError('Give the session a title and a date.');
      addSession.mutate({ title: form.title.trim(), date: form.date, notes: form.notes, outcomes: form.outcomes }, done('Working session added.'));
    } else if (open === 'market') {
      const regions = form.regions.split(',').map((r) => r.trim()).filter(Boolean);
      if (regions.length === 0) return setError('Name at least one region.');
      if (!form.start || !form.end) return setError('Give the start and end dates of the test.');
      addMarket.mutate({ regions, startDate: form.start, endDate: form.end, results: form.results, changes: form.changes }, done('Test market added.'));
    }
  };

  const titles = { member: 'Add an advisory board member', input: 'Record a member’s input', session: 'Add a working session', market: 'Add a test market' } as const;
  return (
    <FormDialog open={open !== null} title={open ? titles[open] : ''} submitLabel={busy ? 'Saving…' : 'Save'} busy={busy} wide onSubmit={submit} onCancel={close}>
      {open === 'member' && (
        <>
          <PersonPicker id="member-person" label="Person" value={form.personId} onChange={set('personId')} />
          <TextArea id="member-note" label="Why them (optional)" value={form.note} onChange={set('note')} rows={2} />
        </>
      )}
      {open === 'input' && (
        <>
          <div className="field">
            <label htmlFor="input-member">Member</label>
            <select id="input-member" value={form.memberId || members[0]?.id || ''} onChange={(event) => set('memberId')(event.target.value)}>
              {members.map((member) => (
                <option key={member.id} value={member.id}>
                  {member.person.name}
                </option>
              ))}
            </select>
          </div>
          <TextArea id="input-text" label="What they said" value={form.text} onChange={set('text')} />
        </>
      )}
      {open === 'session' && (
        <>
          <div className="bi-form-row">
            <TextField id="session-title" label="Title" value={form.title} onChange={set('title')} />
            <TextField id="session-date" label="Date" type="date" value={form.date} onChange={set('date')} />
          </div>
          <TextArea id="session-notes" label="Notes (optional)" value={form.notes} onChange={set('notes')} rows={2} />
          <TextArea id="session-outcomes" label="Outcomes (optional)" value={form.outcomes} onChange={set('outcomes')} rows={2} />
        </>
      )}
      {open === 'market' && (
        <>
          <TextField id="market-regions" label="Regions" hint="Separate with commas." value={form.regions} onChange={set('regions')} />
          <div className="bi-form-row">
            <TextField id="market-start" label="Start" type="date" value={form.start} onChange={set('start')} />
            <TextField id="market-end" label="End" type="date" value={form.end} onChange={set('end')} />
          </div>
          <TextArea id="market-results" label="Results (optional)" value={form.results} onChange={set('results')} rows={2} />
          <TextArea id="market-changes" label="What changed because of it (optional)" value={form.changes} onChange={set('changes')} rows={2} />
        </>
      )}
      <FormError message={error} />
    </FormDialog>
  );
}

type TestMarket = InitiativeDetail['testMarkets'][number];

/** Records a test market's results and what changed because of them (the initiative's "we listened" record). */
export function TestMarketResultsDialog({ initiativeId, market, onClose }: { initiativeId: string; market: TestMarket | null; onClose: () => void }) {
  const [results, setResults] = useState('');
  const [changes, setChanges] = useState('');
  const [error, setError] = useState<string | null>(null);
  const update = useUpdateTestMarket(initiativeId);
  const toast = useToast();
  const [shown, setShown] = useState<string | null>(null);
  if (market && shown !== market.id) {
    // A different test market was opened: start from what it already records.
    setShown(market.id);
    setResults(market.results);
    setChanges(market.changes);
    setError(null);
  }
  const submit = () => {
    if (!market) return;
    update.mutate(
      { testMarketId: market.id, results, changes },
      { onSuccess: () => (toast({ message: 'Test market results saved.', tone: 'success' }), setShown(null), onClose()), onError: (failure) => setError(errorText(failure)) },
    );
  };
  return (
    <FormDialog
      open={market !== null}
      title={`Results in ${market?.regions.join(', ') ?? ''}`}
      submitLabel={update.isPending ? 'Saving…' : 'Save results'}
      busy={update.isPending}
      wide
      onSubmit={submit}
      onCancel={() => (setShown(null), onClose())}
    >
      <TextArea id="market-results-edit" label="Results" value={results} onChange={setResults} />
      <TextArea id="market-changes-edit" label="What changed in the initiative because of them" value={changes} onChange={setChanges} />
      <FormError message={error} />
    </FormDialog>
  );
}
