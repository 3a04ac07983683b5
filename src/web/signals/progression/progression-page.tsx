import { useState } from 'react';
import { Link } from 'react-router';
import { PROGRESSION_WEEKS, type ProgressionView } from '../../../shared/signals-progression';
import { Badge } from '../../ui/badge';
import { EmptyState } from '../../ui/empty-state';
import { QueryView } from '../../ui/query-view';
import { Table } from '../../ui/table';
import { usePageTitle } from '../../ui/use-page-title';
import { useProgression } from './progression-api';
import { earliestBadge } from './labels';
import { UnitFigures } from './unit-figures';
import { UnitPanel } from './unit-panel';
import '../../dysfunction/signals.css';
import './progression.css';
import { WeeksSelect } from '../weeks-select';

const WEEK_CHOICES = [26, 52, 78, PROGRESSION_WEEKS.max];

export function ProgressionPage() {
  usePageTitle('Progression of dysfunctions');
  const [weeks, setWeeks] = useState<number>(PROGRESSION_WEEKS.default);
  const progression = useProgression(weeks);
  return (
    <div className="page sg-page">
      <header className="page-header">
        <h1>Progression of dysfunctions</h1>
        <p className="page-header__lead">
          Any dysfunction can feed any other (DOMAIN.md <code>progression.circular</code>), so the one that moved first in a unit is the one to address first.
          Per unit: the weekly scores, which one moved first, and how sure we can be.
        </p>
      </header>
      <WeeksSelect id="progression-weeks" label="Weeks analysed" value={weeks} choices={WEEK_CHOICES} onChange={setWeeks} />
      <QueryView query={progression} loadingLabel="Analysing every unit (this can take a few seconds)…">
        {(data) => <ProgressionResult data={data} />}
      </QueryView>
      <HowToRead />
      <p className="page-footer-note">
        <Link to="/signals/propositions">Propositions tested on your data</Link>
      </p>
    </div>
  );
}

function ProgressionResult({ data }: { data: ProgressionView }) {
  const analysed = data.units.filter((unit) => unit.status === 'analysed');
  const preferred = analysed.find((unit) => unit.earliest?.dysfunction) ?? analysed[0] ?? data.units[0];
  const [chosen, setChosen] = useState<string | null>(null);
  const selected = data.units.find((unit) => unit.unit === chosen) ?? preferred;
  if (data.units.length === 0) {
    return <EmptyState title="No units yet">Import people with their regions (Organisation → Import people), then interaction events.</EmptyState>;
  }
  return (
    <>
      <p className="muted">
        Weeks {data.fromWeek} to {data.toWeek}; units of fewer than {data.minimum} people are hidden.
      </p>
      {analysed.length === 0 && (
        <EmptyState title="Not enough weeks of data to analyse any unit">
          Progression needs at least 24 weeks of interaction events per unit. Import older events (<code>tandem import events</code>) or come back later.
        </EmptyState>
      )}
      <Table caption="Units and their earliest-moving dysfunction" scrollFocusable>
        <thead>
          <tr>
            <th scope="col">Unit</th>
            <th scope="col" className="num">People</th>
            <th scope="col">Earliest-moving</th>
            <th scope="col">Reading</th>
            <th scope="col">
              <span className="sr-only">Details</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {data.units.map((unit) => {
            const badge = earliestBadge(unit.earliest);
            const isSelected = unit.unit === selected?.unit;
            return (
              <tr key={unit.unit} className={isSelected ? 'pg-row--selected' : undefined}>
                <th scope="row">{unit.unit}</th>
                <td className="num">{unit.people ?? '—'}</td>
                <td>{unit.status === 'analysed' ? <Badge tone={badge.tone}>{badge.label}</Badge> : <span className="muted">{unit.suppressed ? 'Hidden' : 'Too few weeks'}</span>}</td>
                <td>{unit.message}</td>
                <td>
                  <button type="button" className="button button--small" aria-pressed={isSelected} onClick={() => setChosen(unit.unit)}>
                    Show<span className="sr-only"> {unit.unit}</span>
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </Table>
      {selected && (
        <>
          <UnitPanel unit={selected} />
          {selected.status === 'analysed' && <UnitFigures unit={selected.unit} weeks={data.weeks} />}
        </>
      )}
    </>
  );
}

function HowToRead() {
  return (
    <details className="pg-how">
      <summary>How to read this: the methods and their assumptions</summary>
      <p>
        <strong>Scores.</strong> Communication paucity is the share of the unit's usual weekly cross-function contact that is missing (1 − contacts ÷ the
        unit's median week). Lack of collaboration is the share of support promises its people did not keep. Overt conflict is incidents per week.
      </p>
      <p>
        <strong>Leads (co-movement).</strong> For each ordered pair, the week-to-week changes of one are correlated with the other's 1 to 4 weeks later. The
        p-value compares that with 499 phase-randomised copies (same rhythm, alignment destroyed). A lead is flagged at p ≤ 0.05 / 6 and when it beats the
        reverse direction; its interval comes from a moving-block bootstrap. Assumes the relation is stable over the weeks shown.
      </p>
      <p>
        <strong>Onsets (starts).</strong> For each score, the week with the clearest step up, kept when a permutation test gives p ≤ 0.05 / 3; its 95% interval
        (shaded on the chart) comes from a block bootstrap. One dysfunction precedes another when its onset comes first in at least 95% of the draws.
        Assumes exchangeable weeks, so strongly autocorrelated scores make it too eager.
      </p>
      <p>
        <strong>Earliest-moving.</strong> The dysfunction no flagged lead or kept onset points to. When leads go round in a circle it is the source of the
        strongest lead (marked circular). When the two methods name different ones, both are shown and none is picked. Associations in time are not proof of
        cause; use this to decide where to look first.
      </p>
    </details>
  );
}
