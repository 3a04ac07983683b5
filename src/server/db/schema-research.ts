import { type AnyPgColumn, boolean, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { orgIsolation, orgs } from './schema';

/** The research workbench (PRODUCT.md module 6): projects, informants, transcripts, codes, codings, memos, audit. */
const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' }).notNull().defaultNow();
const orgId = () => uuid('org_id').notNull().references(() => orgs.orgId);

export const researchProjects = pgTable(
  'research_projects',
  {
    orgId: orgId(),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    /** The interview guide: its questions, in order. */
    guideQuestions: jsonb('guide_questions').notNull().default([]),
    guideUpdatedAt: timestamp('guide_updated_at', { withTimezone: true, mode: 'date' }),
    createdBy: uuid('created_by'),
    createdAt: at('created_at'),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.id] }), orgIsolation('research_projects')],
).enableRLS();

const projectFk = (t: { orgId: AnyPgColumn; projectId: AnyPgColumn }, name: string) =>
  foreignKey({ columns: [t.orgId, t.projectId], foreignColumns: [researchProjects.orgId, researchProjects.id], name }).onDelete('cascade');

/** A coder's layer: usually a user of the org; imported projects bring coders who are not users. */
export const researchCoders = pgTable(
  'research_coders',
  {
    orgId: orgId(),
    id: uuid('id').notNull(),
    projectId: uuid('project_id').notNull(),
    name: text('name').notNull(),
    userId: uuid('user_id'),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.id] }), projectFk(t, 'research_coders_project_fk'), index('research_coders_project_idx').on(t.orgId, t.projectId), orgIsolation('research_coders')],
).enableRLS();

export const researchInformants = pgTable(
  'research_informants',
  {
    orgId: orgId(),
    id: uuid('id').notNull(),
    projectId: uuid('project_id').notNull(),
    name: text('name').notNull(),
    function: text('function', { enum: ['sales', 'marketing', 'other'] }),
    level: text('level', { enum: ['senior', 'middle', 'frontline'] }),
    /** Informants who share a dyad key are the two sides of one dyad. */
    dyadKey: text('dyad_key'),
    firm: text('firm'),
    unit: text('unit'),
    /** Typed free attributes: { name: { type: 'text'|'number'|'boolean'|'date', value } }. */
    attributes: jsonb('attributes').notNull().default({}),
    createdAt: at('created_at'),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.id] }), projectFk(t, 'research_informants_project_fk'), index('research_informants_project_idx').on(t.orgId, t.projectId), orgIsolation('research_informants')],
).enableRLS();

export const researchTranscripts = pgTable(
  'research_transcripts',
  {
    orgId: orgId(),
    id: uuid('id').notNull(),
    projectId: uuid('project_id').notNull(),
    informantId: uuid('informant_id'),
    title: text('title').notNull(),
    text: text('text').notNull(),
    /** Speaker turns: [{ speaker, start, end }] as character offsets into text. */
    turns: jsonb('turns').notNull().default([]),
    version: integer('version').notNull().default(1),
    /** Coding order, for saturation. */
    position: integer('position').notNull(),
    createdAt: at('created_at'),
    updatedAt: at('updated_at'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    projectFk(t, 'research_transcripts_project_fk'),
    foreignKey({ columns: [t.orgId, t.informantId], foreignColumns: [researchInformants.orgId, researchInformants.id], name: 'research_transcripts_informant_fk' }),
    index('research_transcripts_project_idx').on(t.orgId, t.projectId, t.position),
    orgIsolation('research_transcripts'),
  ],
).enableRLS();

export const researchTranscriptVersions = pgTable(
  'research_transcript_versions',
  {
    orgId: orgId(),
    transcriptId: uuid('transcript_id').notNull(),
    version: integer('version').notNull(),
    text: text('text').notNull(),
    editedBy: uuid('edited_by'),
    editedAt: at('edited_at'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.transcriptId, t.version] }),
    foreignKey({ columns: [t.orgId, t.transcriptId], foreignColumns: [researchTranscripts.orgId, researchTranscripts.id], name: 'research_transcript_versions_fk' }).onDelete('cascade'),
    orgIsolation('research_transcript_versions'),
  ],
).enableRLS();

