import { z } from 'zod';
import { id, level, personFunction } from './org';
import { limits } from './limits';

/**
 * Contracts of the initiatives & buy-in module (DOMAIN.md §2, PRODUCT.md module 2), shared by the server and the
 * web app. Dates are ISO strings: `date` = YYYY-MM-DD, `at` = full ISO timestamp.
 */

export const STAGES = ['draft', 'involvement', 'test_market', 'absorption', 'commitment', 'rollout', 'review'] as const;
export const stage = z.enum(STAGES);
export type Stage = z.infer<typeof stage>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-11-26.');
const title = z.string().trim().min(1, 'Give it a title.').max(limits.nameMaxLength);
/** Free text written by people: never empty, never more than `limits.commentMaxLength`. */
const longText = z.string().trim().min(1, 'Write something first.').max(limits.commentMaxLength, `Keep it under ${limits.commentMaxLength} characters.`);
const plainText = z.string().trim().max(limits.commentMaxLength);
const optionalText = plainText.default('');
const regionName = z.string().trim().min(1).max(limits.nameMaxLength);

export const personRef = z.object({ id: z.string(), name: z.string(), function: personFunction, level, region: z.string().nullable() });
export type PersonRef = z.infer<typeof personRef>;

// ---------------------------------------------------------------- initiatives

export const checklistItem = z.object({
  key: z.enum(['rationale', 'evidence', 'sales_benefit', 'involvement', 'test_market', 'absorption_window', 'open_loops']),
  ok: z.boolean(),
  /** What is missing and what to do about it, in the marketer's words. */
  message: z.string(),
});
export type ChecklistItem = z.infer<typeof checklistItem>;

export const health = z.object({
  status: z.enum(['good', 'watch', 'at_risk']),
  reasons: z.array(z.string()),
});

export const initiativeSummary = z.object({
  id: z.string(),
  title: z.string(),
  stage,
  owner: personRef,
  targetSegments: z.array(z.string()),
  targetRegions: z.array(z.string()),
  startDate: isoDate.nullable(),
  rolloutDate: isoDate.nullable(),
  openLoops: z.number().int(),
  overdueLoops: z.number().int(),
  /** Mean overall belief (1–5) of the latest initiative pulse, null when none or below the reporting minimum. */
  belief: z.number().nullable(),
  health,
  updatedAt: z.string(),
});
export type InitiativeSummary = z.infer<typeof initiativeSummary>;

export const initiativeListQuery = z.object({
  stage: stage.optional(),
  q: z.string().trim().max(limits.searchMaxLength).optional(),
  /** `true` keeps the initiatives the reader owns; `false` (or absent) keeps all — coercion would read "false" as true. */
  mine: z.preprocess((value) => (value === 'true' ? true : value === 'false' ? false : value), z.boolean()).optional(),
});
export const initiativeList = z.object({ items: z.array(initiativeSummary) });

export const createInitiativeInput = z.object({
  title,
  summary: optionalText,
  ownerPersonId: id.optional(),
  targetSegments: z.array(regionName).max(50).default([]),
  targetRegions: z.array(regionName).max(200).default([]),
  startDate: isoDate.nullable().default(null),
  rolloutDate: isoDate.nullable().default(null),
  /** Business days sales gets to absorb the initiative before any commitment ask (default 10). */
  absorptionBusinessDays: z.number().int().min(1).max(60).default(10),
  rationale: optionalText,
  expectedSalesBenefit: optionalText,
});
export type CreateInitiativeInput = z.infer<typeof createInitiativeInput>;

/**
 * Every field optional and without defaults (an absent field stays as it is); `version` guards against overwriting
 * someone else's edit (409 when stale).
 */
export const updateInitiativeInput = z.object({
  title: title.optional(),
  summary: plainText.optional(),
  ownerPersonId: id.optional(),
  targetSegments: z.array(regionName).max(50).optional(),
  targetRegions: z.array(regionName).max(200).optional(),
  startDate: isoDate.nullable().optional(),
  rolloutDate: isoDate.nullable().optional(),
  absorptionBusinessDays: z.number().int().min(1).max(60).optional(),
  rationale: plainText.optional(),
  expectedSalesBenefit: plainText.optional(),
  version: z.number().int().min(1),
});
export type UpdateInitiativeInput = z.infer<typeof updateInitiativeInput>;

