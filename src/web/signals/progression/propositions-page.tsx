import { useState } from 'react';
import { Link } from 'react-router';
import type { PropositionsView } from '../../../shared/signals-progression';
import { CODE_LABELS } from '../../dysfunction/labels';
import { Badge, type BadgeTone } from '../../ui/badge';
import { QueryView } from '../../ui/query-view';
import { Table } from '../../ui/table';
import { usePageTitle } from '../../ui/use-page-title';
import { ForestBar } from './forest-bar';
import { fixed } from './labels';
import { usePropositions } from './progression-api';
import '../../dysfunction/signals.css';
import './progression.css';
import { WeeksSelect } from '../weeks-select';

const VERDICTS: Record<PropositionsView['propositions'][number]['tests'][number]['verdict'], { label: string; tone: BadgeTone }> = {
  agrees: { label: 'Agrees', tone: 'success' },
  contradicts: { label: 'Contradicts', tone: 'danger' },
  inconclusive: { label: 'Inconclusive', tone: 'neutral' },
  too_few: { label: 'Too few units', tone: 'info' },
};

const SOURCE_LABELS = { journal: 'Journal', buyin_pulses: 'Buy-in pulses', support_requests: 'Support requests' } as const;

export function PropositionsPage() {
  usePageTitle('Propositions on your data');
  const [weeks, setWeeks] = useState(26);
  const propositions = usePropositions(weeks);
  return (
    <div className="page sg-page">
      <header className="page-header">
        <h1>Propositions on your data</h1>
        <p className="page-header__lead">
          The directions the research found (DOMAIN.md §5), checked across your own units: does more of a dysfunction go with more of how each side reads
          it and responds?
        </p>
      </header>
      <div className="alert alert--info pg-banner" role="note">
        <p className="alert__title">Exploratory: one firm's observational data</p>
        <p className="alert__body">
          Each row compares units of your firm. It shows an association, not a cause; many propositions are tested at once, so some agreements will be
          chance. Use these to ask better questions, not to decide.
        </p>
      </div>
      <WeeksSelect id="propositions-weeks" label="Weeks of data" value={weeks} choices={[13, 26, 52]} onChange={setWeeks} />
      <QueryView query={propositions} loadingLabel="Testing the propositions…">
        {(data) => <PropositionTable data={data} />}
      </QueryView>
      <p className="page-footer-note">
        <Link to="/signals/progression">Progression of dysfunctions</Link>
      </p>
    </div>
  );
}

function PropositionTable({ data }: { data: PropositionsView }) {
  return (
    <>
      <p className="muted">
        Weeks {data.fromWeek} to {data.toWeek}; {data.eligibleUnits} units have at least {data.minimum} people. A unit counts for a measure only when the
        group behind it (authors, invitees, people of a side) has at least {data.minimum} people. Spearman's rho runs from −1 to 1; the bar shows its 95%
        bootstrap interval around the dot, with zero marked.
      </p>
      <Table caption="Propositions of DOMAIN.md §5 tested on this firm's units" captionHidden scrollFocusable className="pg-propositions">
        <thead>
          <tr>
            <th scope="col">Proposition</th>
            <th scope="col">Measures</th>
            <th scope="col" className="num">Units</th>
            <th scope="col" className="num">rho</th>
            <th scope="col">95% interval</th>
            <th scope="col">Verdict</th>
          </tr>
        </thead>
        <tbody>
          {data.propositions.flatMap((proposition) =>
            proposition.tests.map((test, index) => (
              <tr key={`${proposition.id}|${test.outcomeSource}`}>
                {index === 0 && (
                  <th scope="row" rowSpan={proposition.tests.length} className="pg-proposition">
                    <span>{proposition.statement}</span>
                    <span className="pg-ids">
                      <code>{proposition.dysfunction}</code> → <code>{proposition.outcome}</code> ({CODE_LABELS[proposition.outcome as keyof typeof CODE_LABELS] ?? proposition.outcome},{' '}
                      {proposition.side})
                    </span>
                    {proposition.dataNeeded && <span className="pg-needed">{proposition.dataNeeded}</span>}
                  </th>
                )}
                <td className="pg-measures">
                  <span className="pg-source">{SOURCE_LABELS[test.outcomeSource]}</span>
                  <span>x: {test.dysfunctionMeasure}</span>
                  <span>y: {test.outcomeMeasure}</span>
                </td>
                <td className="num">{test.n}</td>
                <td className="num">{fixed(test.rho)}</td>
                <td>
                  <span className="pg-interval">
                    <ForestBar rho={test.rho} interval={test.verdict === 'too_few' ? null : test.interval} />
                    <span className="num">{test.interval ? `${fixed(test.interval[0])} to ${fixed(test.interval[1])}` : '—'}</span>
                  </span>
                </td>
                <td>
                  <Badge tone={VERDICTS[test.verdict].tone}>{VERDICTS[test.verdict].label}</Badge>
                </td>
              </tr>
            )),
          )}
        </tbody>
      </Table>
    </>
  );
}
