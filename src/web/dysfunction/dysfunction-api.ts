import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AggregateView,
  AnswerSupportRequestInput,
  CreateIncidentInput,
  CreateSupportRequestInput,
  DyadViewResult,
  IncidentList,
  IncidentView,
  JournalEntryInput,
  JournalEntryView,
  RatesView,
  SharedEntryView,
  SupportList,
  SupportRequestView,
} from '../../shared/dysfunction';
import type { PersonDetail } from '../../shared/org';
import { api } from '../api/client';

/** Every signals query starts with this key, so one invalidation refreshes them after a change. */
export const signalsKey = ['signals'] as const;

export function useSupportRequests(box: 'asked' | 'to_answer') {
  return useQuery({ queryKey: [...signalsKey, 'support', box], queryFn: ({ signal }) => api<SupportList>('/api/support-requests', { query: { box }, signal }) });
}

export function useSupportRequest(id: string) {
  return useQuery({ queryKey: [...signalsKey, 'support', 'one', id], queryFn: ({ signal }) => api<SupportRequestView>(`/api/support-requests/${encodeURIComponent(id)}`, { signal }) });
}

export function usePromiseRates(window: { since?: string; until?: string }) {
  return useQuery({ queryKey: [...signalsKey, 'rates', window], queryFn: ({ signal }) => api<RatesView>('/api/support-requests/rates', { query: window, signal }) });
}

function useSignalsMutation<Input, Output>(call: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: call, onSettled: () => queryClient.invalidateQueries({ queryKey: signalsKey }) });
}

export const useCreateSupportRequest = () =>
  useSignalsMutation((input: CreateSupportRequestInput) => api<SupportRequestView>('/api/support-requests', { method: 'POST', body: input }));

export const useAnswerSupportRequest = (id: string) =>
  useSignalsMutation((input: AnswerSupportRequestInput) => api<SupportRequestView>(`/api/support-requests/${encodeURIComponent(id)}/answer`, { method: 'POST', body: input }));

export const useRecordDelivery = (id: string) =>
  useSignalsMutation((input: { note?: string }) => api<SupportRequestView>(`/api/support-requests/${encodeURIComponent(id)}/delivery`, { method: 'POST', body: input }));

export interface IncidentFilter {
  level?: string;
  kind?: string;
  status?: string;
}

export function useIncidentLog(filter: IncidentFilter, enabled: boolean) {
  return useQuery({ queryKey: [...signalsKey, 'incidents', filter], queryFn: ({ signal }) => api<IncidentList>('/api/incidents', { query: { ...filter }, signal }), enabled });
}

export function useMyIncidents() {
  return useQuery({ queryKey: [...signalsKey, 'incidents', 'mine'], queryFn: ({ signal }) => api<IncidentList>('/api/incidents/mine', { signal }) });
}

export const useReportIncident = () => useSignalsMutation((input: CreateIncidentInput) => api<IncidentView>('/api/incidents', { method: 'POST', body: input }));

export const useResolveIncident = (id: string) =>
  useSignalsMutation((input: { status: string; resolutionNote: string }) => api<IncidentView>(`/api/incidents/${encodeURIComponent(id)}/resolution`, { method: 'PUT', body: input }));

export function useJournal() {
  return useQuery({ queryKey: [...signalsKey, 'journal'], queryFn: ({ signal }) => api<{ items: JournalEntryView[] }>('/api/journal', { signal }) });
}

export const useWriteJournalEntry = () => useSignalsMutation((input: JournalEntryInput) => api<JournalEntryView>('/api/journal', { method: 'POST', body: input }));

export const useUpdateJournalEntry = () =>
  useSignalsMutation(({ id, input }: { id: string; input: JournalEntryInput }) => api<JournalEntryView>(`/api/journal/${encodeURIComponent(id)}`, { method: 'PUT', body: input }));

export const useDeleteJournalEntry = () => useSignalsMutation((id: string) => api<void>(`/api/journal/${encodeURIComponent(id)}`, { method: 'DELETE' }));

export function useJournalAggregate(filter: { function?: string; level?: string; dysfunction?: string }) {
  return useQuery({ queryKey: [...signalsKey, 'aggregate', filter], queryFn: ({ signal }) => api<AggregateView>('/api/journal/aggregate', { query: { ...filter }, signal }) });
}

export function useJournalDyad(dysfunction: string, level: string) {
  return useQuery({ queryKey: [...signalsKey, 'dyad', dysfunction, level], queryFn: ({ signal }) => api<DyadViewResult>('/api/journal/dyad', { query: { dysfunction, level }, signal }) });
}

export function useSharedEntries(enabled: boolean) {
  return useQuery({ queryKey: [...signalsKey, 'shared'], queryFn: ({ signal }) => api<{ items: SharedEntryView[] }>('/api/journal/shared', { signal }), enabled });
}

/** The signed-in user's own person (function, level, region), when the account is linked to one. */
export function useMyPerson(personId: string | null) {
  return useQuery({
    queryKey: ['org', 'person', personId],
    queryFn: ({ signal }) => api<PersonDetail>(`/api/people/${encodeURIComponent(personId ?? '')}`, { signal }),
    enabled: personId !== null,
    staleTime: 60_000,
  });
}
