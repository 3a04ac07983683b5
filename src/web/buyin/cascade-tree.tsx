import type { z } from 'zod';
import type { cascadeNode, PulseResults } from '../../shared/buyin';
import { levelLabels } from '../org/labels';
import { Badge } from '../ui/badge';
import { formatMean } from './labels';
import { heatStyle } from './heatmap';

type CascadeNode = z.infer<typeof cascadeNode>;

/**
 * The cascade: senior → middle per region → frontline per region, each group beside the group that manages it.
 * A line where a manager group's doubt is followed by its reports' doubt is marked in words and with a border.
 */
export function CascadeTree({ cascade, reportingMinimum }: { cascade: PulseResults['cascade']; reportingMinimum: number }) {
  const byKey = new Map(cascade.nodes.map((node) => [node.key, node]));
  const doubtLines = cascade.nodes.filter((node) => node.doubtCascades).length;
  if (cascade.roots.length === 0) return <p className="muted">No groups to show yet.</p>;
  return (
    <div className="bi-cascade">
      <p className="bi-cascade__summary" role="status">
        {doubtLines === 0
          ? `No line where doubt cascades (belief under ${cascade.doubtLine.toFixed(1)} in a group and in the group that manages it).`
          : `${doubtLines} ${doubtLines === 1 ? 'group follows' : 'groups follow'} their managers’ doubt (belief under ${cascade.doubtLine.toFixed(1)} in both).`}
      </p>
      <ul className="bi-tree" aria-label="Buy-in cascade">
        {cascade.roots.map((key) => (
          <CascadeBranch key={key} nodeKey={key} byKey={byKey} reportingMinimum={reportingMinimum} doubtLine={cascade.doubtLine} />
        ))}
      </ul>
    </div>
  );
}

interface BranchProps {
  nodeKey: string;
  byKey: Map<string, CascadeNode>;
  reportingMinimum: number;
  doubtLine: number;
}

function CascadeBranch({ nodeKey, byKey, reportingMinimum, doubtLine }: BranchProps) {
  const node = byKey.get(nodeKey);
  if (!node) return null;
  const doubts = node.belief !== null && node.belief < doubtLine;
  return (
    <li>
      <div className={node.doubtCascades ? 'bi-node bi-node--cascade' : 'bi-node'}>
        <span className="bi-node__label">
          <strong>{node.label}</strong> <span className="muted">{levelLabels[node.level]}</span>
        </span>
        {node.suppressed ? (
          <span className="bi-node__values suppressed">Fewer than {reportingMinimum} people</span>
        ) : (
          <span className="bi-node__values">
            <span className="bi-node__value" style={heatStyle(node.belief)}>
              Belief {formatMean(node.belief)}
            </span>
            <span className="bi-node__value" style={heatStyle(node.readiness)}>
              Readiness {formatMean(node.readiness)}
            </span>
            <span className="muted">n = {node.n ?? '—'}</span>
          </span>
        )}
        {node.doubtCascades ? <Badge tone="danger">Doubt cascades from the manager group</Badge> : doubts && <Badge tone="warning">Doubts</Badge>}
      </div>
      {node.children.length > 0 && (
        <ul>
          {node.children.map((child) => (
            <CascadeBranch key={child} nodeKey={child} byKey={byKey} reportingMinimum={reportingMinimum} doubtLine={doubtLine} />
          ))}
        </ul>
      )}
    </li>
  );
}
