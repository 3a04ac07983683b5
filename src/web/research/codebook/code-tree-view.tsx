import { useState, type DragEvent } from 'react';
import type { CodeView } from '../../../shared/research';
import { Badge } from '../../ui/badge';
import { formatNumber } from '../../ui/format';
import { codeColor, codeKindLabels } from '../labels';
import { canMoveTo, type CodeTreeNode } from './tree';

const DRAG_TYPE = 'application/x-tandem-code';

interface CodeTreeViewProps {
  nodes: CodeTreeNode[];
  codes: readonly CodeView[];
  selectedId: string | null;
  disabled: boolean;
  onSelect: (code: CodeView) => void;
  onMove: (codeId: string, parentId: string | null) => void;
}

/**
 * The code tree. Drag a code onto another to put it beneath, or onto the top-level strip; a code never moves under
 * itself or its own descendants. The keyboard path is "Move to…" in the code's panel.
 */
export function CodeTreeView({ nodes, codes, selectedId, disabled, onSelect, onMove }: CodeTreeViewProps) {
  const [dragId, setDragId] = useState<string | null>(null);
  const [overId, setOverId] = useState<string | null>(null);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());

  const allowed = (target: string | null) => dragId !== null && canMoveTo(codes, dragId, target) && codes.find((code) => code.id === dragId)?.parentId !== target;

  const dropProps = (target: string | null) => ({
    onDragOver: (event: DragEvent) => {
      if (!allowed(target)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      if (overId !== (target ?? 'root')) setOverId(target ?? 'root');
    },
    onDragLeave: (event: DragEvent) => {
      if (!(event.currentTarget as HTMLElement).contains(event.relatedTarget as Node | null)) setOverId(null);
    },
    onDrop: (event: DragEvent) => {
      event.preventDefault();
      event.stopPropagation();
      const id = event.dataTransfer.getData(DRAG_TYPE) || dragId;
      setOverId(null);
      setDragId(null);
      if (id && canMoveTo(codes, id, target)) onMove(id, target);
    },
  });

  const toggle = (id: string) =>
    setCollapsed((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const renderNode = (node: CodeTreeNode) => {
    const { code } = node;
    const open = !collapsed.has(code.id);
    const rowClass = [
      'rs-tree__row',
      selectedId === code.id ? 'is-selected' : '',
      overId === code.id ? 'is-drop-target' : '',
      dragId === code.id ? 'is-dragging' : '',
    ]
      .filter(Boolean)
      .join(' ');
    return (
      <li key={code.id}>
        <div
          className={rowClass}
          draggable={!disabled}
          onDragStart={(event) => {
            event.dataTransfer.setData(DRAG_TYPE, code.id);
            event.dataTransfer.setData('text/plain', code.name);
            event.dataTransfer.effectAllowed = 'move';
            setDragId(code.id);
          }}
          onDragEnd={() => {
            setDragId(null);
            setOverId(null);
          }}
          {...dropProps(code.id)}
        >
          {node.children.length > 0 ? (
            <button
              type="button"
              className="rs-tree__toggle"
              aria-expanded={open}
              onClick={() => toggle(code.id)}
            >
              <span className="rs-chevron" aria-hidden="true" />
              <span className="sr-only">
                {open ? 'Collapse' : 'Expand'} {code.name}
              </span>
            </button>
          ) : (
            <span className="rs-tree__spacer" aria-hidden="true" />
          )}
          <span className="rs-dot" style={{ background: codeColor(code) }} aria-hidden="true" />
          <button
            type="button"
            className="rs-tree__name"
            aria-pressed={selectedId === code.id}
            onClick={() => onSelect(code)}
          >
            {code.name}
          </button>
          <Badge tone={code.kind === 'aggregate' ? 'info' : code.kind === 'in_vivo' ? 'success' : 'neutral'}>{codeKindLabels[code.kind]}</Badge>
          <span className="rs-tree__count" title="Codings">
            {formatNumber(code.codingCount)}
            <span className="sr-only"> codings</span>
          </span>
        </div>
        {node.children.length > 0 && open && <ul className="rs-tree__children">{node.children.map(renderNode)}</ul>}
      </li>
    );
  };

  return (
    <div className="rs-tree-wrap">
      <div
        className={['rs-tree__root-drop', dragId ? 'is-visible' : '', overId === 'root' ? 'is-drop-target' : ''].filter(Boolean).join(' ')}
        {...dropProps(null)}
      >
        {dragId ? 'Drop here to move to the top level' : 'Drag a code onto another code to move it beneath.'}
      </div>
      <ul className="rs-tree" aria-label="Code tree">
        {nodes.map(renderNode)}
      </ul>
    </div>
  );
}
