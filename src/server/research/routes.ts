import { z } from 'zod';
import { limits } from '../../shared/limits';
import { id } from '../../shared/org';
import {
  agreementQuery,
  auditEntry,
  agreementView,
  codeOperation,
  codeOperationResult,
  codingView,
  createCodingInput,
  createProjectInput,
  editTranscriptInput,
  editTranscriptResult,
  informantInput,
  informantView,
  memoInput,
  memoView,
  projectDetail,
  projectSummary,
  saturationQuery,
  saturationView,
  cooccurrenceView,
  matrixQuery as matrixQuerySchema,
  matrixView,
  memberCheckResponseInput,
  searchQuery as searchQuerySchema,
  searchView,
  guideInput,
  guideView,
  suggestInput,
  transcriptVersionText,
  transcriptVersionView,
  suggestView,
  validityInput,
  validityView,
  transcriptDetail,
  transcriptSummary,
} from '../../shared/research';
import { AppError } from '../errors';
import { contextOf } from '../http/request-context';
import { typed, type RouteDeps } from '../http/types';
import { getAgreement, getSaturation } from './analyses';
import { applyCodeOperation, undoCodeOperation } from './code-operations';
import { createCoding, deleteCoding, moveCoding } from './codings';
import { createProject } from './create-project';
import { exportCodebook, exportCodingsCsv, exportCodingsXlsx, exportProject } from './export-project';
import { getProject } from './get-project';
import { getGuide, getTranscriptVersion, listTranscriptVersions, updateGuide } from './guide-and-history';
import { importProject } from './import-project';
import { addInformant, updateInformant } from './informants';
import { listAudit } from './list-audit';
import { listProjects } from './list-projects';
import { addMemo, deleteMemo } from './memos';
import { cooccurrenceQuery, matrixQuery, searchQuery } from './queries';
import { suggestCodes } from './suggest-codes';
import { addValidityRecord, listValidity, recordMemberCheckResponse } from './validity';
import { editTranscript, getTranscript, uploadTranscript } from './transcripts';

const tags = ['research'];
const FILE_LIMIT = limits.researchFileBytes;
const project = z.object({ pid: id });
const bytesOf = (body: unknown): Uint8Array => {
  if (!Buffer.isBuffer(body)) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the file itself as the request body, with content-type application/octet-stream.');
  return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
};

