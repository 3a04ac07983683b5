import { useState } from 'react';
import { Link } from 'react-router';
import type { AgreementView, CodeView, CoderView } from '../../shared/research';
import { Badge } from '../ui/badge';
import { EmptyState } from '../ui/empty-state';
import { QueryView } from '../ui/query-view';
import { Table } from '../ui/table';
import { formatNumber } from '../ui/format';
import { usePageTitle } from '../ui/use-page-title';
import { codeColor, formatPercent, formatScore, snippet } from './labels';
import { useProjectDetail } from './project-layout';
import { useAgreement, type AgreementSettings } from './research-api';

const DISAGREEMENTS_SHOWN = 50;

export function AgreementPage() {
  const project = useProjectDetail();
  usePageTitle(`Agreement · ${project.project.name}`);
  const pid = project.project.id;
  const [settings, setSettings] = useState<AgreementSettings>(() => ({
    unit: 'segment',
    countUncoded: true,
    coders: project.coders.map((coder) => coder.id),
  }));
  const query = useAgreement(pid, settings);
  const enough = settings.coders.length >= 2;

  return (
    <>
      <header className="page-header">
        <h1>Agreement</h1>
        <p className="page-header__lead">
          How far independent coders agree. Proportional reduction in loss (Rust &amp; Cooil 1994) should reach 0.70 for
          exploratory work; percent agreement, Holsti, kappa and alpha are shown alongside.
        </p>
      </header>

      {project.coders.length < 2 ? (
        <EmptyState title="Agreement needs two coders">
          <p>
            {project.coders.length === 0 ? 'No one has coded yet.' : `Only ${project.coders[0]?.name} has coded so far.`} Ask a
            second analyst to code the same transcripts in their own layer, or import a project with several coders.
          </p>
        </EmptyState>
      ) : (
        <>
          <form className="rs-settings rs-agreement-settings" aria-label="Agreement settings" onSubmit={(event) => event.preventDefault()}>
            <fieldset className="rs-fieldset">
              <legend>Coders</legend>
              {project.coders.map((coder) => (
                <label key={coder.id} className="rs-choice">
                  <input
                    type="checkbox"
                    checked={settings.coders.includes(coder.id)}
                    onChange={(event) =>
                      setSettings((current) => ({
                        ...current,
                        coders: event.target.checked
                          ? project.coders.filter((item) => item.id === coder.id || current.coders.includes(item.id)).map((item) => item.id)
                          : current.coders.filter((id) => id !== coder.id),
                      }))
                    }
                  />
                  <span>
                    {coder.name}
                    {coder.isMe && <span className="muted"> (you)</span>}
                  </span>
                </label>
              ))}
              {!enough && <p className="field__error">Choose at least two coders to compare.</p>}
            </fieldset>
            <fieldset className="rs-fieldset">
              <legend>Unit</legend>
              <label className="rs-choice">
                <input type="radio" name="agreement-unit" checked={settings.unit === 'segment'} onChange={() => setSettings((current) => ({ ...current, unit: 'segment' }))} />
                <span>
                  Segments<span className="rs-choice__hint">Passages between any coder’s boundaries</span>
                </span>
              </label>
              <label className="rs-choice">
                <input
                  type="radio"
                  name="agreement-unit"
                  checked={settings.unit === 'character'}
                  onChange={() => setSettings((current) => ({ ...current, unit: 'character' }))}
                />
                <span>
                  Characters<span className="rs-choice__hint">Every character weighs the same</span>
                </span>
              </label>
            </fieldset>
            <fieldset className="rs-fieldset">
              <legend>Uncoded text</legend>
              <label className="rs-choice">
                <input
                  type="checkbox"
                  role="switch"
                  checked={settings.countUncoded}
                  onChange={(event) => setSettings((current) => ({ ...current, countUncoded: event.target.checked }))}
                />
                <span>
                  Count text nobody coded as agreement
                  <span className="rs-choice__hint">Off: only text at least one coder coded counts</span>
                </span>
              </label>
            </fieldset>
          </form>
          {enough && (
            <QueryView query={query} loadingLabel="Comparing the coders…" errorTitle="Agreement could not be computed">
              {(view) => <AgreementResult pid={pid} view={view} codes={project.codes} coders={project.coders} />}
            </QueryView>
          )}
        </>
      )}
    </>
  );
}

