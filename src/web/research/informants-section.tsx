import { useState, type FormEvent } from 'react';
import type { InformantView, ProjectDetail } from '../../shared/research';
import { EmptyState } from '../ui/empty-state';
import { Disclosure } from './disclosure';
import { errorText } from '../ui/error-message';
import { Table } from '../ui/table';
import { formatNumber } from '../ui/format';
import { useToast } from '../ui/toast';
import { FunctionBadge, LevelBadge } from '../org/labels';
import { FormDialog } from '../ui/form-dialog';
import { EMPTY_INFORMANT, InformantFields, informantBody, informantValues, type InformantValues } from './informant-fields';
import { useCreateInformant, useUpdateInformant } from './research-api';

const NAME_MISSING = 'Enter a name or a pseudonym, for example “Rep A (Firm 3)”.';

export function InformantsSection({ detail }: { detail: ProjectDetail }) {
  const [editing, setEditing] = useState<InformantView | null>(null);
  const informants = [...detail.informants].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <section className="section" aria-labelledby="informants-heading">
      <h2 id="informants-heading">Informants</h2>
      <p className="section__lead">Who was interviewed: function and level, and the dyad key that pairs counterparts.</p>
      {informants.length === 0 ? (
        <EmptyState title="No informants yet">
          <p>Add the people you interview below, then link each transcript to its informant.</p>
        </EmptyState>
      ) : (
        <Table caption="Informants" captionHidden>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Function</th>
              <th scope="col">Level</th>
              <th scope="col">Dyad</th>
              <th scope="col">Firm</th>
              <th scope="col">Unit</th>
              <th scope="col" className="num">Transcripts</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {informants.map((informant) => (
              <tr key={informant.id}>
                <th scope="row" className="cell-name">
                  {informant.name}
                </th>
                <td>{informant.function ? <FunctionBadge value={informant.function} /> : '—'}</td>
                <td>{informant.level ? <LevelBadge value={informant.level} /> : '—'}</td>
                <td>{informant.dyadKey ?? '—'}</td>
                <td>{informant.firm ?? '—'}</td>
                <td>{informant.unit ?? '—'}</td>
                <td className="num">{formatNumber(informant.transcriptCount)}</td>
                <td className="cell-actions">
                  <button type="button" className="button button--small" onClick={() => setEditing(informant)}>
                    Edit<span className="sr-only"> {informant.name}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Disclosure summary="Add informant" initiallyOpen={informants.length === 0}>
        <AddInformantForm pid={detail.project.id} />
      </Disclosure>
      <EditInformantDialog pid={detail.project.id} informant={editing} onClose={() => setEditing(null)} />
    </section>
  );
}

function AddInformantForm({ pid }: { pid: string }) {
  const [values, setValues] = useState<InformantValues>(EMPTY_INFORMANT);
  const [nameError, setNameError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const create = useCreateInformant(pid);
  const toast = useToast();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    if (!values.name.trim()) {
      setNameError(NAME_MISSING);
      document.getElementById('new-informant-name')?.focus();
      return;
    }
    create.mutate(informantBody(values), {
      onSuccess: (informant) => {
        setValues(EMPTY_INFORMANT);
        toast({ message: `Informant ${informant.name} added.`, tone: 'success' });
        document.getElementById('new-informant-name')?.focus();
      },
      onError: (error) => setFormError(errorText(error)),
    });
  }

  return (
    <form className="rs-panel rs-form-grid rs-form-grid--three" onSubmit={onSubmit} noValidate>
      <InformantFields
        idPrefix="new-informant"
        values={values}
        nameError={nameError}
        onChange={(next) => {
          setValues(next);
          if (next.name.trim()) setNameError(null);
        }}
      />
      {formError && (
        <p className="form-error rs-form-grid__wide" role="alert">
          {formError}
        </p>
      )}
      <div className="rs-form-grid__wide">
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {create.isPending ? 'Adding…' : 'Add informant'}
        </button>
      </div>
    </form>
  );
}

function EditInformantDialog({ pid, informant, onClose }: { pid: string; informant: InformantView | null; onClose: () => void }) {
  const [values, setValues] = useState<InformantValues>(EMPTY_INFORMANT);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [nameError, setNameError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const update = useUpdateInformant(pid);
  const toast = useToast();

  // A new informant to edit: start from its values.
  if (informant && informant.id !== editingId) {
    setEditingId(informant.id);
    setValues(informantValues(informant));
    setNameError(null);
    setFormError(null);
  }
  if (!informant && editingId !== null) setEditingId(null);

  return (
    <FormDialog
      open={informant !== null}
      title={informant ? `Edit ${informant.name}` : 'Edit informant'}
      submitLabel={update.isPending ? 'Saving…' : 'Save'}
      busy={update.isPending}
      wide
      onCancel={onClose}
      onSubmit={() => {
        if (!informant) return;
        if (!values.name.trim()) {
          setNameError(NAME_MISSING);
          return;
        }
        // Send only what changed, so the audit trail says exactly what was edited.
        const before = informantBody(informantValues(informant));
        const after = informantBody(values);
        const changed = Object.fromEntries(
          Object.entries(after).filter(([key, value]) => before[key as keyof typeof before] !== value),
        ) as Partial<typeof after>;
        if (Object.keys(changed).length === 0) {
          onClose();
          return;
        }
        update.mutate(
          { id: informant.id, body: changed },
          {
            onSuccess: (saved) => {
              toast({ message: `${saved.name} saved.`, tone: 'success' });
              onClose();
            },
            onError: (error) => setFormError(errorText(error)),
          },
        );
      }}
    >
      <div className="rs-form-grid rs-form-grid--plain">
        <InformantFields idPrefix="edit-informant" values={values} nameError={nameError} onChange={setValues} />
        {formError && (
          <p className="form-error rs-form-grid__wide" role="alert">
            {formError}
          </p>
        )}
      </div>
    </FormDialog>
  );
}