export const researchCodes = pgTable(
  'research_codes',
  {
    orgId: orgId(),
    id: uuid('id').notNull(),
    projectId: uuid('project_id').notNull(),
    parentId: uuid('parent_id'),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['in_vivo', 'first_order', 'second_order', 'aggregate'] }).notNull(),
    description: text('description').notNull().default(''),
    color: text('color'),
    quote: text('quote'),
    builtinId: text('builtin_id'),
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.id] }), projectFk(t, 'research_codes_project_fk'), index('research_codes_project_idx').on(t.orgId, t.projectId), orgIsolation('research_codes')],
).enableRLS();

export const researchCodings = pgTable(
  'research_codings',
  {
    orgId: orgId(),
    id: uuid('id').notNull(),
    projectId: uuid('project_id').notNull(),
    transcriptId: uuid('transcript_id').notNull(),
    codeId: uuid('code_id').notNull(),
    coderId: uuid('coder_id').notNull(),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    /** Set when an edit of the transcript changed the coded text itself: the coding waits for a person. */
    flagReason: text('flag_reason'),
    createdAt: at('created_at'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    projectFk(t, 'research_codings_project_fk'),
    foreignKey({ columns: [t.orgId, t.transcriptId], foreignColumns: [researchTranscripts.orgId, researchTranscripts.id], name: 'research_codings_transcript_fk' }).onDelete('cascade'),
    foreignKey({ columns: [t.orgId, t.codeId], foreignColumns: [researchCodes.orgId, researchCodes.id], name: 'research_codings_code_fk' }),
    foreignKey({ columns: [t.orgId, t.coderId], foreignColumns: [researchCoders.orgId, researchCoders.id], name: 'research_codings_coder_fk' }),
    index('research_codings_transcript_idx').on(t.orgId, t.transcriptId),
    index('research_codings_project_idx').on(t.orgId, t.projectId),
    orgIsolation('research_codings'),
  ],
).enableRLS();

export const researchMemos = pgTable(
  'research_memos',
  {
    orgId: orgId(),
    id: uuid('id').notNull(),
    projectId: uuid('project_id').notNull(),
    targetType: text('target_type', { enum: ['project', 'code', 'transcript', 'coding'] }).notNull(),
    targetId: uuid('target_id').notNull(),
    authorId: uuid('author_id'),
    authorName: text('author_name'),
    text: text('text').notNull(),
    createdAt: at('created_at'),
    updatedAt: at('updated_at'),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.id] }), projectFk(t, 'research_memos_project_fk'), index('research_memos_target_idx').on(t.orgId, t.projectId, t.targetType, t.targetId), orgIsolation('research_memos')],
).enableRLS();

/** Every change to a project: who, when, what. Code-tree entries carry the inverse operation for undo. */
export const researchAudit = pgTable(
  'research_audit',
  {
    orgId: orgId(),
    id: uuid('id').notNull(),
    projectId: uuid('project_id').notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name').notNull(),
    at: at('at'),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: uuid('entity_id'),
    detail: jsonb('detail').notNull().default({}),
    undoable: boolean('undoable').notNull().default(false),
    undone: boolean('undone').notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.id] }), projectFk(t, 'research_audit_project_fk'), index('research_audit_project_idx').on(t.orgId, t.projectId, t.at), orgIsolation('research_audit')],
).enableRLS();

export const researchValidity = pgTable(
  'research_validity',
  {
    orgId: orgId(),
    id: uuid('id').notNull(),
    projectId: uuid('project_id').notNull(),
    kind: text('kind', { enum: ['member_check', 'deviant_case'] }).notNull(),
    /** Member check: the finding; deviant case: the memo. */
    text: text('text').notNull(),
    /** Member check: informants asked; deviant case: the transcript or informant flagged. */
    subjectIds: jsonb('subject_ids').notNull().default([]),
    /** Member check: [{ informantId, response, agrees, at }]. */
    responses: jsonb('responses').notNull().default([]),
    createdBy: uuid('created_by'),
    createdAt: at('created_at'),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.id] }), projectFk(t, 'research_validity_project_fk'), orgIsolation('research_validity')],
).enableRLS();

export const researchSchema = {
  researchProjects,
  researchCoders,
  researchInformants,
  researchTranscripts,
  researchTranscriptVersions,
  researchCodes,
  researchCodings,
  researchMemos,
  researchAudit,
  researchValidity,
};
