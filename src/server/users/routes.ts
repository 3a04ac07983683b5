import { z } from 'zod';
import { id } from '../../shared/org';
import { createUserInput, updateUserInput, userList, userView } from '../../shared/users';
import { contextOf } from '../http/request-context';
import { typed, type RouteDeps } from '../http/types';
import { createUser } from './create-user';
import { listUsers } from './list-users';
import { updateUser } from './update-user';

const tags = ['users'];

export function userRoutes({ app, db }: RouteDeps): void {
  const routes = typed(app);

  routes.get('/api/users', { schema: { tags, summary: 'Users of your organisation (admin)', response: { 200: userList } } }, async (request) => ({
    items: await listUsers(contextOf(request, db)),
  }));

  routes.post('/api/users', { schema: { tags, summary: 'Add a user (admin)', body: createUserInput, response: { 201: userView } } }, async (request, reply) =>
    reply.status(201).send(await createUser(contextOf(request, db), request.body)),
  );

  routes.patch(
    '/api/users/:id',
    { schema: { tags, summary: "Change a user's role or deactivate them (admin)", params: z.object({ id }), body: updateUserInput, response: { 200: userView } } },
    (request) => updateUser(contextOf(request, db), request.params.id, request.body),
  );
}
