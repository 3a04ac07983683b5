import { Link } from 'react-router';
import type { Role } from '../../domain/org/types';
import { usePageTitle } from '../ui/use-page-title';
import { roleLabels } from './modules';

export function ForbiddenPage({ roles }: { roles: readonly Role[] }) {
  usePageTitle('No access');
  const names = roles.map((role) => roleLabels[role]).join(' or ');
  return (
    <div className="page page--narrow">
      <h1>You don't have access to this page</h1>
      <p>
        Only a user with the {names} role can use it. Ask an admin of your organisation if you need it.
      </p>
      <p>
        <Link to="/org">Go to the organisation explorer</Link>
      </p>
    </div>
  );
}
