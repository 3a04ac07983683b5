import type { InitiativeDetail } from '../../shared/buyin';
import { checklist } from '../../domain/buyin/checklist';
import { countLoops } from '../../domain/buyin/feedback-loop';
import { nextStages } from '../../domain/buyin/lifecycle';
import type { Actor, UseCaseContext } from '../actor';
import { notFound } from '../errors';
import { permissionsOf, type Viewer } from './access';
import { checklistFactsOf, summaryOf, type InitiativeFacts } from './initiative-summaries';
import { LruCache, pageKey } from './page-cache';
import { countPublished, loadPageEntry, type PageEntry } from './page-cache-entry';
import { loadPageHead, readPageHead, type PageHead } from './page-cache-repository';
import { presentFeedback, presentTestMarket } from './presenters';
import { presentPulseSummary } from './pulse-presenters';

/** Pages of the most recently read initiative revisions in this process. */
const pages = new LruCache<PageEntry>(500);
const stats = { hits: 0, misses: 0 };

/** A page as the reader sees it: the cached revision plus their own parts (`can`, authorship) and those that age. */
interface ReaderPage {
  entry: PageEntry;
  /** Everything but the fixed sections. */
  own: Omit<InitiativeDetail, keyof PageEntry['fixed']>;
}

/**
 * Everything the initiative page shows. When the revision is cached, one round trip (the revision, the reporting
 * minimum and the viewer); otherwise one transaction with a fixed number of queries whatever the page's size. The
 * cached part is the same for every reader and keeps raw times: what depends on the reader or on `now` is made here.
 */
async function readPage({ db, actor }: UseCaseContext, initiativeId: string, now: Date): Promise<ReaderPage> {
  const { orgId } = actor;
  const cached = await readPageHead(db, orgId, initiativeId, actor, now);
  if (!cached) throw notFound('That initiative');
  const entry = pages.get(keyOf(actor, initiativeId, cached));
  // A pulse that reached its closing time since the entry was read publishes results: read the page again.
  if (entry && countPublished(entry.pulses, now) === entry.publishedPulses) {
    stats.hits++;
    return { entry, own: readerParts(entry, viewerOf(actor, cached), now) };
  }
  return db.withOrg(orgId, async (tx) => {
    // Read the head again inside the transaction, so the entry is stored under the revision it was loaded at.
    const head = await loadPageHead(tx, orgId, initiativeId, actor, now);
    if (!head) throw notFound('That initiative');
    stats.misses++;
    const loaded = await loadPageEntry(tx, orgId, initiativeId, minimumOf(head), now);
    pages.set(keyOf(actor, initiativeId, head), loaded);
    return { entry: loaded, own: readerParts(loaded, viewerOf(actor, head), now) };
  });
}

const minimumOf = (head: PageHead) => Math.max(3, head.reportingMinimum ?? 5);
const keyOf = (actor: Actor, initiativeId: string, head: PageHead) =>
  pageKey([actor.orgId, initiativeId, head.revision, minimumOf(head), head.organisationPulse]);

function viewerOf(actor: Actor, head: PageHead): Viewer {
  const person: Viewer['person'] = head.viewerPerson;
  const reportingMinimum = minimumOf(head);
  const userName = head.viewerUserName;
  const marketer = actor.role !== 'auditor' && (actor.role === 'admin' || actor.role === 'leader' || person?.function === 'marketing');
  return { actor, person, name: person?.name ?? userName ?? 'Tandem CLI', marketer, reportingMinimum };
}

function readerParts(entry: PageEntry, viewer: Viewer, now: Date): ReaderPage['own'] {
  const { row, people, feedback } = entry;
  const loops = countLoops(feedback.map((f) => ({ createdAt: f.createdAt, respondedAt: f.response?.at ?? null })), now);
  const facts: InitiativeFacts = {
    evidenceCount: entry.evidenceCount,
    involvementCount: entry.involvementCount,
    testMarketCount: entry.testMarkets.length,
    absorptionOverridden: entry.absorptionOverridden,
    openLoops: loops.open,
    overdueLoops: loops.overdue,
    belief: entry.latestBelief,
  };
  const can = permissionsOf(viewer);
  const stages = nextStages(row, now).map((option) =>
    can.edit ? option : { ...option, allowed: false, needsOverride: false, why: 'Only marketing, leaders and admins move initiatives between stages.' },
  );
  return {
    initiative: {
      ...summaryOf(row, people, facts),
      summary: row.summary,
      rationale: row.rationale,
      expectedSalesBenefit: row.expectedSalesBenefit,
      absorptionBusinessDays: row.absorptionBusinessDays,
      absorptionStartedAt: row.absorptionStartedAt?.toISOString() ?? null,
      absorptionEndsAt: row.absorptionEndsAt?.toISOString() ?? null,
      nextStages: stages,
      version: row.version,
    },
    can,
    checklist: checklist(checklistFactsOf(row, facts)),
    testMarkets: entry.testMarkets.map((t) => presentTestMarket(t, now)),
    feedback: feedback.map((f) => presentFeedback(f, viewer.actor.personId, people, now)),
    pulses: entry.pulses.map((p) => presentPulseSummary(p, now)),
  };
}

export async function getInitiative(context: UseCaseContext, initiativeId: string, now = new Date()): Promise<InitiativeDetail> {
  const { entry, own } = await readPage(context, initiativeId, now);
  return { ...own, ...entry.fixed };
}

/**
 * The same page as JSON text, for the HTTP route: the fixed sections are serialised once per cached revision and
 * spliced in, so a cache hit serialises only the reader's parts (the contract was checked when the entry was made).
 */
export async function getInitiativeJson(context: UseCaseContext, initiativeId: string, now = new Date()): Promise<string> {
  const { entry, own } = await readPage(context, initiativeId, now);
  entry.fixedJson ??= JSON.stringify(entry.fixed).slice(1, -1);
  const ownJson = JSON.stringify(own);
  return `${ownJson.slice(0, -1)},${entry.fixedJson}}`;
}

/** How often reads found their revision cached in this process (tests, diagnostics). */
export const initiativePageCacheStats = () => ({ ...stats, size: pages.size });
