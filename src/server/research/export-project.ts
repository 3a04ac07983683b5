import { codebookToQdc } from '../../domain/research/refi-qda/export-qdc';
import { projectToQdpx } from '../../domain/research/refi-qda/export-qdpx';
import type { UseCaseContext } from '../actor';
import { newId } from '../ids';
import { loadProject, requireResearcher } from './access';
import { listCodes } from './codes-repository';
import { listCodings } from './codings-repository';
import { listInformants } from './informants-repository';
import { listMemos } from './memos-repository';
import { listCoders } from './projects-repository';
import { codesToQda, projectToQda } from './qda-mapping';
import { transcriptTexts } from './transcripts-repository';
import { xlsxWorkbook } from './xlsx';

const fileNameOf = (name: string, extension: string) => `${name.replace(/[^\p{L}\p{N} _-]+/gu, '').trim().replace(/\s+/g, '-') || 'project'}.${extension}`;

/** The whole project as REFI-QDA .qdpx: codes, sources, codings by coder, memos, informants as cases. */
export async function exportProject({ db, actor }: UseCaseContext, projectId: string) {
  requireResearcher(actor, 'read');
  const { orgId } = actor;
  const project = await db.withOrg(orgId, async (tx) => {
    const summary = await loadProject(tx, actor, projectId);
    const variables = new Map<string, string>();
    return projectToQda({
      name: summary.name,
      description: summary.description,
      coders: await listCoders(tx, orgId, projectId),
      codes: await listCodes(tx, orgId, projectId),
      informants: await listInformants(tx, orgId, projectId),
      transcripts: await transcriptTexts(tx, orgId, projectId),
      codings: await listCodings(tx, orgId, projectId),
      memos: await listMemos(tx, orgId, projectId),
      variableGuid: (name) => variables.get(name) ?? (variables.set(name, newId()), variables.get(name) as string),
      codingGuid: () => newId(),
    });
  });
  return { fileName: fileNameOf(project.name, 'qdpx'), bytes: projectToQdpx(project) };
}

export async function exportCodebook({ db, actor }: UseCaseContext, projectId: string) {
  requireResearcher(actor, 'read');
  return db.withOrg(actor.orgId, async (tx) => {
    const summary = await loadProject(tx, actor, projectId);
    const codes = await listCodes(tx, actor.orgId, projectId);
    return { fileName: fileNameOf(summary.name, 'qdc'), xml: codebookToQdc(codesToQda(codes), { origin: 'Tandem' }) };
  });
}

const csvCell = (value: string | number) => {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** One row per coding: transcript, coder, code (with its path), offsets and the coded text. */
async function codingRows({ db, actor }: UseCaseContext, projectId: string) {
  requireResearcher(actor, 'read');
  const { orgId } = actor;
  return db.withOrg(orgId, async (tx) => {
    const summary = await loadProject(tx, actor, projectId);
    const codes = new Map((await listCodes(tx, orgId, projectId)).map((c) => [c.id, c]));
    const path = (id: string): string => {
      const code = codes.get(id);
      return code ? (code.parentId ? `${path(code.parentId)} / ${code.name}` : code.name) : '';
    };
    const coders = new Map((await listCoders(tx, orgId, projectId)).map((c) => [c.id, c.name]));
    const transcripts = new Map((await transcriptTexts(tx, orgId, projectId)).map((t) => [t.id, t]));
    const rows: Array<Array<string | number>> = [['transcript', 'coder', 'code', 'code_path', 'construct', 'start', 'end', 'flagged', 'text']];
    for (const c of await listCodings(tx, orgId, projectId)) {
      const transcript = transcripts.get(c.transcriptId);
      const code = codes.get(c.codeId);
      rows.push([transcript?.title ?? '', coders.get(c.coderId) ?? '', code?.name ?? '', path(c.codeId), code?.builtinId ?? '', c.start, c.end, c.flagReason ? 'yes' : 'no', transcript?.text.slice(c.start, c.end) ?? '']);
    }
    return { projectName: summary.name, rows };
  });
}

export async function exportCodingsCsv(context: UseCaseContext, projectId: string) {
  const { projectName, rows } = await codingRows(context, projectId);
  const csv = rows.map((row) => row.map(csvCell).join(',')).join('\n') + '\n';
  return { fileName: fileNameOf(projectName, 'csv').replace(/\.csv$/, '-codings.csv'), csv };
}

export async function exportCodingsXlsx(context: UseCaseContext, projectId: string) {
  const { projectName, rows } = await codingRows(context, projectId);
  return { fileName: fileNameOf(projectName, 'xlsx').replace(/\.xlsx$/, '-codings.xlsx'), bytes: xlsxWorkbook('Codings', rows) };
}
