import { ROLES, type Role } from '../../domain/org/types';
import type { UserView } from '../../shared/users';
import { useCurrentUser } from '../auth/session';
import { roleLabels } from '../shell/modules';
import { Badge } from '../ui/badge';
import { EmptyState } from '../ui/empty-state';
import { errorText } from '../ui/error-message';
import { QueryView } from '../ui/query-view';
import { Table } from '../ui/table';
import { formatDateTime } from '../ui/format';
import { usePageTitle } from '../ui/use-page-title';
import { AddUserForm } from './add-user-form';
import { useUpdateUser, useUsers } from './users-api';
import './users.css';

export function UsersPage() {
  usePageTitle('Users');
  const users = useUsers();
  return (
    <div className="page">
      <header className="page-header">
        <h1>Users</h1>
        <p className="page-header__lead">
          Who can sign in to Tandem and what they may do. Admins manage users; analysts import data and confirm dyads;
          leaders and members use the product.
        </p>
      </header>
      <section className="section" aria-labelledby="users-heading">
        <h2 id="users-heading">All users</h2>
        <QueryView query={users} loadingLabel="Loading users…">
          {(data) =>
            data.items.length === 0 ? (
              <EmptyState title="No users yet">
                <p>Add the first user with the form below.</p>
              </EmptyState>
            ) : (
              <UsersTable users={data.items} />
            )
          }
        </QueryView>
      </section>
      <section className="section" aria-labelledby="add-user-heading">
        <h2 id="add-user-heading">Add user</h2>
        <AddUserForm />
      </section>
    </div>
  );
}

function UsersTable({ users }: { users: UserView[] }) {
  const sorted = [...users].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <Table caption="Users of your organisation" captionHidden>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">E-mail</th>
          <th scope="col">Role</th>
          <th scope="col">Active</th>
          <th scope="col">Last sign-in</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((user) => (
          <UserRow key={user.id} user={user} />
        ))}
      </tbody>
    </Table>
  );
}

function UserRow({ user }: { user: UserView }) {
  const me = useCurrentUser();
  const update = useUpdateUser(user.id);
  const isMe = me.id === user.id;
  const roleId = `role-${user.id}`;
  const errorId = `user-error-${user.id}`;

  return (
    <tr className={user.active ? undefined : 'row--muted'}>
      <th scope="row" className="cell-name">
        {user.name}
        {isMe && (
          <>
            {' '}
            <Badge tone="info">You</Badge>
          </>
        )}
        {update.isError && (
          <span className="cell-error" id={errorId} role="alert">
            {errorText(update.error)}
          </span>
        )}
      </th>
      <td>{user.email}</td>
      <td>
        <label htmlFor={roleId} className="sr-only">
          Role of {user.name}
        </label>
        <select
          id={roleId}
          className="select--compact"
          value={user.role}
          disabled={isMe || update.isPending}
          title={isMe ? 'You cannot change your own role.' : undefined}
          aria-describedby={update.isError ? errorId : undefined}
          onChange={(event) => update.mutate({ role: event.target.value as Role })}
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {roleLabels[role]}
            </option>
          ))}
        </select>
      </td>
      <td>
        <label className="toggle">
          <input
            type="checkbox"
            checked={user.active}
            disabled={isMe || update.isPending}
            aria-describedby={update.isError ? errorId : undefined}
            onChange={(event) => update.mutate({ active: event.target.checked })}
          />
          <span className="toggle__track" aria-hidden="true" />
          <span className="toggle__text">
            Active<span className="sr-only"> – {user.name}</span>
          </span>
        </label>
      </td>
      <td>{formatDateTime(user.lastSignInAt)}</td>
    </tr>
  );
}
