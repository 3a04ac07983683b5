import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  advisoryInput,
  advisoryInputInput,
  advisoryMember,
  advisoryMemberInput,
  createInitiativeInput,
  evidenceInput,
  evidenceItem,
  feedbackInput,
  feedbackItem,
  feedbackList,
  feedbackResponseInput,
  flexDecisionInput,
  flexRequest,
  flexRequestInput,
  initiativeDetail,
  initiativeList,
  initiativeListQuery,
  initiativeSummary,
  openLoopsQuery,
  openLoopsView,
  testMarket,
  testMarketInput,
  transitionInput,
  updateInitiativeInput,
  updateTestMarketInput,
  waitingForMe,
  workingSession,
  workingSessionInput,
} from '../../shared/buyin';
import { limits } from '../../shared/limits';
import { id } from '../../shared/org';
import { AppError } from '../errors';
import { contextOf } from '../http/request-context';
import { typed, type RouteDeps } from '../http/types';
import { addAdvisoryInput } from './add-advisory-input';
import { addAdvisoryMember } from './add-advisory-member';
import { addEvidence } from './add-evidence';
import { addWorkingSession } from './add-working-session';
import { askFlex } from './ask-flex';
import { createInitiative } from './create-initiative';
import { createTestMarket } from './create-test-market';
import { decideFlex } from './decide-flex';
import { deleteEvidence } from './delete-evidence';
import { downloadEvidenceFile } from './download-evidence-file';
import { getInitiativeJson } from './get-initiative';
import { giveFeedback } from './give-feedback';
import { listFeedback } from './list-feedback';
import { listInitiatives } from './list-initiatives';
import { listOpenLoops } from './list-open-loops';
import { respondToFeedback } from './respond-to-feedback';
import { transitionInitiative } from './transition-initiative';
import { updateInitiative } from './update-initiative';
import { updateTestMarket } from './update-test-market';
import { evidenceTooLarge, uploadEvidenceFile } from './upload-evidence-file';
import { getWaitingForMe } from './waiting-for-me';

const tags = ['initiatives'];
const initiative = z.object({ id });
const base = '/api/initiatives';

const bytesOf = (body: unknown): Uint8Array => {
  if (!Buffer.isBuffer(body)) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the file itself as the request body, with content-type application/octet-stream.');
  return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
};

/** An oversize upload names the evidence limit instead of the general body limit; anything else goes on up. */
function evidenceUploadErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply) {
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    const tooLarge = evidenceTooLarge();
    return reply.status(413).send({ error: { code: tooLarge.code, message: tooLarge.message } });
  }
  throw error;
}

