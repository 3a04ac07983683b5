import { QueryView } from '../../ui/query-view';
import { Table } from '../../ui/table';
import { fixed } from './labels';
import { useUnitProgression } from './progression-api';

/** The weekly figures behind one unit's chart, read from the unit's own endpoint, in a disclosure. */
export function UnitFigures({ unit, weeks }: { unit: string; weeks: number }) {
  const detail = useUnitProgression(unit, weeks);
  return (
    <details className="pg-how">
      <summary>The weekly figures for {unit} as a table</summary>
      <QueryView query={detail} loadingLabel="Loading the weekly figures…">
        {(data) => {
          const { unit: view, indicators } = data;
          if (!indicators || !view.scores) return <p className="muted">{view.message}</p>;
          return (
            <Table caption={`Weekly indicators and scores in ${unit}`} captionHidden scrollFocusable>
              <thead>
                <tr>
                  <th scope="col">Week</th>
                  <th scope="col" className="num">Cross-function contacts</th>
                  <th scope="col" className="num">Paucity score</th>
                  <th scope="col" className="num">Promises closed</th>
                  <th scope="col" className="num">Not kept</th>
                  <th scope="col" className="num">Incidents</th>
                </tr>
              </thead>
              <tbody>
                {view.weeks.map((week, t) => (
                  <tr key={week}>
                    <th scope="row">{week}</th>
                    <td className="num">{indicators.crossContacts[t]}</td>
                    <td className="num">{fixed(view.scores?.communication_paucity[t] ?? null)}</td>
                    <td className="num">{indicators.promisesClosed[t]}</td>
                    <td className="num">{indicators.promisesBroken[t]}</td>
                    <td className="num">{indicators.incidents[t]}</td>
                  </tr>
                ))}
              </tbody>
            </Table>
          );
        }}
      </QueryView>
    </details>
  );
}
