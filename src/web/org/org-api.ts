import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Dyad, DyadList, OrgSummary, PeoplePage, PersonDetail } from '../../shared/org';
import type { Level, PersonFunction } from '../../domain/org/types';
import { api } from '../api/client';

/** Every organisation query starts with this key, so one invalidation refreshes them all after a change. */
export const orgKey = ['org'] as const;

export interface PeopleFilter {
  q?: string;
  function?: PersonFunction;
  level?: Level;
  region?: string;
  managerId?: string;
  roots?: boolean;
  limit?: number;
  offset?: number;
}

export function fetchPeople(filter: PeopleFilter, signal?: AbortSignal): Promise<PeoplePage> {
  return api<PeoplePage>('/api/people', { query: { ...filter }, signal });
}

export function useOrgSummary() {
  return useQuery({
    queryKey: [...orgKey, 'summary'],
    queryFn: ({ signal }) => api<OrgSummary>('/api/org/summary', { signal }),
  });
}

export function usePeople(filter: PeopleFilter) {
  return useQuery({
    queryKey: [...orgKey, 'people', filter],
    queryFn: ({ signal }) => fetchPeople(filter, signal),
    placeholderData: keepPreviousData,
  });
}

export function personQueryKey(id: string) {
  return [...orgKey, 'person', id] as const;
}

export function usePerson(id: string) {
  return useQuery({
    queryKey: personQueryKey(id),
    queryFn: ({ signal }) => api<PersonDetail>(`/api/people/${encodeURIComponent(id)}`, { signal }),
    staleTime: 60_000,
  });
}

export function useDyads() {
  return useQuery({
    queryKey: [...orgKey, 'dyads'],
    queryFn: ({ signal }) => api<DyadList>('/api/dyads', { signal }),
  });
}

export interface DyadPairIds {
  salesPersonId: string;
  marketingPersonId: string;
}

export function createDyad(pair: DyadPairIds): Promise<Dyad> {
  return api<Dyad>('/api/dyads', { method: 'POST', body: pair });
}

export function useCreateDyad() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createDyad,
    onSettled: () => queryClient.invalidateQueries({ queryKey: orgKey }),
  });
}

export function useDeleteDyad() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (dyad: Dyad) => api<void>(`/api/dyads/${encodeURIComponent(dyad.id)}`, { method: 'DELETE' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: orgKey }),
  });
}