export const transitionInput = z.object({
  to: stage,
  /** Required to move back, to skip an optional stage, or to ask for commitment before absorption ends. */
  reason: z.string().trim().max(limits.commentMaxLength).optional(),
  /** Ask for commitment before the absorption window has ended; needs a reason and is recorded. */
  overrideAbsorption: z.boolean().default(false),
  version: z.number().int().min(1),
});
export type TransitionInput = z.infer<typeof transitionInput>;

export const historyEntry = z.object({
  at: z.string(),
  by: z.string().nullable(),
  kind: z.enum(['created', 'edited', 'stage', 'override', 'evidence', 'involvement', 'test_market', 'feedback', 'response', 'flex', 'pulse', 'blessing']),
  from: stage.nullable(),
  to: stage.nullable(),
  note: z.string(),
});

export const evidenceKind = z.enum(['data', 'research', 'link', 'file', 'customer', 'other']);
export const evidenceInput = z.object({
  kind: evidenceKind,
  title,
  url: z.string().trim().url().max(2000).nullable().default(null),
  note: optionalText,
});
export const evidenceItem = evidenceInput.extend({
  id: z.string(),
  fileName: z.string().nullable(),
  fileBytes: z.number().int().nullable(),
  addedBy: z.string().nullable(),
  addedAt: z.string(),
});

export const advisoryMemberInput = z.object({ personId: id, note: optionalText });
export const advisoryMember = z.object({ id: z.string(), person: personRef, note: z.string(), addedAt: z.string() });
export const advisoryInputInput = z.object({ memberId: id, text: longText });
export const advisoryInput = z.object({ id: z.string(), memberId: z.string(), person: personRef, text: z.string(), at: z.string() });

export const workingSessionInput = z.object({
  title,
  date: isoDate,
  attendeePersonIds: z.array(id).max(200).default([]),
  notes: optionalText,
  outcomes: optionalText,
});
export const workingSession = workingSessionInput.omit({ attendeePersonIds: true }).extend({ id: z.string(), attendees: z.array(personRef) });

export const testMarketInput = z.object({
  regions: z.array(regionName).min(1, 'Name at least one region.').max(50),
  startDate: isoDate,
  endDate: isoDate,
  results: optionalText,
  /** What changed in the initiative because of the test market. */
  changes: optionalText,
});
/** PATCH of a test market: absent fields stay as they are (typically results and changes are added later). */
export const updateTestMarketInput = z.object({
  regions: testMarketInput.shape.regions.optional(),
  startDate: isoDate.optional(),
  endDate: isoDate.optional(),
  results: plainText.optional(),
  changes: plainText.optional(),
});
export const testMarket = testMarketInput.extend({ id: z.string(), status: z.enum(['planned', 'running', 'finished']) });

// ---------------------------------------------------------------- feedback and the closed loop

export const feedbackKind = z.enum(['question', 'comment', 'concern', 'idea']);
export const responseDecision = z.enum(['adopted', 'partly', 'not_adopted']);
export const feedbackInput = z.object({
  kind: feedbackKind,
  text: longText,
  /** Hide the author's name from everyone but the author (marketing still answers, the author is still told). */
  anonymous: z.boolean().default(false),
});
export const feedbackResponseInput = z.object({ decision: responseDecision, reason: longText });
export const feedbackItem = z.object({
  id: z.string(),
  initiativeId: z.string(),
  initiativeTitle: z.string(),
  kind: feedbackKind,
  text: z.string(),
  /** Null when the author chose to stay anonymous and the reader is not the author. */
  author: personRef.nullable(),
  isMine: z.boolean(),
  stageAtCreation: stage,
  createdAt: z.string(),
  loop: z.object({
    status: z.enum(['open', 'closed']),
    /** Business days since it was asked (open) or until it was answered (closed). */
    ageBusinessDays: z.number().int(),
    dueAt: z.string(),
    overdue: z.boolean(),
  }),
  response: z
    .object({ decision: responseDecision, reason: z.string(), by: personRef.nullable(), at: z.string() })
    .nullable(),
});
export type FeedbackItem = z.infer<typeof feedbackItem>;
export const feedbackList = z.object({ items: z.array(feedbackItem) });
export const openLoopsQuery = z.object({ scope: z.enum(['mine', 'all']).default('mine') });

