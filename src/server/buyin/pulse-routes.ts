import { z } from 'zod';
import {
  blessing,
  blessingInput,
  buyinReport,
  buyinReportQuery,
  createPulseInput,
  pulseAnswerInput,
  pulseDetail,
  pulseKind,
  pulseResults,
  pulseSummary,
  resultsQuery,
} from '../../shared/buyin';
import { id } from '../../shared/org';
import { contextOf } from '../http/request-context';
import { typed, type RouteDeps } from '../http/types';
import { recordBlessing } from './blessing-record';
import { answerPulse } from './pulse-answer';
import { changePulseAnswers } from './pulse-change-answers';
import { closePulse } from './pulse-close';
import { deletePulseAnswers } from './pulse-delete-answers';
import { getPulse } from './pulse-get';
import { listPulses } from './pulse-list';
import { openInitiativePulse } from './pulse-open-initiative';
import { openOrganisationPulse } from './pulse-open-organisation';
import { remindPulse } from './pulse-remind';
import { getBuyinReport } from './report-get';
import { getPulseResults } from './results-get';

const tags = ['buy-in pulses'];
const params = z.object({ id });

/** Buy-in pulses, their results (aggregates only), blessings and the buy-in report. */
export function pulseRoutes({ app, db }: RouteDeps): void {
  const routes = typed(app);

  routes.post(
    '/api/initiatives/:id/pulses',
    { schema: { tags, summary: 'Open a buy-in pulse on an initiative in commitment or later (marketers)', params, body: createPulseInput, response: { 201: pulseDetail } } },
    async (request, reply) => reply.status(201).send(await openInitiativePulse(contextOf(request, db), request.params.id, request.body)),
  );

  routes.post(
    '/api/pulses',
    { schema: { tags, summary: 'Open the organisation pulse on walls, culture and relationships (leaders, admins, analysts)', body: createPulseInput, response: { 201: pulseDetail } } },
    async (request, reply) => reply.status(201).send(await openOrganisationPulse(contextOf(request, db), request.body)),
  );

  routes.get(
    '/api/pulses',
    { schema: { tags, summary: 'Pulses, newest first', querystring: z.object({ kind: pulseKind.optional() }), response: { 200: z.object({ items: z.array(pulseSummary) }) } } },
    (request) => listPulses(contextOf(request, db), request.query),
  );

  routes.get(
    '/api/pulses/:id',
    { schema: { tags, summary: "A pulse's items and status, with the reader's own answers only", params, response: { 200: pulseDetail } } },
    (request) => getPulse(contextOf(request, db), request.params.id),
  );

  routes.post(
    '/api/pulses/:id/answers',
    { schema: { tags, summary: 'Answer a pulse you are invited to (once; change with PUT)', params, body: pulseAnswerInput, response: { 201: pulseDetail } } },
    async (request, reply) => reply.status(201).send(await answerPulse(contextOf(request, db), request.params.id, request.body.answers)),
  );

  routes.put(
    '/api/pulses/:id/answers',
    { schema: { tags, summary: 'Change your answers until the pulse closes', params, body: pulseAnswerInput, response: { 200: pulseDetail } } },
    (request) => changePulseAnswers(contextOf(request, db), request.params.id, request.body.answers),
  );

  routes.delete(
    '/api/pulses/:id/answers',
    { schema: { tags, summary: 'Delete your answers until the pulse closes', params, response: { 204: z.null() } } },
    async (request, reply) => {
      await deletePulseAnswers(contextOf(request, db), request.params.id);
      return reply.status(204).send(null);
    },
  );

  routes.post(
    '/api/pulses/:id/reminders',
    { schema: { tags, summary: 'Remind everyone invited who has not answered', params, response: { 200: z.object({ reminded: z.number().int() }) } } },
    (request) => remindPulse(contextOf(request, db), request.params.id),
  );

  routes.post(
    '/api/pulses/:id/close',
    { schema: { tags, summary: 'Close a pulse now', params, response: { 200: pulseSummary } } },
    (request) => closePulse(contextOf(request, db), request.params.id),
  );

  routes.get(
    '/api/pulses/:id/results',
    { schema: { tags, summary: 'Results by level × function, cascade and reporting lines; small groups suppressed', params, querystring: resultsQuery, response: { 200: pulseResults } } },
    (request) => getPulseResults(contextOf(request, db), request.params.id, request.query),
  );

  routes.post(
    '/api/initiatives/:id/blessings',
    { schema: { tags, summary: 'Record your blessing of an initiative (senior sales)', params, body: blessingInput, response: { 200: blessing } } },
    (request) => recordBlessing(contextOf(request, db), request.params.id, request.body),
  );

  routes.get(
    '/api/buyin/report',
    { schema: { tags, summary: 'Buy-in per initiative × (level, function) of its latest pulse', querystring: buyinReportQuery, response: { 200: buyinReport } } },
    (request) => getBuyinReport(contextOf(request, db), request.query),
  );
}
