import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ScanResult, WarningList, WarningListQuery, WarningView } from '../../../shared/signals-warnings';
import { api } from '../../api/client';

const warningsKey = ['signals', 'warnings'] as const;

export function useWarnings(filter: WarningListQuery) {
  return useQuery({ queryKey: [...warningsKey, filter], queryFn: ({ signal }) => api<WarningList>('/api/signals/warnings', { query: { ...filter }, signal }) });
}

function useWarningsMutation<Input, Output>(call: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: call, onSettled: () => queryClient.invalidateQueries({ queryKey: warningsKey }) });
}

export const useScanWarnings = () => useWarningsMutation(() => api<ScanResult>('/api/signals/warnings/scan', { method: 'POST' }));

export const useAcknowledgeWarning = (id: string) =>
  useWarningsMutation((note: string) => api<WarningView>(`/api/signals/warnings/${encodeURIComponent(id)}/acknowledge`, { method: 'POST', body: note.trim() ? { note } : {} }));

export const useReopenWarning = (id: string) => useWarningsMutation(() => api<WarningView>(`/api/signals/warnings/${encodeURIComponent(id)}/reopen`, { method: 'POST' }));
