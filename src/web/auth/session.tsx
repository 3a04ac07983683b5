import { createContext, useCallback, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import type { LoginInput, SessionResponse, SessionUser } from '../../shared/auth';
import type { Role } from '../../domain/org/types';
import { ApiError, api, setCsrfToken, setUnauthenticatedHandler } from '../api/client';

export const sessionQueryKey = ['session'] as const;

interface SessionContextValue {
  user: SessionUser | null;
  isLoading: boolean;
  error: Error | null;
  retry: () => void;
  signIn: (input: LoginInput) => Promise<SessionUser>;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

async function fetchSession(): Promise<SessionResponse | null> {
  try {
    return await api<SessionResponse>('/api/auth/session', { allowUnauthenticated: true });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

/** Only same-site paths are followed after sign-in, so a crafted link cannot send the user elsewhere. */
export function safeNextPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/sign-in')) return '/';
  return next;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const session = useQuery({ queryKey: sessionQueryKey, queryFn: fetchSession, staleTime: Infinity, retry: 1 });

  const csrfToken = session.data?.csrfToken ?? null;
  // Set during render as well as in the effect, so the first mutation after sign-in already carries it.
  setCsrfToken(csrfToken);
  useEffect(() => setCsrfToken(csrfToken), [csrfToken]);

  useEffect(() => {
    setUnauthenticatedHandler(() => {
      const { pathname, search } = window.location;
      if (pathname === '/sign-in') return;
      queryClient.setQueryData(sessionQueryKey, null);
      navigate(`/sign-in?next=${encodeURIComponent(pathname + search)}`, { replace: true });
    });
    return () => setUnauthenticatedHandler(null);
  }, [queryClient, navigate]);

  const signIn = useCallback(
    async (input: LoginInput) => {
      const response = await api<SessionResponse>('/api/auth/login', {
        method: 'POST',
        body: input,
        allowUnauthenticated: true,
      });
      setCsrfToken(response.csrfToken);
      queryClient.setQueryData(sessionQueryKey, response);
      return response.user;
    },
    [queryClient],
  );

  const signOut = useCallback(async () => {
    try {
      await api<void>('/api/auth/logout', { method: 'POST', allowUnauthenticated: true });
    } finally {
      setCsrfToken(null);
      queryClient.clear();
      queryClient.setQueryData(sessionQueryKey, null);
      navigate('/sign-in', { replace: true });
    }
  }, [queryClient, navigate]);

  const value = useMemo<SessionContextValue>(
    () => ({
      user: session.data?.user ?? null,
      isLoading: session.isPending,
      error: session.error,
      retry: () => void session.refetch(),
      signIn,
      signOut,
    }),
    [session.data, session.isPending, session.error, session.refetch, signIn, signOut],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>.');
  return value;
}

/** The signed-in user; only for pages rendered inside <RequireAuth>. */
export function useCurrentUser(): SessionUser {
  const { user } = useSession();
  if (!user) throw new Error('useCurrentUser needs a signed-in user.');
  return user;
}

export function hasRole(user: SessionUser | null, roles: readonly Role[]): boolean {
  return user !== null && roles.includes(user.role);
}

/** Roles that may change the organisation: import people, confirm and remove dyads. */
export const ORG_EDITOR_ROLES: readonly Role[] = ['admin', 'analyst'];
export const ADMIN_ROLES: readonly Role[] = ['admin'];
