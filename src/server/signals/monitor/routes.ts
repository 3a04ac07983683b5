import { z } from 'zod';
import { drillQuery, dyadDrillView, dyadParams, monitorLimits, monitorQuery, monitorView, unitDrillView, type MonitorView } from '../../../shared/signals-monitor';
import { contextOf } from '../../http/request-context';
import { typed, type RouteDeps } from '../../http/types';
import { getDyadDrill } from './get-dyad-drill';
import { getMonitorJson } from './get-monitor';
import { getUnitDrill } from './get-unit-drill';

const tags = ['signals: monitor'];

export function monitorRoutes({ app, db }: RouteDeps): void {
  const routes = typed(app);

  routes.get(
    '/api/signals/monitor',
    {
      schema: {
        tags,
        summary: 'Dysfunction monitor: level × function × indicator, with trends and the unit list (leader, analyst, admin)',
        description:
          'From the unit-week rollup only. Current = the last 4 complete ISO weeks on asOf; change against the 12 weeks before. Groups smaller than the reporting minimum, and groups that would give one back by subtraction, are suppressed (no values). Cached per org and signals revision.',
        querystring: monitorQuery,
        response: { 200: monitorView },
      },
    },
    // The cached answer is already checked against monitorView and serialised: send its text as it is.
    async (request, reply) => reply.type('application/json; charset=utf-8').send((await getMonitorJson(contextOf(request, db), request.query)) as unknown as MonitorView),
  );

  routes.get(
    '/api/signals/monitor/units/:unit',
    {
      schema: {
        tags,
        summary: `One unit: its heatmap with weekly series, and its cross-function dyads over ${monitorLimits.dyadWindowDays} days (leader, analyst, admin)`,
        params: z.object({ unit: z.string().min(1).max(monitorLimits.unitNameMax) }),
        querystring: drillQuery,
        response: { 200: unitDrillView },
      },
    },
    (request) => getUnitDrill(contextOf(request, db), request.params.unit, request.query),
  );

  routes.get(
    '/api/signals/monitor/dyads/:salesPersonId/:marketingPersonId',
    {
      schema: {
        tags,
        summary: 'One sales–marketing dyad: weekly contacts each way, paucity, support asked and promises kept (leader, analyst, admin)',
        params: dyadParams,
        querystring: drillQuery,
        response: { 200: dyadDrillView },
      },
    },
    (request) => getDyadDrill(contextOf(request, db), request.params, request.query),
  );
}
