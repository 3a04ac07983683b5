import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { FUNCTIONS, LEVELS, type Level, type PersonFunction } from '../../domain/org/types';
import { limits } from '../../shared/limits';
import { EmptyState } from '../ui/empty-state';
import { Pagination } from '../ui/pagination';
import { QueryView } from '../ui/query-view';
import { usePageTitle } from '../ui/use-page-title';
import { FilterOptions } from './labels';
import { useOrgSummary, usePeople, type PeopleFilter } from './org-api';
import { PeopleTable } from './people-table';
import './org.css';

const PAGE_SIZE = 50;

function isFunction(value: string | null): value is PersonFunction {
  return value !== null && (FUNCTIONS as readonly string[]).includes(value);
}
function isLevel(value: string | null): value is Level {
  return value !== null && (LEVELS as readonly string[]).includes(value);
}

/** Reads the filters from the address, so a search can be bookmarked, shared and navigated back to. */
function filterFromParams(params: URLSearchParams): PeopleFilter {
  const fn = params.get('function');
  const level = params.get('level');
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  return {
    q: params.get('q')?.trim() || undefined,
    function: isFunction(fn) ? fn : undefined,
    level: isLevel(level) ? level : undefined,
    region: params.get('region') || undefined,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  };
}

export function PeoplePage() {
  usePageTitle('People');
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params);
  const people = usePeople(filter);
  const summary = useOrgSummary();
  const [searchText, setSearchText] = useState(params.get('q') ?? '');

  const setParam = (name: string, value: string) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        next.delete('page');
        return next;
      },
      { replace: name === 'q' },
    );
  };

  // Typing searches after a short pause; the address follows without adding a history entry per key.
  const urlSearch = params.get('q') ?? '';
  useEffect(() => {
    if (searchText.trim() === urlSearch.trim()) return;
    const timer = window.setTimeout(() => setParam('q', searchText.trim()), 300);
    return () => window.clearTimeout(timer);
  }, [searchText]);
  // Back/forward changes the address: show its search text.
  useEffect(() => setSearchText(urlSearch), [urlSearch]);

  const hasFilters = Boolean(filter.q || filter.function || filter.level || filter.region);

  return (
    <div className="page">
      <header className="page-header">
        <h1>People</h1>
        <p className="page-header__lead">Search your organisation by name, e-mail or title, and filter by function, level and region.</p>
      </header>

      <form
        className="filters"
        role="search"
        aria-label="People filters"
        onSubmit={(event) => {
          event.preventDefault();
          setParam('q', searchText.trim());
        }}
      >
        <div className="field filters__search">
          <label htmlFor="people-q">Search</label>
          <input
            id="people-q"
            type="search"
            value={searchText}
            maxLength={limits.searchMaxLength}
            placeholder="Name, e-mail or title"
            onChange={(event) => setSearchText(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="people-function">Function</label>
          <select id="people-function" value={filter.function ?? ''} onChange={(event) => setParam('function', event.target.value)}>
            <FilterOptions of="function" allLabel="All functions" />
          </select>
        </div>
        <div className="field">
          <label htmlFor="people-level">Level</label>
          <select id="people-level" value={filter.level ?? ''} onChange={(event) => setParam('level', event.target.value)}>
            <FilterOptions of="level" allLabel="All levels" />
          </select>
        </div>
        <div className="field">
          <label htmlFor="people-region">Region</label>
          <select id="people-region" value={filter.region ?? ''} onChange={(event) => setParam('region', event.target.value)}>
            <option value="">All regions</option>
            {filter.region && !summary.data?.regions.includes(filter.region) && (
              <option value={filter.region}>{filter.region}</option>
            )}
            {summary.data?.regions.map((region) => (
              <option key={region} value={region}>
                {region}
              </option>
            ))}
          </select>
        </div>
        <div className="filters__actions">
          <button type="submit" className="button button--primary">
            Search
          </button>
          {hasFilters && (
            <button
              type="button"
              className="button"
              onClick={() => {
                setSearchText('');
                setParams(new URLSearchParams());
              }}
            >
              Clear filters
            </button>
          )}
        </div>
      </form>

      <QueryView query={people} loadingLabel="Searching people…" errorTitle="The search failed">
        {(page) =>
          page.items.length === 0 ? (
            <EmptyState title={hasFilters ? 'No one matches this search' : 'No people yet'}>
              {hasFilters ? (
                <p>Try fewer words, another spelling, or clear some filters.</p>
              ) : (
                <p>
                  People appear here once they are imported. <Link to="/import">Import people</Link>.
                </p>
              )}
            </EmptyState>
          ) : (
            <div className={people.isPlaceholderData ? 'is-stale' : undefined} aria-busy={people.isFetching}>
              <PeopleTable people={page.items} caption="People matching the search" showManager />
              <Pagination
                noun="people"
                offset={filter.offset ?? 0}
                limit={PAGE_SIZE}
                total={page.total}
                onChange={(offset) =>
                  setParams((current) => {
                    const next = new URLSearchParams(current);
                    const pageNumber = Math.floor(offset / PAGE_SIZE) + 1;
                    if (pageNumber > 1) next.set('page', String(pageNumber));
                    else next.delete('page');
                    return next;
                  })
                }
              />
            </div>
          )
        }
      </QueryView>
    </div>
  );
}
