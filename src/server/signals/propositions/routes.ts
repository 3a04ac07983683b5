import { propositionsQuery, propositionsView } from '../../../shared/signals-progression';
import { contextOf } from '../../http/request-context';
import { typed, type RouteDeps } from '../../http/types';
import { getPropositions } from './get-propositions';

export function propositionRoutes({ app, db }: RouteDeps): void {
  typed(app).get(
    '/api/signals/propositions',
    {
      schema: {
        tags: ['signals: propositions'],
        summary: "DOMAIN.md §5 propositions on the firm's own units: exploratory effect sizes (leader, analyst, admin)",
        description:
          'For each direction of DOMAIN.md §5: the measures used, n units, Spearman rho, the standardised slope, a 95% bootstrap interval and a verdict. EXPLORATORY: observational data from one firm. Units and groups below the reporting minimum never contribute.',
        querystring: propositionsQuery,
        response: { 200: propositionsView },
      },
    },
    (request) => getPropositions(contextOf(request, db), request.query, new Date()),
  );
}
