import { useState } from 'react';
import { Link } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { LEVELS, type Level } from '../../domain/org/types';
import type { Dyad, PersonSummary } from '../../shared/org';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { EmptyState } from '../ui/empty-state';
import { errorText } from '../ui/error-message';
import { Pagination } from '../ui/pagination';
import { Table } from '../ui/table';
import { useToast } from '../ui/toast';
import { formatDate } from '../ui/format';
import { FilterOptions, LevelBadge } from './labels';
import { createDyad, orgKey, useDeleteDyad } from './org-api';

const PAGE_SIZE = 20;

const pairName = (dyad: Dyad) => `${dyad.sales.name} and ${dyad.marketing.name}`;

/** The confirmed dyads; editors can remove one (after confirming) and undo the removal from a toast. */
export function ConfirmedDyads({ dyads, canEdit }: { dyads: Dyad[]; canEdit: boolean }) {
  const [removing, setRemoving] = useState<Dyad | null>(null);
  const [levelFilter, setLevelFilter] = useState<Level | ''>('');
  const [nameFilter, setNameFilter] = useState('');
  const [offset, setOffset] = useState(0);
  const deleteDyad = useDeleteDyad();
  const queryClient = useQueryClient();
  const toast = useToast();

  if (dyads.length === 0) {
    return (
      <EmptyState title="No confirmed dyads yet">
        <p>
          {canEdit
            ? 'Confirm a suggested pair below to start comparing how both sides see their work.'
            : 'An admin or analyst confirms dyads from the suggestions below.'}
        </p>
      </EmptyState>
    );
  }

  const needle = nameFilter.trim().toLowerCase();
  const filtered = dyads
    .filter((dyad) => !levelFilter || dyad.level === levelFilter)
    .filter((dyad) => !needle || pairName(dyad).toLowerCase().includes(needle))
    .sort((a, b) => LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) || a.sales.name.localeCompare(b.sales.name));
  const start = offset < filtered.length ? offset : 0;

  async function undoRemoval(dyad: Dyad) {
    // Not tied to this component: the undo must work even after the user has moved to another page.
    try {
      await createDyad({ salesPersonId: dyad.sales.id, marketingPersonId: dyad.marketing.id });
      await queryClient.invalidateQueries({ queryKey: orgKey });
      toast({ message: `Dyad of ${pairName(dyad)} restored.`, tone: 'success' });
    } catch (error) {
      void queryClient.invalidateQueries({ queryKey: orgKey });
      toast({ message: `Could not restore the dyad: ${errorText(error)}`, tone: 'error' });
    }
  }

  function remove(dyad: Dyad) {
    deleteDyad.mutate(dyad, {
      onSuccess: () => {
        setRemoving(null);
        toast({
          message: `Dyad of ${pairName(dyad)} removed.`,
          tone: 'success',
          action: { label: 'Undo', onAction: () => void undoRemoval(dyad) },
        });
      },
      onError: (error) => {
        setRemoving(null);
        toast({ message: `Could not remove the dyad: ${errorText(error)}`, tone: 'error' });
      },
    });
  }

  return (
    <>
      <div className="filters filters--inline">
        <div className="field">
          <label htmlFor="dyad-name-filter">Find a person</label>
          <input
            id="dyad-name-filter"
            type="search"
            value={nameFilter}
            placeholder="Name"
            onChange={(event) => {
              setNameFilter(event.target.value);
              setOffset(0);
            }}
          />
        </div>
        <div className="field">
          <label htmlFor="dyad-level-filter">Level</label>
          <select
            id="dyad-level-filter"
            value={levelFilter}
            onChange={(event) => {
              setLevelFilter(event.target.value as Level | '');
              setOffset(0);
            }}
          >
            <FilterOptions of="level" allLabel="All levels" />
          </select>
        </div>
      </div>
      {filtered.length === 0 ? (
        <EmptyState title="No confirmed dyad matches">
          <p>Try another name or level.</p>
        </EmptyState>
      ) : (
        <DyadTable dyads={filtered.slice(start, start + PAGE_SIZE)} canEdit={canEdit} onRemove={setRemoving} />
      )}
      <Pagination noun="dyads" offset={start} limit={PAGE_SIZE} total={filtered.length} onChange={setOffset} />
      <ConfirmDialog
        open={removing !== null}
        title="Remove this dyad?"
        confirmLabel={deleteDyad.isPending ? 'Removing…' : 'Yes, remove'}
        danger
        busy={deleteDyad.isPending}
        onCancel={() => setRemoving(null)}
        onConfirm={() => removing && remove(removing)}
      >
        {removing && <p>{pairName(removing)} will no longer be compared as a pair. You can undo this right after.</p>}
      </ConfirmDialog>
    </>
  );
}

function PersonCell({ person }: { person: PersonSummary }) {
  return (
    <>
      <Link to={`/org/people/${person.id}`}>{person.name}</Link>
      {person.title && <span className="cell-sub">{person.title}</span>}
    </>
  );
}

interface DyadTableProps {
  dyads: Dyad[];
  canEdit: boolean;
  onRemove: (dyad: Dyad) => void;
}

function DyadTable({ dyads, canEdit, onRemove }: DyadTableProps) {
  return (
    <Table caption="Confirmed dyads" captionHidden>
      <thead>
        <tr>
          <th scope="col">Level</th>
          <th scope="col">Sales</th>
          <th scope="col">Marketing</th>
          <th scope="col">Region</th>
          <th scope="col">Confirmed</th>
          {canEdit && (
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {dyads.map((dyad) => (
          <tr key={dyad.id}>
            <td>
              <LevelBadge value={dyad.level} />
            </td>
            <td className="cell-name">
              <PersonCell person={dyad.sales} />
            </td>
            <td className="cell-name">
              <PersonCell person={dyad.marketing} />
            </td>
            <td>{dyad.sales.region ?? dyad.marketing.region ?? '—'}</td>
            <td className="nowrap">{formatDate(dyad.confirmedAt)}</td>
            {canEdit && (
              <td className="cell-actions">
                <button type="button" className="button button--small" onClick={() => onRemove(dyad)}>
                  Remove<span className="sr-only"> dyad of {pairName(dyad)}</span>
                </button>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
