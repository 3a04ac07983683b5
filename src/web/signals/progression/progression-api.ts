import { useQuery } from '@tanstack/react-query';
import type { ProgressionView, PropositionsView, UnitProgressionDetail } from '../../../shared/signals-progression';
import { api } from '../../api/client';
import { signalsKey } from '../../dysfunction/dysfunction-api';

export function useProgression(weeks: number) {
  return useQuery({
    queryKey: [...signalsKey, 'progression', weeks],
    queryFn: ({ signal }) => api<ProgressionView>('/api/signals/progression', { query: { weeks }, signal }),
    staleTime: 60_000,
  });
}

export function useUnitProgression(unit: string | null, weeks: number) {
  return useQuery({
    queryKey: [...signalsKey, 'progression', weeks, 'unit', unit],
    queryFn: ({ signal }) => api<UnitProgressionDetail>(`/api/signals/progression/units/${encodeURIComponent(unit ?? '')}`, { query: { weeks }, signal }),
    enabled: unit !== null,
    staleTime: 60_000,
  });
}

export function usePropositions(weeks: number) {
  return useQuery({
    queryKey: [...signalsKey, 'propositions', weeks],
    queryFn: ({ signal }) => api<PropositionsView>('/api/signals/propositions', { query: { weeks }, signal }),
    staleTime: 60_000,
  });
}