export function buyinRoutes({ app, db }: RouteDeps): void {
  const routes = typed(app);
  if (!app.hasContentTypeParser('application/octet-stream')) {
    app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer', bodyLimit: limits.evidenceFileBytes }, (_request, body, done) => done(null, body));
  }

  routes.get(base, { schema: { tags, summary: 'Initiatives with stage, loops and health', querystring: initiativeListQuery, response: { 200: initiativeList } } }, (request) =>
    listInitiatives(contextOf(request, db), request.query),
  );
  routes.post(base, { schema: { tags, summary: 'Draft an initiative (marketing, leaders, admins)', body: createInitiativeInput, response: { 201: initiativeSummary } } }, async (request, reply) =>
    reply.status(201).send(await createInitiative(contextOf(request, db), request.body)),
  );
  // Sent as JSON text: the page's fixed sections are serialised once per cached revision (get-initiative.ts).
  routes.get(`${base}/:id`, { schema: { tags, summary: 'Everything the initiative page shows', params: initiative, response: { 200: initiativeDetail } } }, async (request, reply) =>
    (reply as FastifyReply).type('application/json; charset=utf-8').send(await getInitiativeJson(contextOf(request, db), request.params.id)),
  );
  routes.patch(
    `${base}/:id`,
    { schema: { tags, summary: 'Edit an initiative (409 when someone else saved first)', params: initiative, body: updateInitiativeInput, response: { 200: initiativeSummary } } },
    (request) => updateInitiative(contextOf(request, db), request.params.id, request.body),
  );
  routes.post(
    `${base}/:id/transitions`,
    { schema: { tags, summary: 'Move an initiative to another stage under the lifecycle rules', params: initiative, body: transitionInput, response: { 200: initiativeSummary } } },
    (request) => transitionInitiative(contextOf(request, db), request.params.id, request.body),
  );

  routes.post(`${base}/:id/evidence`, { schema: { tags, summary: 'Add an evidence item', params: initiative, body: evidenceInput, response: { 201: evidenceItem } } }, async (request, reply) =>
    reply.status(201).send(await addEvidence(contextOf(request, db), request.params.id, request.body)),
  );
  routes.post(
    `${base}/:id/evidence/file`,
    {
      bodyLimit: limits.evidenceFileBytes,
      errorHandler: evidenceUploadErrors,
      schema: {
        tags,
        summary: `Upload an evidence file as the raw body (application/octet-stream, at most ${limits.evidenceFileBytes / 1024 / 1024} MB)`,
        params: initiative,
        querystring: z.object({ fileName: z.string().trim().min(1).max(255), title: z.string().trim().max(limits.nameMaxLength).optional(), note: z.string().trim().max(limits.commentMaxLength).optional() }),
        response: { 201: evidenceItem },
      },
    },
    async (request, reply) => reply.status(201).send(await uploadEvidenceFile(contextOf(request, db), request.params.id, { ...request.query, bytes: bytesOf(request.body) })),
  );
  routes.get(`${base}/:id/evidence/:eid/file`, { schema: { tags, summary: 'Download an evidence file', params: z.object({ id, eid: id }) } }, async (request, reply) => {
    const file = await downloadEvidenceFile(contextOf(request, db), request.params.id, request.params.eid);
    return reply
      .header('content-type', 'application/octet-stream')
      .header('content-disposition', `attachment; filename="${file.fileName.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
      .send(Buffer.from(file.bytes));
  });
  routes.delete(`${base}/:id/evidence/:eid`, { schema: { tags, summary: 'Remove an evidence item', params: z.object({ id, eid: id }), response: { 204: z.null() } } }, async (request, reply) => {
    await deleteEvidence(contextOf(request, db), request.params.id, request.params.eid);
    return reply.status(204).send(null);
  });

  routes.post(
    `${base}/:id/advisory-members`,
    { schema: { tags, summary: 'Name an advisory-board member', params: initiative, body: advisoryMemberInput, response: { 201: advisoryMember } } },
    async (request, reply) => reply.status(201).send(await addAdvisoryMember(contextOf(request, db), request.params.id, request.body)),
  );
  routes.post(
    `${base}/:id/advisory-inputs`,
    { schema: { tags, summary: "Record an advisory-board member's input", params: initiative, body: advisoryInputInput, response: { 201: advisoryInput } } },
    async (request, reply) => reply.status(201).send(await addAdvisoryInput(contextOf(request, db), request.params.id, request.body)),
  );
  routes.post(
    `${base}/:id/working-sessions`,
    { schema: { tags, summary: 'Record a cross-functional working session', params: initiative, body: workingSessionInput, response: { 201: workingSession } } },
    async (request, reply) => reply.status(201).send(await addWorkingSession(contextOf(request, db), request.params.id, request.body)),
  );
  routes.post(`${base}/:id/test-markets`, { schema: { tags, summary: 'Plan a test market', params: initiative, body: testMarketInput, response: { 201: testMarket } } }, async (request, reply) =>
    reply.status(201).send(await createTestMarket(contextOf(request, db), request.params.id, request.body)),
  );
  routes.patch(
    `${base}/:id/test-markets/:tid`,
    { schema: { tags, summary: 'Edit a test market (results, what changed)', params: z.object({ id, tid: id }), body: updateTestMarketInput, response: { 200: testMarket } } },
    (request) => updateTestMarket(contextOf(request, db), request.params.id, request.params.tid, request.body),
  );

  routes.get(
    `${base}/:id/feedback`,
    { schema: { tags, summary: 'Feedback on an initiative; status=closed is "you said, we did"', params: initiative, querystring: z.object({ status: z.enum(['open', 'closed']).optional() }), response: { 200: feedbackList } } },
    (request) => listFeedback(contextOf(request, db), request.params.id, request.query.status),
  );
  routes.post(`${base}/:id/feedback`, { schema: { tags, summary: 'Ask, comment or raise a concern (any stage)', params: initiative, body: feedbackInput, response: { 201: feedbackItem } } }, async (request, reply) =>
    reply.status(201).send(await giveFeedback(contextOf(request, db), request.params.id, request.body)),
  );
  routes.post(
    '/api/feedback/:id/response',
    { schema: { tags, summary: 'Answer feedback once, with a decision and a reason (marketing)', params: z.object({ id }), body: feedbackResponseInput, response: { 201: feedbackItem } } },
    async (request, reply) => reply.status(201).send(await respondToFeedback(contextOf(request, db), request.params.id, request.body)),
  );
  routes.get('/api/open-loops', { schema: { tags, summary: 'Unanswered feedback and undecided flex requests', querystring: openLoopsQuery, response: { 200: openLoopsView } } }, (request) =>
    listOpenLoops(contextOf(request, db), request.query.scope),
  );

  routes.post(
    `${base}/:id/flex-requests`,
    { schema: { tags, summary: 'Ask to adapt price, message, material or timing for a region (sales)', params: initiative, body: flexRequestInput, response: { 201: flexRequest } } },
    async (request, reply) => reply.status(201).send(await askFlex(contextOf(request, db), request.params.id, request.body)),
  );
  routes.post(
    '/api/flex-requests/:id/decision',
    { schema: { tags, summary: 'Decide a flex request with a reason and the give and take', params: z.object({ id }), body: flexDecisionInput, response: { 200: flexRequest } } },
    (request) => decideFlex(contextOf(request, db), request.params.id, request.body),
  );

  routes.get('/api/waiting', { schema: { tags, summary: 'Pulses to answer, answers to my feedback, initiatives being absorbed', response: { 200: waitingForMe } } }, (request) =>
    getWaitingForMe(contextOf(request, db)),
  );
}
