import { effectiveMinimum } from '../../../domain/dysfunction/suppression';
import { PROPOSITIONS, testProposition } from '../../../domain/signals/propositions';
import type { PropositionsQuery, PropositionsView } from '../../../shared/signals-progression';
import { requireRole, type UseCaseContext } from '../../actor';
import { reportingMinimumOf, SIGNAL_READER_ROLES } from '../../dysfunction/access';
import { analysisWindow } from '../progression/analysis-window';
import { seedOf } from '../progression/unit-analysis';
import { loadSignalInputs, weeklySeriesOf } from '../series/load-signal-inputs';
import { dataNeededFor, dysfunctionIntensity, testsOf } from './proposition-measures';
import { countJournalByUnit, countSalesPulseAnswersByUnit, countSupportAskersByUnit } from './propositions-repository';

const CAVEAT =
  "Exploratory: one firm's observational data, compared across its units. Each figure is an association, not a cause, and many propositions are tested at once, so some agreements will be chance. Use them to ask better questions, not to decide.";

/** The §5 propositions tested on the firm's own units over `weeks` full weeks before `asOf`. */
export async function getPropositions(context: UseCaseContext, query: PropositionsQuery, now: Date): Promise<PropositionsView> {
  const { db, actor } = context;
  requireRole(actor, SIGNAL_READER_ROLES, 'see the propositions tested on your data');
  const window = analysisWindow(query.weeks, query.asOf, now);
  const since = new Date(`${window.fromWeek}T00:00:00Z`);
  const until = new Date(Date.parse(`${window.toWeek}T00:00:00Z`) + 7 * 86_400_000);
  const { minimum, inputs, data } = await db.withOrg(actor.orgId, async (tx) => {
    const span = { since, until };
    return {
      minimum: effectiveMinimum(await reportingMinimumOf(tx, actor.orgId)),
      inputs: await loadSignalInputs(tx, actor.orgId, { fromWeek: window.fromWeek, toWeek: window.toWeek, now: window.now }),
      data: {
        journal: await countJournalByUnit(tx, actor.orgId, span),
        pulses: await countSalesPulseAnswersByUnit(tx, actor.orgId, span),
        askers: await countSupportAskersByUnit(tx, actor.orgId, span),
      },
    };
  });
  const sizes = new Map<string, number>();
  for (const person of inputs.people) sizes.set(person.unit, (sizes.get(person.unit) ?? 0) + 1);
  const eligible = [...sizes].filter(([, people]) => people >= minimum).map(([unit]) => unit).sort();
  const intensity = dysfunctionIntensity(weeklySeriesOf(inputs), inputs.people, eligible);
  return {
    exploratory: true,
    caveat: CAVEAT,
    asOf: window.asOf,
    fromWeek: window.fromWeek,
    toWeek: window.toWeek,
    minimum,
    eligibleUnits: eligible.length,
    propositions: PROPOSITIONS.map((proposition) => {
      const measured = testsOf(proposition, intensity, data, minimum);
      const tests = measured.map((test) => {
        const result = testProposition(proposition, test.observations, { seed: seedOf(`${proposition.id}|${test.outcomeSource}`) });
        return {
          dysfunctionMeasure: test.dysfunctionMeasure,
          outcomeMeasure: test.outcomeMeasure,
          outcomeSource: test.outcomeSource,
          n: result.n,
          rho: result.rho,
          standardisedSlope: result.standardisedSlope,
          interval: result.interval,
          verdict: result.agreement,
          note: result.note,
        };
      });
      return {
        id: proposition.id,
        dysfunction: proposition.dysfunction,
        side: proposition.side,
        outcome: proposition.outcome,
        expected: proposition.expected,
        statement: proposition.statement,
        tests,
        dataNeeded: tests.every((test) => test.n === 0) ? dataNeededFor(proposition, measured) : null,
      };
    }),
  };
}
