import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { Role } from '../../domain/org/types';
import { ErrorMessage } from '../ui/error-message';
import { Spinner } from '../ui/spinner';
import { ForbiddenPage } from '../shell/forbidden-page';
import { hasRole, useSession } from './session';

/** Renders its children for a signed-in user; otherwise sends them to sign in and back here after. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { user, isLoading, error, retry } = useSession();
  const location = useLocation();
  if (isLoading) {
    return (
      <div className="center-page">
        <Spinner label="Checking your session…" />
      </div>
    );
  }
  if (error) {
    return (
      <div className="center-page">
        <ErrorMessage error={error} title="Tandem could not check your session" onRetry={retry} />
      </div>
    );
  }
  if (!user) {
    const next = location.pathname + location.search;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  return <>{children}</>;
}

/** Shows a page only to the given roles; others get a plain explanation instead. */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { user } = useSession();
  if (!hasRole(user, roles)) return <ForbiddenPage roles={roles} />;
  return <>{children}</>;
}
