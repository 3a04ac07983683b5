import { progressionQuery, progressionUnitParams, progressionView, unitProgressionDetail } from '../../../shared/signals-progression';
import { contextOf } from '../../http/request-context';
import { typed, type RouteDeps } from '../../http/types';
import { getProgression, getUnitProgression } from './get-progression';

const tags = ['signals: progression'];

export function progressionRoutes({ app, db }: RouteDeps): void {
  const routes = typed(app);
  routes.get(
    '/api/signals/progression',
    {
      schema: {
        tags,
        summary: 'Which dysfunction moves first, per unit (leader, analyst, admin)',
        description:
          'Per unit (region): the weekly scores of communication paucity, lack of collaboration and overt conflict over `weeks` full weeks before `asOf`, both progression methods with their uncertainty, and the earliest-moving dysfunction. Units smaller than the reporting minimum are suppressed. Cached for a few minutes per org, weeks and day.',
        querystring: progressionQuery,
        response: { 200: progressionView },
      },
    },
    (request) => getProgression(contextOf(request, db), request.query, new Date()),
  );
  routes.get(
    '/api/signals/progression/units/:unit',
    {
      schema: {
        tags,
        summary: "One unit's progression in full, with the weekly indicators its scores come from (leader, analyst, admin)",
        params: progressionUnitParams,
        querystring: progressionQuery,
        response: { 200: unitProgressionDetail },
      },
    },
    (request) => getUnitProgression(contextOf(request, db), request.params.unit, request.query, new Date()),
  );
}
