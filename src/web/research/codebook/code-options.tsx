import { useMemo } from 'react';
import type { CodeView } from '../../../shared/research';
import { buildCodeTree, flattenTree } from './tree';

/** <option>s for every code in tree order, indented by depth; `exclude` leaves out codes that may not be chosen. */
export function CodeOptions({ codes, exclude }: { codes: readonly CodeView[]; exclude?: ReadonlySet<string> }) {
  const ordered = useMemo(() => flattenTree(buildCodeTree(codes)), [codes]);
  return (
    <>
      {ordered
        .filter((node) => !exclude?.has(node.code.id))
        .map((node) => (
          <option key={node.code.id} value={node.code.id}>
            {`${'\u2003'.repeat(node.depth)}${node.code.name}`}
          </option>
        ))}
    </>
  );
}
