import { networkQuery, networkView } from '../../../shared/signals-network';
import { contextOf } from '../../http/request-context';
import { typed, type RouteDeps } from '../../http/types';
import { getNetwork } from './get-network';

export function networkRoutes({ app, db }: RouteDeps): void {
  typed(app).get(
    '/api/signals/network',
    {
      schema: {
        tags: ['signals'],
        summary: 'The cross-functional network per level: density, brokers, isolated people, communities (leader, analyst, admin)',
        description:
          'Ties from the pair rollup over windowDays ending at asOf (strength from frequency, reciprocity and recency). Group figures (a level, a function at a level, a community) for fewer people than the reporting minimum are suppressed. People and ties are listed individually; at most limits.networkNodesMax people are drawn (truncated says so).',
        querystring: networkQuery,
        response: { 200: networkView },
      },
    },
    (request) => getNetwork(contextOf(request, db), request.query),
  );
}
