import { useQuery } from '@tanstack/react-query';
import type { DyadDrillView, MonitorView, UnitDrillView } from '../../../shared/signals-monitor';
import { api } from '../../api/client';
import { signalsKey } from '../../dysfunction/dysfunction-api';

export interface MonitorParams {
  weeks: number;
  asOf?: string;
}

const query = (params: MonitorParams) => ({ weeks: params.weeks, asOf: params.asOf || undefined });

export function useMonitor(params: MonitorParams) {
  return useQuery({ queryKey: [...signalsKey, 'monitor', params], queryFn: ({ signal }) => api<MonitorView>('/api/signals/monitor', { query: query(params), signal }) });
}

export function useUnitDrill(unit: string, params: MonitorParams) {
  return useQuery({
    queryKey: [...signalsKey, 'monitor', 'unit', unit, params],
    queryFn: ({ signal }) => api<UnitDrillView>(`/api/signals/monitor/units/${encodeURIComponent(unit)}`, { query: query(params), signal }),
  });
}

export function useDyadDrill(salesId: string, marketingId: string, params: MonitorParams) {
  return useQuery({
    queryKey: [...signalsKey, 'monitor', 'dyad', salesId, marketingId, params],
    queryFn: ({ signal }) => api<DyadDrillView>(`/api/signals/monitor/dyads/${encodeURIComponent(salesId)}/${encodeURIComponent(marketingId)}`, { query: query(params), signal }),
  });
}
