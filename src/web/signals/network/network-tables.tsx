import { Link } from 'react-router';
import type { NetworkLevelSummary, NetworkView } from '../../../shared/signals-network';
import { percent } from '../../dysfunction/labels';
import { EmptyState } from '../../ui/empty-state';
import { Table } from '../../ui/table';
import { betweennessText, FUNCTION_STYLE, LEVEL_LABELS } from './network-labels';

const fewerThan = (minimum: number) => `Fewer than ${minimum} people`;

function PersonLink({ personId, name }: { personId: string; name: string }) {
  return <Link to={`/org/people/${encodeURIComponent(personId)}`}>{name}</Link>;
}

/** One row per level: the group figures, or why they are hidden. */
export function LevelSummaryTable({ view }: { view: NetworkView }) {
  return (
    <Table caption="Cross-functional network per level" captionHidden scrollFocusable>
      <thead>
        <tr>
          <th scope="col">Level</th>
          <th scope="col" className="num">People</th>
          <th scope="col" className="num">Sales / marketing</th>
          <th scope="col" className="num">Cross-function ties</th>
          <th scope="col" className="num">Density</th>
          <th scope="col" className="num">Isolated</th>
          <th scope="col" className="num">Modularity</th>
          <th scope="col" className="num">Communities</th>
        </tr>
      </thead>
      <tbody>
        {view.levels.map((level) => (
          <tr key={level.level}>
            <th scope="row">{LEVEL_LABELS[level.level]}</th>
            {level.suppressed ? (
              <td colSpan={7} className="sg-suppressed">
                {fewerThan(view.minimum)} at this level: figures hidden
              </td>
            ) : (
              <LevelCells level={level} minimum={view.minimum} />
            )}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

function LevelCells({ level, minimum }: { level: Extract<NetworkLevelSummary, { suppressed: false }>; minimum: number }) {
  const functionText = level.functions.every((fn) => !fn.suppressed)
    ? level.functions.map((fn) => (fn.suppressed ? '' : fn.groupSize)).join(' / ')
    : null;
  return (
    <>
      <td className="num">{level.groupSize}</td>
      <td className="num">{functionText ?? <span className="sg-suppressed">hidden (a side has {fewerThan(minimum).toLowerCase()})</span>}</td>
      <td className="num">{level.crossFunctionTies}</td>
      <td className="num">{level.crossFunctionDensity === null ? '— (one side empty)' : percent(level.crossFunctionDensity)}</td>
      <td className="num">{level.isolatedCount}</td>
      <td className="num">{level.groupSize === 0 ? '—' : level.modularity.toFixed(2)}</td>
      <td className="num">{level.communityCount}</td>
    </>
  );
}

/** One row per community (Louvain, within a level); small ones only merged, hidden ones said so. */
export function CommunitiesTable({ view }: { view: NetworkView }) {
  const rows = view.levels.flatMap((level) => (level.suppressed ? [] : level.communities.map((community) => ({ level: level.level, community }))));
  if (rows.length === 0) return <p className="muted">No level has enough people to show its communities.</p>;
  return (
    <Table caption="Communities per level" captionHidden scrollFocusable>
      <thead>
        <tr>
          <th scope="col">Community</th>
          <th scope="col" className="num">People</th>
          <th scope="col" className="num">Sales</th>
          <th scope="col" className="num">Marketing</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ level, community }) => (
          <tr key={`${level}-${community.label}`}>
            <th scope="row">{community.label}</th>
            {community.suppressed ? (
              <td colSpan={3} className="sg-suppressed">
                Hidden: {fewerThan(view.minimum).toLowerCase()}, or it would give a smaller group back
              </td>
            ) : (
              <>
                <td className="num">{community.groupSize}</td>
                <td className="num">{community.salesCount}</td>
                <td className="num">{community.marketingCount}</td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

export function BrokersTable({ view }: { view: NetworkView }) {
  if (view.brokers.length === 0) {
    return (
      <EmptyState title="No brokers">
        <p>Nobody lies on the shortest paths between others in this view: there are too few ties. Widen the window or clear the filters.</p>
      </EmptyState>
    );
  }
  return (
    <Table caption="Brokers: people on the most shortest paths between others" captionHidden>
      <thead>
        <tr>
          <th scope="col">Person</th>
          <th scope="col">Function</th>
          <th scope="col">Level</th>
          <th scope="col" className="num">Betweenness</th>
        </tr>
      </thead>
      <tbody>
        {view.brokers.map((broker) => (
          <tr key={broker.personId}>
            <th scope="row">
              <PersonLink personId={broker.personId} name={broker.name} />
            </th>
            <td>{FUNCTION_STYLE[broker.function].label}</td>
            <td>{LEVEL_LABELS[broker.level]}</td>
            <td className="num">{betweennessText(broker.betweenness)}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

export function IsolatedTable({ view }: { view: NetworkView }) {
  if (view.isolated.length === 0) {
    return (
      <EmptyState title="Nobody is isolated">
        <p>Everyone in this view has at least one tie with the other function in the window.</p>
      </EmptyState>
    );
  }
  return (
    <Table caption="People without a cross-function tie" captionHidden>
      <thead>
        <tr>
          <th scope="col">Person</th>
          <th scope="col">Function</th>
          <th scope="col">Level</th>
          <th scope="col">Unit</th>
        </tr>
      </thead>
      <tbody>
        {view.isolated.map((person) => (
          <tr key={person.personId}>
            <th scope="row">
              <PersonLink personId={person.personId} name={person.name} />
            </th>
            <td>{FUNCTION_STYLE[person.function].label}</td>
            <td>{LEVEL_LABELS[person.level]}</td>
            <td>{person.unit}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