function AgreementResult({ pid, view, codes, coders }: { pid: string; view: AgreementView; codes: CodeView[]; coders: CoderView[] }) {
  const codesById = new Map(codes.map((code) => [code.id, code]));
  const coderNames = new Map([...coders, ...view.coders].map((coder) => [coder.id, coder.name]));
  if (view.units === 0) {
    return (
      <EmptyState title="Nothing to compare yet">
        <p>The chosen coders have not coded any transcript in common. Each coder codes the same transcripts in their own layer.</p>
      </EmptyState>
    );
  }
  return (
    <>
      <section className="section" aria-labelledby="prl-heading">
        <h2 id="prl-heading">Proportional reduction in loss</h2>
        <div className="rs-prl">
          <p className="rs-prl__value">{formatScore(view.prl.value)}</p>
          {view.prl.meetsThreshold === null ? (
            <Badge tone="neutral">Not computable</Badge>
          ) : view.prl.meetsThreshold ? (
            <Badge tone="success">Meets 0.70</Badge>
          ) : (
            <Badge tone="danger">Below 0.70</Badge>
          )}
          <p className="rs-prl__method">{view.prl.method}</p>
        </div>
        <p className="field__hint">Over {formatNumber(view.units)} units, comparing {view.coders.map((coder) => coder.name).join(', ')}.</p>
      </section>

      <section className="section" aria-labelledby="overall-heading">
        <h2 id="overall-heading">Overall</h2>
        <Table caption="Overall agreement" captionHidden scrollFocusable>
          <thead>
            <tr>
              <th scope="col">Metric</th>
              <th scope="col" className="num">Value</th>
              <th scope="col">Note</th>
            </tr>
          </thead>
          <tbody>
            {view.overall.map((stat) => (
              <tr key={stat.metric}>
                <th scope="row">{stat.label}</th>
                <td className="num">{formatScore(stat.value, 3)}</td>
                <td className="rs-note-cell">{stat.note ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      </section>

      <section className="section" aria-labelledby="per-code-heading">
        <h2 id="per-code-heading">Per code</h2>
        {view.perCode.length === 0 ? (
          <EmptyState title="No code was applied by these coders" />
        ) : (
          <Table caption="Agreement per code" captionHidden scrollFocusable>
            <thead>
              <tr>
                <th scope="col">Code</th>
                <th scope="col" className="num">Units</th>
                <th scope="col" className="num">Agreement</th>
                <th scope="col" className="num">Kappa</th>
                <th scope="col" className="num">Alpha</th>
                <th scope="col" className="num">PRL</th>
              </tr>
            </thead>
            <tbody>
              {[...view.perCode]
                .sort((a, b) => (a.prl ?? 2) - (b.prl ?? 2) || a.name.localeCompare(b.name))
                .map((row) => (
                  <tr key={row.codeId}>
                    <th scope="row" className="cell-name">
                      <span className="rs-dot" style={{ background: codeColor(codesById.get(row.codeId)) }} aria-hidden="true" /> {row.name}
                    </th>
                    <td className="num">{formatNumber(row.units)}</td>
                    <td className="num">{formatPercent(row.percent)}</td>
                    <td className="num">{formatScore(row.kappa)}</td>
                    <td className="num">{formatScore(row.alpha)}</td>
                    <td className="num">
                      {formatScore(row.prl)}
                      {row.prl !== null && row.prl < 0.7 && <span className="sr-only"> (below 0.70)</span>}
                    </td>
                  </tr>
                ))}
            </tbody>
          </Table>
        )}
      </section>

      <section className="section" aria-labelledby="disagreements-heading">
        <h2 id="disagreements-heading">Disagreements ({formatNumber(view.disagreements.length)})</h2>
        {view.disagreements.length === 0 ? (
          <EmptyState title="No disagreements">
            <p>Every compared passage got the same codes from every chosen coder.</p>
          </EmptyState>
        ) : (
          <>
            <ul className="rs-disagreements">
              {view.disagreements.slice(0, DISAGREEMENTS_SHOWN).map((item) => (
                <li key={`${item.transcriptId}-${item.start}-${item.end}`} className="rs-disagreement">
                  <p className="rs-disagreement__text">“{snippet(item.text, 220)}”</p>
                  <dl className="rs-disagreement__coders">
                    {Object.entries(item.byCoder).map(([coderId, codeIds]) => (
                      <div key={coderId}>
                        <dt>{coderNames.get(coderId) ?? 'Unknown coder'}</dt>
                        <dd>
                          {codeIds.length === 0
                            ? 'no code'
                            : codeIds.map((codeId) => codesById.get(codeId)?.name ?? codeId).join(', ')}
                        </dd>
                      </div>
                    ))}
                  </dl>
                  <Link to={`/research/${pid}/transcripts/${item.transcriptId}?start=${item.start}&end=${item.end}`}>
                    Show in the transcript<span className="sr-only"> (characters {item.start}–{item.end})</span>
                  </Link>
                </li>
              ))}
            </ul>
            {view.disagreements.length > DISAGREEMENTS_SHOWN && (
              <p className="field__hint">
                Showing the first {DISAGREEMENTS_SHOWN} of {formatNumber(view.disagreements.length)}. Download the codings CSV for all of them.
              </p>
            )}
          </>
        )}
      </section>
    </>
  );
}