// ---------------------------------------------------------------- flex requests

export const flexAspect = z.enum(['price', 'message', 'material', 'timing']);
export const flexRequestInput = z.object({ region: regionName, aspect: flexAspect, request: longText });
export const flexDecisionInput = z.object({
  decision: z.enum(['approved', 'partly', 'declined']),
  reason: longText,
  /** Give and take: what sales commits in return and what marketing commits. Required unless declined. */
  salesCommits: optionalText,
  marketingCommits: optionalText,
});
export const flexRequest = z.object({
  id: z.string(),
  region: z.string(),
  aspect: flexAspect,
  request: z.string(),
  requestedBy: personRef,
  requestedAt: z.string(),
  status: z.enum(['pending', 'approved', 'partly', 'declined']),
  decision: z
    .object({ reason: z.string(), salesCommits: z.string(), marketingCommits: z.string(), by: personRef.nullable(), at: z.string() })
    .nullable(),
});

/**
 * GET /api/open-loops: open feedback in scope and the flex requests still waiting for a decision on the same
 * initiatives (`flexRequests` defaults to empty so a server that lists feedback only still fits).
 */
export const openLoopsView = feedbackList.extend({
  flexRequests: z.array(flexRequest.extend({ initiativeId: z.string(), initiativeTitle: z.string() })).default([]),
});

// ---------------------------------------------------------------- pulses

/** What a pulse item measures; components and determinants carry their DOMAIN.md code id. */
export const MEASURES = ['objectivity', 'sensitivity', 'involvement', 'positioning', 'belief', 'readiness', 'walls', 'culture', 'relationships'] as const;
export const measure = z.enum(MEASURES);
export type Measure = z.infer<typeof measure>;
export const pulseKind = z.enum(['initiative', 'organisation']);
export const pulseItem = z.object({ id: z.string(), measure, codeId: z.string().nullable(), text: z.string() });

export const createPulseInput = z.object({
  title: title.optional(),
  levels: z.array(level).min(1, 'Choose at least one level.'),
  functions: z.array(personFunction).min(1).default(['sales']),
  /** Empty = every region. */
  regions: z.array(regionName).max(200).default([]),
  closesAt: z.string().datetime({ offset: true }),
});
export const pulseSummary = z.object({
  id: z.string(),
  kind: pulseKind,
  initiativeId: z.string().nullable(),
  initiativeTitle: z.string().nullable(),
  title: z.string(),
  status: z.enum(['open', 'closed']),
  openedAt: z.string(),
  closesAt: z.string(),
  invited: z.number().int(),
  answered: z.number().int(),
  audience: z.object({ levels: z.array(level), functions: z.array(personFunction), regions: z.array(z.string()) }),
  remindersSent: z.number().int(),
});
export const pulseDetail = pulseSummary.extend({
  items: z.array(pulseItem),
  /** Only for an invited reader: whether they may answer and their own answers (never anyone else's). */
  me: z.object({ invited: z.boolean(), answers: z.record(z.string(), z.number().int().min(1).max(5)).nullable(), answeredAt: z.string().nullable() }),
});
export const pulseAnswerInput = z.object({
  /** item id → 1 (strongly disagree) … 5 (strongly agree); every item must be answered. */
  answers: z.record(z.string(), z.number().int().min(1).max(5)),
});

// ---------------------------------------------------------------- results (aggregates only)

export const measureMeans = z.record(z.string(), z.number().nullable());
/** One (level, function) cell. Suppressed cells carry no values and no exact n. */
export const resultCell = z.object({
  level,
  function: personFunction,
  n: z.number().int().nullable(),
  suppressed: z.boolean(),
  means: measureMeans.nullable(),
});
export type ResultCell = z.infer<typeof resultCell>;

export const resultsQuery = z.object({ region: regionName.optional(), level: level.optional() });

export const cascadeNode = z.object({
  /** Stable key: `senior`, `middle:<region>`, `frontline:<region>`… */
  key: z.string(),
  level,
  region: z.string().nullable(),
  label: z.string(),
  n: z.number().int().nullable(),
  suppressed: z.boolean(),
  belief: z.number().nullable(),
  readiness: z.number().nullable(),
  /** This group doubts (belief below the doubt line) and so does the group that manages it. */
  doubtCascades: z.boolean(),
  children: z.array(z.string()),
});
export const blessing = z.object({
  person: personRef,
  status: z.enum(['blessed', 'not_yet', 'withheld']),
  note: z.string(),
  at: z.string(),
});
export const blessingInput = z.object({ status: z.enum(['blessed', 'not_yet', 'withheld']), note: optionalText });

