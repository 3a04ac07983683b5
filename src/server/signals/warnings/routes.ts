import { acknowledgeInput, scanResult, warningIdParams, warningList, warningListQuery, warningView } from '../../../shared/signals-warnings';
import { contextOf } from '../../http/request-context';
import { typed, type RouteDeps } from '../../http/types';
import { acknowledgeWarning, reopenWarning } from './acknowledge-warning';
import { getWarning, listWarnings } from './read-warnings';
import { scanWarnings } from './scan-warnings';
import { createWarningScheduler } from './warning-schedule';

const tags = ['signals'];
const params = { params: warningIdParams };

export function warningRoutes({ app, db, config }: RouteDeps): void {
  const routes = typed(app);

  routes.get('/api/signals/warnings', { schema: { tags, summary: 'Early warnings, newest first (leader, analyst, admin)', querystring: warningListQuery, response: { 200: warningList } } }, (request) =>
    listWarnings(contextOf(request, db), request.query),
  );
  routes.post('/api/signals/warnings/scan', { schema: { tags, summary: 'Scan for early warnings now (admin, analyst)', response: { 200: scanResult } } }, (request) =>
    scanWarnings(contextOf(request, db), new Date()),
  );
  routes.get('/api/signals/warnings/:id', { schema: { tags, summary: 'One early warning with its evidence and links', ...params, response: { 200: warningView } } }, (request) =>
    getWarning(contextOf(request, db), request.params.id),
  );
  routes.post(
    '/api/signals/warnings/:id/acknowledge',
    { schema: { tags, summary: 'Acknowledge a warning, with an optional note (409 when already acknowledged)', ...params, body: acknowledgeInput.nullish(), response: { 200: warningView } } },
    (request) => acknowledgeWarning(contextOf(request, db), { id: request.params.id, note: request.body?.note, now: new Date() }),
  );
  routes.post('/api/signals/warnings/:id/reopen', { schema: { tags, summary: 'Reopen an acknowledged warning (409 when open)', ...params, response: { 200: warningView } } }, (request) =>
    reopenWarning(contextOf(request, db), request.params.id),
  );

  // Scans after every committed API ingest, once the answer is sent (the ingest route is the signals module's).
  const scheduler = createWarningScheduler({ db, config, log: app.log });
  app.addHook('onResponse', async (request, reply) => {
    if (request.method === 'POST' && request.routeOptions.url === '/api/events/batch' && reply.statusCode === 200 && request.session) {
      scheduler.afterIngest(request.session.user.orgId);
    }
  });
  app.addHook('onClose', () => scheduler.close());
}
