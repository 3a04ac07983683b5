import { z } from 'zod';
import {
  aggregateQuery,
  aggregateView,
  answerSupportRequestInput,
  createIncidentInput,
  createSupportRequestInput,
  dyadQuery,
  dyadViewResult,
  incidentList,
  incidentQuery,
  incidentView,
  journalEntryInput,
  journalEntryList,
  journalEntryView,
  ratesQuery,
  ratesView,
  recordDeliveryInput,
  sharedEntryList,
  supportList,
  supportListQuery,
  supportRequestView,
  updateIncidentInput,
} from '../../shared/dysfunction';
import { id } from '../../shared/org';
import { contextOf } from '../http/request-context';
import { typed, type RouteDeps } from '../http/types';
import { answerSupportRequest } from './answer-support-request';
import { createSupportRequest } from './create-support-request';
import { deleteJournalEntry } from './delete-journal-entry';
import { getJournalAggregate } from './get-journal-aggregate';
import { getJournalDyad } from './get-journal-dyad';
import { getPromiseRates } from './get-promise-rates';
import { getSupportRequest } from './get-support-request';
import { listIncidents } from './list-incidents';
import { listJournalEntries } from './list-journal-entries';
import { listMyIncidents } from './list-my-incidents';
import { listSharedJournalEntries } from './list-shared-journal-entries';
import { listSupportRequests } from './list-support-requests';
import { recordSupportDelivery } from './record-support-delivery';
import { reportIncident } from './report-incident';
import { resolveIncident } from './resolve-incident';
import { updateJournalEntry } from './update-journal-entry';
import { writeJournalEntry } from './write-journal-entry';

const params = { params: z.object({ id }) };

export function dysfunctionRoutes({ app, db }: RouteDeps): void {
  const routes = typed(app);
  const support = ['signals: support requests'];
  const conflict = ['signals: incidents'];
  const journal = ['signals: journal'];

  routes.get('/api/support-requests', { schema: { tags: support, summary: 'My support requests: asked by me, or for me to answer', querystring: supportListQuery, response: { 200: supportList } } }, (request) =>
    listSupportRequests(contextOf(request, db), request.query),
  );
  routes.post('/api/support-requests', { schema: { tags: support, summary: 'Ask the other function for support', body: createSupportRequestInput, response: { 201: supportRequestView } } }, async (request, reply) =>
    reply.status(201).send(await createSupportRequest(contextOf(request, db), request.body)),
  );
  routes.get('/api/support-requests/rates', { schema: { tags: support, summary: 'Promise-keeping rates by function, level and unit (leaders, analysts, admins)', querystring: ratesQuery, response: { 200: ratesView } } }, (request) =>
    getPromiseRates(contextOf(request, db), request.query),
  );
  routes.get('/api/support-requests/:id', { schema: { tags: support, summary: 'A support request with its timeline', ...params, response: { 200: supportRequestView } } }, (request) =>
    getSupportRequest(contextOf(request, db), request.params.id),
  );
  routes.post('/api/support-requests/:id/answer', { schema: { tags: support, summary: 'Accept with a promised date, or decline with a reason', ...params, body: answerSupportRequestInput, response: { 200: supportRequestView } } }, (request) =>
    answerSupportRequest(contextOf(request, db), request.params.id, request.body),
  );
  routes.post('/api/support-requests/:id/delivery', { schema: { tags: support, summary: 'Record that the promised support was delivered', ...params, body: recordDeliveryInput, response: { 200: supportRequestView } } }, (request) =>
    recordSupportDelivery(contextOf(request, db), request.params.id, request.body),
  );

  routes.post('/api/incidents', { schema: { tags: conflict, summary: 'Report a conflict incident (anyone)', body: createIncidentInput, response: { 201: incidentView } } }, async (request, reply) =>
    reply.status(201).send(await reportIncident(contextOf(request, db), request.body)),
  );
  routes.get('/api/incidents', { schema: { tags: conflict, summary: 'The incident log (leaders, analysts, admins); the reporter is never named to others', querystring: incidentQuery, response: { 200: incidentList } } }, (request) =>
    listIncidents(contextOf(request, db), request.query),
  );
  routes.get('/api/incidents/mine', { schema: { tags: conflict, summary: 'Incidents I reported', response: { 200: incidentList } } }, (request) => listMyIncidents(contextOf(request, db)));
  routes.put('/api/incidents/:id/resolution', { schema: { tags: conflict, summary: 'Set the status and resolution note (leaders, analysts, admins)', ...params, body: updateIncidentInput, response: { 200: incidentView } } }, (request) =>
    resolveIncident(contextOf(request, db), request.params.id, request.body),
  );

  routes.get('/api/journal', { schema: { tags: journal, summary: 'My journal entries (only ever my own)', response: { 200: journalEntryList } } }, (request) => listJournalEntries(contextOf(request, db)));
  routes.post('/api/journal', { schema: { tags: journal, summary: 'Write a private journal entry', body: journalEntryInput, response: { 201: journalEntryView } } }, async (request, reply) =>
    reply.status(201).send(await writeJournalEntry(contextOf(request, db), request.body)),
  );
  routes.get('/api/journal/shared', { schema: { tags: journal, summary: 'Entries their authors shared, without authors (analysts)', response: { 200: sharedEntryList } } }, (request) =>
    listSharedJournalEntries(contextOf(request, db)),
  );
  routes.get('/api/journal/aggregate', { schema: { tags: journal, summary: 'Anonymous counts per dysfunction × interpretation/response, function and level, small groups suppressed', querystring: aggregateQuery, response: { 200: aggregateView } } }, (request) =>
    getJournalAggregate(contextOf(request, db), request.query),
  );
  routes.get('/api/journal/dyad', { schema: { tags: journal, summary: 'How each side experiences one dysfunction at one level', querystring: dyadQuery, response: { 200: dyadViewResult } } }, (request) =>
    getJournalDyad(contextOf(request, db), request.query),
  );
  routes.put('/api/journal/:id', { schema: { tags: journal, summary: 'Rewrite my entry (also to share or unshare it)', ...params, body: journalEntryInput, response: { 200: journalEntryView } } }, (request) =>
    updateJournalEntry(contextOf(request, db), request.params.id, request.body),
  );
  routes.delete('/api/journal/:id', { schema: { tags: journal, summary: 'Delete my entry for good', ...params, response: { 204: z.null() } } }, async (request, reply) => {
    await deleteJournalEntry(contextOf(request, db), request.params.id);
    return reply.status(204).send(null);
  });
}
