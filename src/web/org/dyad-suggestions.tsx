import { useState } from 'react';
import { Link } from 'react-router';
import { LEVELS, type Level } from '../../domain/org/types';
import type { DyadSuggestionView, PersonSummary } from '../../shared/org';
import { EmptyState } from '../ui/empty-state';
import { errorText } from '../ui/error-message';
import { Table } from '../ui/table';
import { useToast } from '../ui/toast';
import { levelLabels } from './labels';
import { useCreateDyad } from './org-api';

const SHOWN_PER_LEVEL = 10;

function pairKey(suggestion: DyadSuggestionView): string {
  return `${suggestion.sales.id}:${suggestion.marketing.id}`;
}

/** Suggested pairs grouped by level, best match first; editors confirm them one by one. */
export function DyadSuggestions({ suggestions, canEdit }: { suggestions: DyadSuggestionView[]; canEdit: boolean }) {
  if (suggestions.length === 0) {
    return (
      <EmptyState title="No suggestions right now">
        <p>
          Suggestions appear for sales and marketing people at the same level who share a region or a line and are
          not yet in a dyad. Import people with regions to get more.
        </p>
      </EmptyState>
    );
  }
  return (
    <div className="suggestion-groups">
      {LEVELS.map((level) => {
        const group = suggestions.filter((suggestion) => suggestion.level === level).sort((a, b) => b.score - a.score);
        return <SuggestionGroup key={level} level={level} suggestions={group} canEdit={canEdit} />;
      })}
    </div>
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

function SuggestionGroup({ level, suggestions, canEdit }: { level: Level; suggestions: DyadSuggestionView[]; canEdit: boolean }) {
  const [showAll, setShowAll] = useState(false);
  const [pending, setPending] = useState<string | null>(null);
  const createDyad = useCreateDyad();
  const toast = useToast();
  const headingId = `suggestions-${level}`;
  const shown = showAll ? suggestions : suggestions.slice(0, SHOWN_PER_LEVEL);

  function confirm(suggestion: DyadSuggestionView) {
    setPending(pairKey(suggestion));
    createDyad.mutate(
      { salesPersonId: suggestion.sales.id, marketingPersonId: suggestion.marketing.id },
      {
        onSuccess: () =>
          toast({ message: `Dyad of ${suggestion.sales.name} and ${suggestion.marketing.name} confirmed.`, tone: 'success' }),
        onError: (error) => toast({ message: `Could not confirm the dyad: ${errorText(error)}`, tone: 'error' }),
        onSettled: () => setPending(null),
      },
    );
  }

  return (
    <section className="suggestion-group" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {levelLabels[level]} level <span className="muted">({suggestions.length})</span>
      </h3>
      {suggestions.length === 0 ? (
        <p className="muted">No suggestions at this level.</p>
      ) : (
        <>
          <Table caption={`Suggested dyads at the ${levelLabels[level].toLowerCase()} level`} captionHidden>
            <thead>
              <tr>
                <th scope="col">Sales</th>
                <th scope="col">Marketing</th>
                <th scope="col">Region</th>
                <th scope="col" className="num">
                  Match
                </th>
                <th scope="col">Why</th>
                {canEdit && (
                  <th scope="col">
                    <span className="sr-only">Actions</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {shown.map((suggestion) => {
                const key = pairKey(suggestion);
                return (
                  <tr key={key}>
                    <td className="cell-name">
                      <PersonCell person={suggestion.sales} />
                    </td>
                    <td className="cell-name">
                      <PersonCell person={suggestion.marketing} />
                    </td>
                    <td>{suggestion.region ?? '—'}</td>
                    <td className="num">{Math.round(suggestion.score * 100)}%</td>
                    <td className="cell-reason">{suggestion.reason}</td>
                    {canEdit && (
                      <td className="cell-actions">
                        <button
                          type="button"
                          className="button button--small button--primary"
                          disabled={pending !== null}
                          onClick={() => confirm(suggestion)}
                        >
                          {pending === key ? 'Confirming…' : 'Confirm'}
                          <span className="sr-only">
                            {' '}
                            dyad of {suggestion.sales.name} and {suggestion.marketing.name}
                          </span>
                        </button>
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </Table>
          {suggestions.length > SHOWN_PER_LEVEL && (
            <button type="button" className="button button--small show-more" onClick={() => setShowAll((value) => !value)}>
              {showAll ? `Show the best ${SHOWN_PER_LEVEL}` : `Show all ${suggestions.length}`}
            </button>
          )}
        </>
      )}
    </section>
  );
}
