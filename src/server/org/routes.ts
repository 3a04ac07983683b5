import { z } from 'zod';
import { createDyadInput, dyad, dyadList, id, orgSummary, peoplePage, peopleQuery, personDetail } from '../../shared/org';
import { contextOf } from '../http/request-context';
import { typed, type RouteDeps } from '../http/types';
import { confirmDyad } from './confirm-dyad';
import { getOrgSummary } from './get-org-summary';
import { getPerson } from './get-person';
import { listDyadsWithSuggestions } from './list-dyads';
import { listPeople } from './list-people';
import { removeDyad } from './remove-dyad';

const tags = ['organisation'];

export function orgRoutes({ app, db }: RouteDeps): void {
  const routes = typed(app);

  routes.get('/api/org/summary', { schema: { tags, summary: 'Head-counts by function × level, regions, dyads', response: { 200: orgSummary } } }, (request) =>
    getOrgSummary(contextOf(request, db)),
  );

  routes.get('/api/people', { schema: { tags, summary: 'Search and filter people', querystring: peopleQuery, response: { 200: peoplePage } } }, (request) =>
    listPeople(contextOf(request, db), request.query),
  );

  routes.get(
    '/api/people/:id',
    { schema: { tags, summary: 'A person with their line, reports and counterparts', params: z.object({ id }), response: { 200: personDetail } } },
    (request) => getPerson(contextOf(request, db), request.params.id),
  );

  routes.get('/api/dyads', { schema: { tags, summary: 'Confirmed dyads and suggested counterparts', response: { 200: dyadList } } }, (request) =>
    listDyadsWithSuggestions(contextOf(request, db)),
  );

  routes.post(
    '/api/dyads',
    { schema: { tags, summary: 'Confirm a sales–marketing dyad (admin, analyst)', body: createDyadInput, response: { 201: dyad } } },
    async (request, reply) => reply.status(201).send(await confirmDyad(contextOf(request, db), request.body)),
  );

  routes.delete(
    '/api/dyads/:id',
    { schema: { tags, summary: 'Remove a dyad (admin, analyst)', params: z.object({ id }), response: { 204: z.null() } } },
    async (request, reply) => {
      await removeDyad(contextOf(request, db), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