export function researchRoutes({ app, db }: RouteDeps): void {
  const routes = typed(app);
  app.addContentTypeParser(['application/octet-stream', 'application/zip', 'application/xml', 'text/xml'], { parseAs: 'buffer', bodyLimit: FILE_LIMIT }, (_request, body, done) => done(null, body));
  const base = '/api/research/projects';

  routes.get(base, { schema: { tags, summary: 'Research projects', response: { 200: z.object({ items: z.array(projectSummary) }) } } }, async (request) => ({
    items: await listProjects(contextOf(request, db)),
  }));
  routes.post(base, { schema: { tags, summary: 'Create a project from the built-in codebook or empty', body: createProjectInput, response: { 201: projectSummary } } }, async (request, reply) =>
    reply.status(201).send(await createProject(contextOf(request, db), request.body)),
  );
  routes.post(
    `${base}/import`,
    {
      bodyLimit: FILE_LIMIT,
      schema: { tags, summary: 'Import a REFI-QDA project (.qdpx) or codebook (.qdc) as a new project', querystring: z.object({ format: z.enum(['qdpx', 'qdc']), name: z.string().trim().max(200).optional() }), response: { 201: projectSummary } },
    },
    async (request, reply) => reply.status(201).send(await importProject(contextOf(request, db), { format: request.query.format, name: request.query.name, bytes: bytesOf(request.body) })),
  );
  routes.get(`${base}/:pid`, { schema: { tags, summary: 'A project with its codes, informants and transcripts', params: project, response: { 200: projectDetail } } }, (request) =>
    getProject(contextOf(request, db), request.params.pid),
  );

  routes.get(`${base}/:pid/export.qdpx`, { schema: { tags, summary: 'The project as REFI-QDA .qdpx', params: project } }, async (request, reply) => {
    const file = await exportProject(contextOf(request, db), request.params.pid);
    return reply.header('content-type', 'application/zip').header('content-disposition', `attachment; filename="${file.fileName}"`).send(Buffer.from(file.bytes));
  });
  routes.get(`${base}/:pid/codebook.qdc`, { schema: { tags, summary: 'The codebook as REFI-QDA .qdc', params: project } }, async (request, reply) => {
    const file = await exportCodebook(contextOf(request, db), request.params.pid);
    return reply.header('content-type', 'application/xml; charset=utf-8').header('content-disposition', `attachment; filename="${file.fileName}"`).send(file.xml);
  });
  routes.get(`${base}/:pid/codings.csv`, { schema: { tags, summary: 'Every coding as CSV', params: project } }, async (request, reply) => {
    const file = await exportCodingsCsv(contextOf(request, db), request.params.pid);
    return reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${file.fileName}"`).send(file.csv);
  });

  routes.get(`${base}/:pid/codings.xlsx`, { schema: { tags, summary: 'Every coding as an Excel workbook', params: project } }, async (request, reply) => {
    const file = await exportCodingsXlsx(contextOf(request, db), request.params.pid);
    return reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="${file.fileName}"`)
      .send(Buffer.from(file.bytes));
  });

  routes.post(`${base}/:pid/informants`, { schema: { tags, summary: 'Add an informant', params: project, body: informantInput, response: { 201: informantView } } }, async (request, reply) =>
    reply.status(201).send(await addInformant(contextOf(request, db), request.params.pid, request.body)),
  );
  routes.patch(
    `${base}/:pid/informants/:iid`,
    { schema: { tags, summary: 'Edit an informant', params: z.object({ pid: id, iid: id }), body: informantInput.partial(), response: { 200: informantView } } },
    (request) => updateInformant(contextOf(request, db), request.params.pid, request.params.iid, request.body),
  );

  routes.post(
    `${base}/:pid/transcripts`,
    {
      bodyLimit: FILE_LIMIT,
      schema: { tags, summary: 'Import a transcript (.txt, .md, .docx), keeping speaker turns', params: project, querystring: z.object({ fileName: z.string().trim().min(1).max(255), title: z.string().max(200).optional(), informantId: id.optional() }), response: { 201: transcriptSummary } },
    },
    async (request, reply) =>
      reply.status(201).send(await uploadTranscript(contextOf(request, db), request.params.pid, { ...request.query, bytes: bytesOf(request.body) })),
  );
  routes.get(`${base}/:pid/transcripts/:tid`, { schema: { tags, summary: 'A transcript with every coder’s codings', params: z.object({ pid: id, tid: id }), response: { 200: transcriptDetail } } }, (request) =>
    getTranscript(contextOf(request, db), request.params.pid, request.params.tid),
  );
  routes.put(
    `${base}/:pid/transcripts/:tid`,
    { schema: { tags, summary: 'Edit a transcript; codings follow the text or are flagged', params: z.object({ pid: id, tid: id }), body: editTranscriptInput, response: { 200: editTranscriptResult } } },
    (request) => editTranscript(contextOf(request, db), request.params.pid, request.params.tid, request.body),
  );

  routes.post(`${base}/:pid/codes/operations`, { schema: { tags, summary: 'Change the code tree (undoable)', params: project, body: codeOperation, response: { 200: codeOperationResult } } }, (request) =>
    applyCodeOperation(contextOf(request, db), request.params.pid, request.body),
  );
  routes.post(`${base}/:pid/codes/undo`, { schema: { tags, summary: 'Undo the last code-tree change', params: project, response: { 200: codeOperationResult } } }, (request) =>
    undoCodeOperation(contextOf(request, db), request.params.pid),
  );

  routes.post(`${base}/:pid/codings`, { schema: { tags, summary: 'Code a passage (in your own coder layer)', params: project, body: createCodingInput, response: { 201: codingView } } }, async (request, reply) =>
    reply.status(201).send(await createCoding(contextOf(request, db), request.params.pid, request.body)),
  );
  routes.patch(
    `${base}/:pid/codings/:cid`,
    { schema: { tags, summary: 'Place one of your codings on a new span (clears a flag, keeps memos)', params: z.object({ pid: id, cid: id }), body: createCodingInput.pick({ start: true, end: true }), response: { 200: codingView } } },
    (request) => moveCoding(contextOf(request, db), request.params.pid, request.params.cid, request.body),
  );
  routes.delete(`${base}/:pid/codings/:cid`, { schema: { tags, summary: 'Remove one of your codings', params: z.object({ pid: id, cid: id }), response: { 204: z.null() } } }, async (request, reply) => {
    await deleteCoding(contextOf(request, db), request.params.pid, request.params.cid);
    return reply.status(204).send(null);
  });

  routes.post(`${base}/:pid/memos`, { schema: { tags, summary: 'Write a memo on the project, a code, a transcript or a coding', params: project, body: memoInput, response: { 201: memoView } } }, async (request, reply) =>
    reply.status(201).send(await addMemo(contextOf(request, db), request.params.pid, request.body)),
  );
  routes.delete(`${base}/:pid/memos/:mid`, { schema: { tags, summary: 'Delete a memo', params: z.object({ pid: id, mid: id }), response: { 204: z.null() } } }, async (request, reply) => {
    await deleteMemo(contextOf(request, db), request.params.pid, request.params.mid);
    return reply.status(204).send(null);
  });

  routes.get(`${base}/:pid/saturation`, { schema: { tags, summary: 'New codes per interview and the saturation verdict', params: project, querystring: saturationQuery, response: { 200: saturationView } } }, (request) =>
    getSaturation(contextOf(request, db), request.params.pid, request.query),
  );
  routes.get(`${base}/:pid/agreement`, { schema: { tags, summary: 'Inter-coder agreement, overall and per code', params: project, querystring: agreementQuery, response: { 200: agreementView } } }, (request) =>
    getAgreement(contextOf(request, db), request.params.pid, {
      unit: request.query.unit,
      countUncoded: request.query.countUncoded === 'true',
      coderIds: request.query.coders ? request.query.coders.split(',').filter(Boolean) : undefined,
    }),
  );
  routes.post(`${base}/:pid/suggest`, { schema: { tags, summary: 'Suggest codes for a text (offline coder)', params: project, body: suggestInput, response: { 200: suggestView } } }, (request) =>
    suggestCodes(contextOf(request, db), request.params.pid, request.body),
  );
  routes.get(
    `${base}/:pid/audit`,
    { schema: { tags, summary: 'The audit trail', params: project, response: { 200: z.object({ items: z.array(auditEntry) }) } } },
    async (request) => ({ items: await listAudit(contextOf(request, db), request.params.pid) }),
  );

  routes.get(`${base}/:pid/queries/matrix`, { schema: { tags, summary: 'Matrix coding: codes × an informant attribute', params: project, querystring: matrixQuerySchema, response: { 200: matrixView } } }, (request) =>
    matrixQuery(contextOf(request, db), request.params.pid, request.query.attribute),
  );
  routes.get(`${base}/:pid/queries/cooccurrence`, { schema: { tags, summary: 'Codes applied to overlapping passages', params: project, response: { 200: cooccurrenceView } } }, (request) =>
    cooccurrenceQuery(contextOf(request, db), request.params.pid),
  );
  routes.get(`${base}/:pid/queries/search`, { schema: { tags, summary: 'Text search and word frequency', params: project, querystring: searchQuerySchema, response: { 200: searchView } } }, (request) =>
    searchQuery(contextOf(request, db), request.params.pid, { q: request.query.q, caseSensitive: request.query.caseSensitive === 'true', wholeWord: request.query.wholeWord === 'true' }),
  );
  routes.get(`${base}/:pid/validity`, { schema: { tags, summary: 'Member checks and deviant-case flags', params: project, response: { 200: z.object({ items: z.array(validityView) }) } } }, async (request) => ({
    items: await listValidity(contextOf(request, db), request.params.pid),
  }));
  routes.post(`${base}/:pid/validity`, { schema: { tags, summary: 'Send a member check or flag a deviant case', params: project, body: validityInput, response: { 201: validityView } } }, async (request, reply) =>
    reply.status(201).send(await addValidityRecord(contextOf(request, db), request.params.pid, request.body)),
  );
  routes.post(
    `${base}/:pid/validity/:vid/responses`,
    { schema: { tags, summary: "Record an informant's answer to a member check", params: z.object({ pid: id, vid: id }), body: memberCheckResponseInput, response: { 200: validityView } } },
    (request) => recordMemberCheckResponse(contextOf(request, db), request.params.pid, request.params.vid, request.body, new Date()),
  );

  routes.get(`${base}/:pid/guide`, { schema: { tags, summary: 'The interview guide', params: project, response: { 200: guideView } } }, (request) =>
    getGuide(contextOf(request, db), request.params.pid),
  );
  routes.put(`${base}/:pid/guide`, { schema: { tags, summary: 'Replace the interview guide', params: project, body: guideInput, response: { 200: guideView } } }, (request) =>
    updateGuide(contextOf(request, db), request.params.pid, request.body.questions, new Date()),
  );
  const transcript = z.object({ pid: id, tid: id });
  routes.get(`${base}/:pid/transcripts/:tid/versions`, { schema: { tags, summary: "A transcript's saved versions", params: transcript, response: { 200: z.object({ items: z.array(transcriptVersionView) }) } } }, async (request) => ({
    items: await listTranscriptVersions(contextOf(request, db), request.params.pid, request.params.tid),
  }));
  routes.get(
    `${base}/:pid/transcripts/:tid/versions/:version`,
    { schema: { tags, summary: 'One saved version of a transcript', params: transcript.extend({ version: z.coerce.number().int().min(1) }), response: { 200: transcriptVersionText } } },
    (request) => getTranscriptVersion(contextOf(request, db), request.params.pid, request.params.tid, request.params.version),
  );
}
