import { z } from 'zod';
import { notificationList } from '../../shared/buyin';
import { id } from '../../shared/org';
import { contextOf } from '../http/request-context';
import { typed, type RouteDeps } from '../http/types';
import { listNotifications } from './list-notifications';
import { markNotificationsRead } from './mark-notifications-read';

const tags = ['notifications'];
const marked = z.object({ marked: z.number().int() });

export function notificationRoutes({ app, db }: RouteDeps): void {
  const routes = typed(app);
  routes.get('/api/notifications', { schema: { tags, summary: 'My latest notifications and the unread count', response: { 200: notificationList } } }, (request) =>
    listNotifications(contextOf(request, db)),
  );
  routes.post('/api/notifications/read', { schema: { tags, summary: 'Mark all my notifications read', response: { 200: marked } } }, (request) =>
    markNotificationsRead(contextOf(request, db)),
  );
  routes.post(
    '/api/notifications/:id/read',
    { schema: { tags, summary: 'Mark one of my notifications read', params: z.object({ id }), response: { 200: marked } } },
    (request) => markNotificationsRead(contextOf(request, db), request.params.id),
  );
}
