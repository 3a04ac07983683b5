import type { Level, PersonFunction } from '../../domain/org/types';
import { useCurrentUser } from '../auth/session';
import { useQuery } from '@tanstack/react-query';
import type { PersonDetail } from '../../shared/org';
import { api } from '../api/client';
import { personQueryKey } from '../org/org-api';

export interface Viewer {
  personId: string | null;
  function: PersonFunction | null;
  level: Level | null;
  region: string | null;
  /** Marketing people (any role), leaders and admins run initiatives; the server checks again. */
  isMarketer: boolean;
  /** Auditors read and change nothing. */
  readOnly: boolean;
}

/** Who is looking, in buy-in terms: the signed-in user's person (function, level, region) and what follows from it. */
export function useViewer(): Viewer {
  const user = useCurrentUser();
  const person = useQuery({
    queryKey: personQueryKey(user.personId ?? ''),
    queryFn: ({ signal }) => api<PersonDetail>(`/api/people/${encodeURIComponent(user.personId ?? '')}`, { signal }),
    enabled: user.personId !== null,
    staleTime: 60_000,
  });
  const me = user.personId ? person.data?.person : undefined;
  return {
    personId: user.personId,
    function: me?.function ?? null,
    level: me?.level ?? null,
    region: me?.region ?? null,
    isMarketer: user.role === 'leader' || user.role === 'admin' || (user.role !== 'auditor' && me?.function === 'marketing'),
    readOnly: user.role === 'auditor',
  };
}
