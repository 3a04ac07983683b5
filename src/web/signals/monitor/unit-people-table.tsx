import { Link } from 'react-router';
import type { UnitDrillView } from '../../../shared/signals-monitor';
import { percent } from '../../dysfunction/labels';
import { functionLabels, levelLabels } from '../../org/labels';
import { Table } from '../../ui/table';
import { ShowAllButton, useFirstRows } from './first-rows';

/** The unit's salespeople and marketers by how long since their last cross-function contact, none first. */
export function UnitPeopleTable({ data }: { data: UnitDrillView }) {
  const { shown, hidden, showAll } = useFirstRows(data.people);
  return (
    <>
      <Table caption={`Salespeople and marketers of ${data.monitor.unit}: cross-function contact in the last ${data.windowDays} days, longest without first`}>
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">Function</th>
            <th scope="col">Level</th>
            <th scope="col" className="num">
              Days since last
            </th>
            <th scope="col" className="num">
              Contacts / week
            </th>
            <th scope="col" className="num">
              Own outreach unanswered
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((person) => (
            <tr key={person.id}>
              <th scope="row">
                <Link to={`/org/people/${person.id}`}>{person.name}</Link>
              </th>
              <td>{functionLabels[person.function as keyof typeof functionLabels] ?? person.function}</td>
              <td>{levelLabels[person.level]}</td>
              <td className="num">{person.daysSinceLastCrossContact === null ? <strong>none in {data.windowDays} days</strong> : Math.floor(person.daysSinceLastCrossContact)}</td>
              <td className="num">{person.crossContactsPerWeek.toFixed(2)}</td>
              <td className="num">
                {percent(person.outreach.ratio)} <span className="muted">of {person.outreach.events}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
      <ShowAllButton hidden={hidden} total={data.people.length} noun="people" onClick={showAll} />
    </>
  );
}
