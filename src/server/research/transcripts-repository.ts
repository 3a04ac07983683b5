import { and, asc, eq, max, sql } from 'drizzle-orm';
import type { Tx } from '../db/create-db';
import { researchTranscripts, researchTranscriptVersions } from '../db/schema-research';

export interface Turn {
  speaker: string;
  start: number;
  end: number;
}

export interface TranscriptRow {
  id: string;
  title: string;
  informantId: string | null;
  position: number;
  version: number;
  length: number;
  codingCount: number;
  flaggedCount: number;
  updatedAt: Date;
}

const summary = {
  id: researchTranscripts.id,
  title: researchTranscripts.title,
  informantId: researchTranscripts.informantId,
  position: researchTranscripts.position,
  version: researchTranscripts.version,
  length: sql<number>`char_length(${researchTranscripts.text})::int`,
  codingCount: sql<number>`(select count(*)::int from research_codings c where c.org_id = "research_transcripts"."org_id" and c.transcript_id = "research_transcripts"."id")`,
  flaggedCount: sql<number>`(select count(*)::int from research_codings c where c.org_id = "research_transcripts"."org_id" and c.transcript_id = "research_transcripts"."id" and c.flag_reason is not null)`,
  updatedAt: researchTranscripts.updatedAt,
};

const scope = (orgId: string, projectId: string) => and(eq(researchTranscripts.orgId, orgId), eq(researchTranscripts.projectId, projectId));

export async function listTranscripts(tx: Tx, orgId: string, projectId: string): Promise<TranscriptRow[]> {
  return tx.select(summary).from(researchTranscripts).where(scope(orgId, projectId)).orderBy(asc(researchTranscripts.position));
}

export async function findTranscript(tx: Tx, orgId: string, projectId: string, id: string) {
  const [row] = await tx
    .select({ ...summary, text: researchTranscripts.text, turns: researchTranscripts.turns })
    .from(researchTranscripts)
    .where(and(scope(orgId, projectId), eq(researchTranscripts.id, id)));
  return row ? { ...row, turns: row.turns as Turn[] } : undefined;
}

/** Every transcript's text, for analyses over the whole project. */
export async function transcriptTexts(tx: Tx, orgId: string, projectId: string) {
  const rows = await tx
    .select({ id: researchTranscripts.id, title: researchTranscripts.title, informantId: researchTranscripts.informantId, position: researchTranscripts.position, text: researchTranscripts.text, turns: researchTranscripts.turns, createdAt: researchTranscripts.createdAt })
    .from(researchTranscripts)
    .where(scope(orgId, projectId))
    .orderBy(asc(researchTranscripts.position));
  return rows.map((r) => ({ ...r, turns: r.turns as Turn[] }));
}

export async function nextPosition(tx: Tx, orgId: string, projectId: string): Promise<number> {
  const [row] = await tx.select({ last: max(researchTranscripts.position) }).from(researchTranscripts).where(scope(orgId, projectId));
  return (row?.last ?? -1) + 1;
}

export async function insertTranscript(
  tx: Tx,
  row: { orgId: string; id: string; projectId: string; informantId: string | null; title: string; text: string; turns: Turn[]; position: number; editedBy: string | null },
) {
  const { editedBy, ...transcript } = row;
  await tx.insert(researchTranscripts).values(transcript);
  await tx.insert(researchTranscriptVersions).values({ orgId: row.orgId, transcriptId: row.id, version: 1, text: row.text, editedBy });
}

/** Saves a new text only if nobody saved since `baseVersion`; returns false when someone did. */
export async function updateTranscriptText(
  tx: Tx,
  orgId: string,
  projectId: string,
  id: string,
  change: { text: string; turns: Turn[]; baseVersion: number; editedBy: string | null },
): Promise<boolean> {
  const updated = await tx
    .update(researchTranscripts)
    .set({ text: change.text, turns: change.turns, version: change.baseVersion + 1, updatedAt: sql`now()` })
    .where(and(scope(orgId, projectId), eq(researchTranscripts.id, id), eq(researchTranscripts.version, change.baseVersion)))
    .returning({ id: researchTranscripts.id });
  if (updated.length === 0) return false;
  await tx.insert(researchTranscriptVersions).values({ orgId, transcriptId: id, version: change.baseVersion + 1, text: change.text, editedBy: change.editedBy });
  return true;
}

export async function listVersions(tx: Tx, orgId: string, transcriptId: string) {
  return tx
    .select({ version: researchTranscriptVersions.version, editedBy: researchTranscriptVersions.editedBy, editedAt: researchTranscriptVersions.editedAt, length: sql<number>`char_length(${researchTranscriptVersions.text})::int` })
    .from(researchTranscriptVersions)
    .where(and(eq(researchTranscriptVersions.orgId, orgId), eq(researchTranscriptVersions.transcriptId, transcriptId)))
    .orderBy(asc(researchTranscriptVersions.version));
}

export async function findVersion(tx: Tx, orgId: string, transcriptId: string, version: number) {
  const [row] = await tx
    .select({ version: researchTranscriptVersions.version, editedBy: researchTranscriptVersions.editedBy, editedAt: researchTranscriptVersions.editedAt, text: researchTranscriptVersions.text })
    .from(researchTranscriptVersions)
    .where(and(eq(researchTranscriptVersions.orgId, orgId), eq(researchTranscriptVersions.transcriptId, transcriptId), eq(researchTranscriptVersions.version, version)));
  return row;
}
