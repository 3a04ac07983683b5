import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useInfiniteQuery } from '@tanstack/react-query';
import type { PersonSummary } from '../../shared/org';
import { ErrorMessage } from '../ui/error-message';
import { Spinner } from '../ui/spinner';
import { plural } from '../ui/format';
import { FunctionBadge, LevelBadge } from './labels';
import { fetchPeople, orgKey } from './org-api';

const PAGE_SIZE = 100;

/**
 * The reporting tree as nested lists of disclosure buttons: it starts from the people without a manager and
 * loads a person's direct reports only when they are opened.
 */
export function ReportingTree({ labelledBy }: { labelledBy: string }) {
  return (
    <ul className="tree" aria-labelledby={labelledBy}>
      <TreeBranch managerId={null} />
    </ul>
  );
}

function TreeBranch({ managerId }: { managerId: string | null }) {
  const query = useInfiniteQuery({
    queryKey: [...orgKey, 'tree', managerId ?? 'roots'],
    queryFn: ({ pageParam, signal }) =>
      fetchPeople(
        managerId ? { managerId, limit: PAGE_SIZE, offset: pageParam } : { roots: true, limit: PAGE_SIZE, offset: pageParam },
        signal,
      ),
    initialPageParam: 0,
    getNextPageParam: (lastPage, pages) => {
      const loaded = pages.reduce((sum, page) => sum + page.items.length, 0);
      return loaded < lastPage.total && lastPage.items.length > 0 ? loaded : undefined;
    },
  });

  if (query.isPending) {
    return (
      <li className="tree__status">
        <Spinner inline label={managerId ? 'Loading reports…' : 'Loading the reporting tree…'} />
      </li>
    );
  }
  if (query.isError) {
    return (
      <li className="tree__status">
        <ErrorMessage error={query.error} title="The reporting tree could not be loaded" onRetry={() => void query.refetch()} />
      </li>
    );
  }

  const people = query.data.pages.flatMap((page) => page.items);
  const total = query.data.pages[0]?.total ?? 0;
  if (people.length === 0) {
    return <li className="tree__status">{managerId ? 'No direct reports.' : 'No one is at the top of the tree.'}</li>;
  }
  return (
    <>
      {people.map((person) => (
        <TreeNode key={person.id} person={person} startOpen={!managerId && total === 1} />
      ))}
      {query.hasNextPage && (
        <li className="tree__status">
          <button
            type="button"
            className="button button--small"
            disabled={query.isFetchingNextPage}
            onClick={() => void query.fetchNextPage()}
          >
            {query.isFetchingNextPage ? 'Loading…' : `Show more (${people.length} of ${total} shown)`}
          </button>
        </li>
      )}
    </>
  );
}

function TreeNode({ person, startOpen }: { person: PersonSummary; startOpen: boolean }) {
  const [open, setOpen] = useState(startOpen && person.directReportCount > 0);
  const childrenId = useId();
  const hasReports = person.directReportCount > 0;

  return (
    <li className="tree__node">
      <div className="tree__row">
        {hasReports ? (
          <button
            type="button"
            className="tree__toggle"
            aria-expanded={open}
            aria-controls={open ? childrenId : undefined}
            onClick={() => setOpen((value) => !value)}
          >
            <span className="tree__chevron" aria-hidden="true" />
            <span className="sr-only">Reports of {person.name}</span>
          </button>
        ) : (
          <span className="tree__spacer" aria-hidden="true" />
        )}
        <div className="tree__content">
          <Link to={`/org/people/${person.id}`} className="tree__name">
            {person.name}
          </Link>
          {person.title && <span className="tree__title">{person.title}</span>}
          <span className="tree__badges">
            <FunctionBadge value={person.function} />
            <LevelBadge value={person.level} />
          </span>
          <span className="tree__count">{hasReports ? plural(person.directReportCount, 'report') : 'No reports'}</span>
        </div>
      </div>
      {open && (
        <ul id={childrenId} className="tree__children">
          <TreeBranch managerId={person.id} />
        </ul>
      )}
    </li>
  );
}
