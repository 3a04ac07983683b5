import { useState } from 'react';
import { Link } from 'react-router';
import { LABELS } from '../../domain/dysfunction/vocabulary';
import type { JournalEntryView } from '../../shared/dysfunction';
import { hasRole, useCurrentUser } from '../auth/session';
import { Badge } from '../ui/badge';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { EmptyState } from '../ui/empty-state';
import { errorText } from '../ui/error-message';
import { formatDateTime } from '../ui/format';
import { QueryView } from '../ui/query-view';
import { useToast } from '../ui/toast';
import { usePageTitle } from '../ui/use-page-title';
import { useDeleteJournalEntry, useJournal, useMyPerson, useUpdateJournalEntry, useWriteJournalEntry } from './dysfunction-api';
import { JournalForm } from './journal-form';
import { SIGNAL_READER_ROLES } from './labels';
import './signals.css';

export function JournalPage() {
  usePageTitle('Journal');
  const user = useCurrentUser();
  const journal = useJournal();
  const me = useMyPerson(user.personId);
  const write = useWriteJournalEntry();
  const update = useUpdateJournalEntry();
  const toast = useToast();
  const [editing, setEditing] = useState<JournalEntryView | null>(null);
  const [formKey, setFormKey] = useState(0);

  return (
    <div className="page sg-page">
      <header className="page-header">
        <h1>Journal</h1>
        <p className="page-header__lead">
          A private place to make sense of a dysfunction you met: what happened, what it meant for your role, what it
          says about your place in the firm, and what you did. Only you can read your entries — not your manager, not
          an admin, not an analyst — unless you share one, and then without your name.
        </p>
        {hasRole(user, SIGNAL_READER_ROLES) && (
          <p>
            <Link to="/signals/insights">Anonymous patterns across the organisation</Link>
          </p>
        )}
      </header>
      <section className="section" aria-labelledby="journal-form-heading">
        <h2 id="journal-form-heading">{editing ? 'Edit entry' : 'New entry'}</h2>
        <JournalForm
          key={editing?.id ?? `new-${formKey}`}
          myFunction={me.data?.person.function ?? null}
          editing={editing}
          busy={write.isPending || update.isPending}
          error={editing ? update.error : write.error}
          onCancel={() => setEditing(null)}
          onSave={(input) => {
            const saved = (message: string) => toast({ message, tone: 'success' });
            if (editing) {
              const onSuccess = () => {
                setEditing(null);
                saved('Entry saved.');
              };
              update.mutate({ id: editing.id, input }, { onSuccess });
            } else {
              const onSuccess = () => {
                setFormKey((key) => key + 1); // a new key gives the next entry an empty form
                saved('Entry saved. Only you can read it.');
              };
              write.mutate(input, { onSuccess });
            }
          }}
        />
      </section>
      <section className="section" aria-labelledby="journal-list-heading">
        <h2 id="journal-list-heading">My entries</h2>
        <QueryView query={journal} loadingLabel="Loading your entries…">
          {(data) =>
            data.items.length === 0 ? (
              <EmptyState title="No entries yet">
                <p>When something between sales and marketing gets in your way, write it down above while it is fresh.</p>
              </EmptyState>
            ) : (
              <ul className="sg-list" aria-label="My journal entries">
                {data.items.map((entry) => (
                  <EntryCard
                    key={entry.id}
                    entry={entry}
                    onEdit={() => {
                      setEditing(entry);
                      document.getElementById('journal-form-heading')?.scrollIntoView();
                    }}
                  />
                ))}
              </ul>
            )
          }
        </QueryView>
      </section>
    </div>
  );
}

function EntryCard({ entry, onEdit }: { entry: JournalEntryView; onEdit: () => void }) {
  const update = useUpdateJournalEntry();
  const remove = useDeleteJournalEntry();
  const [confirming, setConfirming] = useState(false);
  const tags = [...entry.interpretationIds, ...entry.responseIds];
  return (
    <li className="sg-card">
      <div className="sg-card__head">
        <p className="sg-card__title">{LABELS[entry.dysfunction]}</p>
        <span className="muted">{formatDateTime(entry.createdAt)}</span>
      </div>
      <p style={{ whiteSpace: 'pre-wrap', margin: '8px 0' }}>{entry.trigger}</p>
      {entry.situational && <p className="sg-card__meta">For my role: {entry.situational}</p>}
      {entry.existential && <p className="sg-card__meta">My place in the firm: {entry.existential}</p>}
      {entry.response && <p className="sg-card__meta">What I did: {entry.response}</p>}
      {tags.length > 0 && (
        <ul className="sg-chips" aria-label="Tags">
          {tags.map((tag) => (
            <li key={tag}>
              <Badge tone="neutral">{LABELS[tag]}</Badge>
            </li>
          ))}
        </ul>
      )}
      <div className="sg-actions">
        <label className="sg-check">
          <input
            type="checkbox"
            checked={entry.shared}
            disabled={update.isPending}
            onChange={(event) => update.mutate({ id: entry.id, input: { ...entry, shared: event.target.checked } })}
          />
          Shared anonymously with analysts
        </label>
        <button type="button" className="button button--small" onClick={onEdit}>
          Edit
        </button>
        <button type="button" className="button button--small button--danger" onClick={() => setConfirming(true)}>
          Delete
        </button>
      </div>
      {(update.isError || remove.isError) && (
        <p className="form-error" role="alert">
          {errorText(update.error ?? remove.error)}
        </p>
      )}
      <ConfirmDialog
        open={confirming}
        title="Delete this entry?"
        confirmLabel="Delete for good"
        danger
        busy={remove.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => remove.mutate(entry.id, { onSettled: () => setConfirming(false) })}
      >
        <p>The entry is removed completely; it cannot be brought back.</p>
      </ConfirmDialog>
    </li>
  );
}
