import { countRates, type RateInput } from '../../../domain/dysfunction/promise-rates';
import { supportStatus } from '../../../domain/dysfunction/support-requests';
import { paucityIndicators } from '../../../domain/signals/paucity-indicators';
import { monitorWindows } from '../../../domain/signals/monitor-heatmap';
import { weekStartOf } from '../../../domain/signals/weeks';
import type { DyadDrillView, MonitorQuery } from '../../../shared/signals-monitor';
import { requireRole, type UseCaseContext } from '../../actor';
import type { Tx } from '../../db/create-db';
import { SIGNAL_READER_ROLES } from '../../dysfunction/access';
import { factsOf } from '../../dysfunction/support-presenter';
import { listAskedBy, type SupportRow } from '../../dysfunction/support-requests-repository';
import { invalidInput, notFound } from '../../errors';
import { findPerson, type PersonRow } from '../../org/people-repository';
import { findPairDays } from '../rollups-repository';
import { drillWindow } from './drill-window';
import { asRollupPerson } from './monitor-lattice';
import { personRef } from './person-ref';

/** A year of days between two people is far below this; the read is bounded all the same. */
const PAIR_DAY_LIMIT = 100_000;

/**
 * One sales–marketing dyad: weekly contacts and unanswered contacts each way (pair-day rollup), communication paucity
 * over 90 days, and the support each side asked of the other with its promise keeping.
 */
export async function getDyadDrill(
  { db, actor }: UseCaseContext,
  ids: { salesPersonId: string; marketingPersonId: string },
  query: Omit<MonitorQuery, 'unit'>,
  now = new Date(),
): Promise<DyadDrillView> {
  requireRole(actor, SIGNAL_READER_ROLES, 'see a dyad of the dysfunction monitor');
  const window = drillWindow(query.asOf, now);
  const { trendWeeks } = monitorWindows(window.asOf, query.weeks);
  return db.withOrg(actor.orgId, async (tx) => {
    const sales = await personOfSide(tx, actor.orgId, ids.salesPersonId, 'sales');
    const marketing = await personOfSide(tx, actor.orgId, ids.marketingPersonId, 'marketing');
    const firstDay = [trendWeeks[0] as string, window.from].sort()[0] as string;
    const rows = (await findPairDays(tx, actor.orgId, { from: firstDay, to: window.asOf, personId: sales.id, limit: PAIR_DAY_LIMIT })).filter(
      (row) => row.initiatorId === marketing.id || row.recipientId === marketing.id,
    );
    const weeks = trendWeeks.map((weekStart) => ({ weekStart, salesToMarketing: 0, salesToMarketingUnanswered: 0, marketingToSales: 0, marketingToSalesUnanswered: 0 }));
    const weekIndex = new Map(weeks.map((week, index) => [week.weekStart, index]));
    for (const row of rows) {
      const week = weeks[weekIndex.get(weekStartOf(Date.parse(`${row.day}T00:00:00Z`))) ?? -1];
      if (!week || row.day > window.asOf) continue;
      if (row.initiatorId === sales.id) {
        week.salesToMarketing += row.events;
        week.salesToMarketingUnanswered += row.unanswered;
      } else {
        week.marketingToSales += row.events;
        week.marketingToSalesUnanswered += row.unanswered;
      }
    }
    const paucity = paucityIndicators(rows, [sales, marketing].map(asRollupPerson), { now: window.at, windowDays: window.windowDays }).dyads[0];
    const salesAsked = (await listAskedBy(tx, actor.orgId, sales.id)).filter((row) => asks(row, marketing.id));
    const marketingAsked = (await listAskedBy(tx, actor.orgId, marketing.id)).filter((row) => asks(row, sales.id));
    const withStatus = (row: SupportRow) => ({ row, status: supportStatus(factsOf(row), now) });
    const rateInputs = (list: SupportRow[], asked: PersonRow): RateInput[] =>
      list.map((row) => ({ status: withStatus(row).status, askedKey: asked.id, function: asked.function, level: asked.level, unit: asked.region }));
    const requests = [
      ...salesAsked.map((row) => ({ ...withStatus(row), askedBy: 'sales' as const })),
      ...marketingAsked.map((row) => ({ ...withStatus(row), askedBy: 'marketing' as const })),
    ]
      .sort((a, b) => b.row.createdAt.getTime() - a.row.createdAt.getTime())
      .map(({ row, status, askedBy }) => ({ id: row.id, askedBy, kind: row.kind, summary: row.summary, createdAt: row.createdAt.toISOString(), status }));
    return {
      asOf: window.asOf,
      windowDays: window.windowDays,
      sales: personRef(sales),
      marketing: personRef(marketing),
      weeks,
      paucity: paucity
        ? {
            daysSinceLastContact: paucity.daysSinceLastContact,
            contactsPerWeek: paucity.contactsPerWeek,
            reciprocity: paucity.reciprocity,
            salesInitiatedShare: paucity.salesInitiatedShare,
            salesToMarketing: paucity.salesToMarketing,
            marketingToSales: paucity.marketingToSales,
          }
        : null,
      // salesAsked: how marketing kept what sales asked; marketingAsked: how sales kept what marketing asked.
      support: { requests, salesAsked: countRates(rateInputs(salesAsked, marketing)), marketingAsked: countRates(rateInputs(marketingAsked, sales)) },
    };
  });
}

/** A request one person addressed to the other by name, or that the other answered. */
const asks = (row: SupportRow, otherId: string) => row.addresseePersonId === otherId || row.responderPersonId === otherId;

async function personOfSide(tx: Tx, orgId: string, id: string, side: 'sales' | 'marketing'): Promise<PersonRow> {
  const person = await findPerson(tx, orgId, id);
  if (!person) throw notFound(`The ${side} person of this dyad`);
  if (person.function !== side) {
    throw invalidInput(`${person.name} works in ${person.function}, not ${side}: a dyad is a sales person and a marketing person, in that order.`);
  }
  return person;
}
