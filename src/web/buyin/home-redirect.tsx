import { Navigate } from 'react-router';
import { useCurrentUser } from '../auth/session';

/** Members (sales and marketing people) start on what is waiting for them; the other roles on the organisation. */
export function HomeRedirect() {
  const user = useCurrentUser();
  return <Navigate to={user.role === 'member' ? '/waiting' : '/org'} replace />;
}
