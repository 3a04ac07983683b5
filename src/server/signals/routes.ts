import { limits } from '../../shared/limits';
import { eventBatchInput, eventBatchQuery, ingestReport, pairRollupList, pairRollupQuery, unitRollupList, unitRollupQuery } from '../../shared/signals';
import { contextOf } from '../http/request-context';
import { typed, type RouteDeps } from '../http/types';
import { ingestEvents } from './ingest-events';
import { listPairRollups } from './list-pair-rollups';
import { listUnitRollups } from './list-unit-rollups';

const tags = ['signals'];

export function signalRoutes({ app, db }: RouteDeps): void {
  const routes = typed(app);

  routes.post(
    '/api/events/batch',
    {
      bodyLimit: limits.eventBatchBytes,
      schema: {
        tags,
        summary: `Ingest up to ${limits.eventBatchMax} interaction events (admin, analyst)`,
        description:
          'A JSON array of events; people by e-mail or id. Idempotent on externalId (an event without one gets an id derived from its content). onError=abort (default) stores nothing if any event is rejected (422, the report in error.details); onError=skip stores the valid ones and reports the rest.',
        querystring: eventBatchQuery,
        body: eventBatchInput,
        response: { 200: ingestReport },
      },
    },
    (request) =>
      ingestEvents(contextOf(request, db), {
        source: { kind: 'items', items: request.body },
        onError: request.query.onError,
        now: new Date(),
      }),
  );

  routes.get(
    '/api/signals/rollups/pairs',
    { schema: { tags, summary: 'Interaction rollup per directed pair per UTC day (leader, analyst, admin)', querystring: pairRollupQuery, response: { 200: pairRollupList } } },
    async (request) => {
      const { items, truncated } = await listPairRollups(contextOf(request, db), request.query);
      return { items: items.map((row) => ({ ...row, lastAt: row.lastAt.toISOString() })), truncated };
    },
  );

  routes.get(
    '/api/signals/rollups/units',
    { schema: { tags, summary: 'Interaction rollup per unit, level and function per ISO week (leader, analyst, admin)', querystring: unitRollupQuery, response: { 200: unitRollupList } } },
    (request) => listUnitRollups(contextOf(request, db), request.query),
  );
}
