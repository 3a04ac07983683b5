import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Level } from '../../../domain/org/types';
import type { NetworkFunction, NetworkView } from '../../../shared/signals-network';
import { api } from '../../api/client';
import { signalsKey } from '../../dysfunction/dysfunction-api';

export interface NetworkFilters {
  level?: Level;
  function?: NetworkFunction;
  windowDays?: number;
  asOf?: string;
}

export function useNetwork(filters: NetworkFilters) {
  return useQuery({
    queryKey: [...signalsKey, 'network', filters],
    queryFn: ({ signal }) => api<NetworkView>('/api/signals/network', { query: { ...filters }, signal }),
    placeholderData: keepPreviousData,
  });
}