export const pulseResults = z.object({
  pulseId: z.string(),
  reportingMinimum: z.number().int(),
  responded: z.number().int().nullable(),
  cells: z.array(resultCell),
  cascade: z.object({ doubtLine: z.number(), roots: z.array(z.string()), nodes: z.array(cascadeNode) }),
  /** Reporting lines: each sales manager's whole line (without the manager), suppressed below the minimum. */
  lines: z.array(z.object({ managerId: z.string(), managerName: z.string(), level, region: z.string().nullable(), n: z.number().int().nullable(), suppressed: z.boolean(), belief: z.number().nullable() })),
});
export type PulseResults = z.infer<typeof pulseResults>;

/** `tandem buyin report` and GET /api/buyin/report: one row per initiative × (level, function) cell. */
export const buyinReportRow = z.object({
  initiativeId: z.string(),
  initiativeTitle: z.string(),
  pulseId: z.string().nullable(),
  level,
  function: personFunction,
  n: z.number().int().nullable(),
  suppressed: z.boolean(),
  objectivity: z.number().nullable(),
  sensitivity: z.number().nullable(),
  involvement: z.number().nullable(),
  positioning: z.number().nullable(),
  belief: z.number().nullable(),
  readiness: z.number().nullable(),
});
export const buyinReportQuery = z.object({ initiativeId: id.optional() });
export const buyinReport = z.object({ rows: z.array(buyinReportRow) });

// ---------------------------------------------------------------- pages

export const initiativeDetail = z.object({
  initiative: initiativeSummary.extend({
    summary: z.string(),
    rationale: z.string(),
    expectedSalesBenefit: z.string(),
    absorptionBusinessDays: z.number().int(),
    absorptionStartedAt: z.string().nullable(),
    absorptionEndsAt: z.string().nullable(),
    /** Stages this reader may move the initiative to now, with why others are closed. */
    nextStages: z.array(
      z.object({
        to: stage,
        allowed: z.boolean(),
        needsReason: z.boolean(),
        /** True for an early commitment ask: possible only with `overrideAbsorption` and a reason (allowed is false). */
        needsOverride: z.boolean(),
        why: z.string(),
      }),
    ),
    version: z.number().int(),
  }),
  can: z.object({ edit: z.boolean(), respond: z.boolean(), giveFeedback: z.boolean(), askFlex: z.boolean(), bless: z.boolean() }),
  checklist: z.array(checklistItem),
  history: z.array(historyEntry),
  evidence: z.array(evidenceItem),
  advisoryBoard: z.array(advisoryMember),
  advisoryInputs: z.array(advisoryInput),
  workingSessions: z.array(workingSession),
  testMarkets: z.array(testMarket),
  feedback: z.array(feedbackItem),
  flexRequests: z.array(flexRequest),
  pulses: z.array(pulseSummary),
  blessings: z.array(blessing),
  /** Latest initiative pulse results (aggregates only) and the latest organisation pulse beside them. */
  results: pulseResults.nullable(),
  determinants: z.array(z.object({ measure, codeId: z.string(), mean: z.number().nullable(), n: z.number().int().nullable(), suppressed: z.boolean() })),
});
export type InitiativeDetail = z.infer<typeof initiativeDetail>;

export const waitingForMe = z.object({
  pulses: z.array(pulseSummary.extend({ answered: z.number().int(), mine: z.enum(['to_answer', 'answered']) })),
  answeredFeedback: z.array(feedbackItem),
  absorbing: z.array(initiativeSummary.extend({ absorptionEndsAt: z.string().nullable() })),
});

export const notification = z.object({
  id: z.string(),
  kind: z.enum(['feedback_answered', 'pulse_invite', 'pulse_reminder', 'flex_decided', 'feedback_received', 'signal_warning']),
  text: z.string(),
  link: z.string(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export const notificationList = z.object({ items: z.array(notification), unread: z.number().int() });
