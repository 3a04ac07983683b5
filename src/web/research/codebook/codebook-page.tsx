import { useEffect, useMemo, useRef, useState } from 'react';
import { EmptyState } from '../../ui/empty-state';
import { usePageTitle } from '../../ui/use-page-title';
import { Disclosure } from '../disclosure';
import { useProjectDetail } from '../project-layout';
import { CODE_KIND_ORDER, codeKindLabels } from '../labels';
import { CodeDetails } from './code-details';
import { CodeTreeView } from './code-tree-view';
import { CreateCodeForm } from './create-code-form';
import { useRunCodeOperation } from './use-code-operation';
import { buildCodeTree } from './tree';

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export function CodebookPage() {
  const project = useProjectDetail();
  usePageTitle(`Codebook · ${project.project.name}`);
  const pid = project.project.id;
  const { run, undo, isPending } = useRunCodeOperation(pid);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const detailsRef = useRef<HTMLDivElement>(null);
  const tree = useMemo(() => buildCodeTree(project.codes), [project.codes]);
  const selected = project.codes.find((code) => code.id === selectedId);
  const canUndo = project.canUndo;

  // Ctrl+Z (⌘Z) undoes the last change to the tree, unless the user is typing in a field.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.key.toLowerCase() !== 'z') return;
      if (isTyping(event.target) || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      if (canUndo && !isPending) void undo();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [canUndo, isPending, undo]);

  return (
    <>
      <header className="page-header rs-codebook-header">
        <div>
          <h1>Codebook</h1>
          <p className="page-header__lead">
            In-vivo codes (the informants’ words) group into first-order categories, second-order themes and aggregate
            dimensions. Drag codes to regroup them, or use “Move to…”.
          </p>
        </div>
        <button type="button" className="button" disabled={!canUndo || isPending} onClick={() => void undo()} aria-keyshortcuts="Control+Z">
          Undo last change
        </button>
      </header>

      <Disclosure summary="Create a code" initiallyOpen={project.codes.length === 0}>
        <CreateCodeForm
          codes={project.codes}
          busy={isPending}
          onCreate={({ name, kind, parentId, description }) =>
            run({ type: 'create', name, kind, parentId, description, color: null, quote: null })
          }
        />
      </Disclosure>

      <p className="rs-kinds field__hint">
        Kinds: {CODE_KIND_ORDER.map((kind) => codeKindLabels[kind]).join(' › ')}. The number after each code counts its codings.
      </p>

      {project.codes.length === 0 ? (
        <EmptyState title="The code tree is empty">
          <p>Create the first code above, or code a transcript and build the tree as you go.</p>
        </EmptyState>
      ) : (
        <div className="rs-codebook">
          <CodeTreeView
            nodes={tree}
            codes={project.codes}
            selectedId={selectedId}
            disabled={isPending}
            onSelect={(code) => {
              setSelectedId(code.id);
              if (window.matchMedia('(max-width: 900px)').matches) {
                window.setTimeout(() => detailsRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' }), 0);
              }
            }}
            onMove={(codeId, parentId) => void run({ type: 'move', codeId, parentId })}
          />
          <div className="rs-codebook__side" ref={detailsRef}>
            {selected ? (
              <CodeDetails key={selected.id} project={project} code={selected} busy={isPending} run={run} onDeleted={() => setSelectedId(null)} />
            ) : (
              <div className="rs-side-card">
                <p className="rs-side-card__title">No code selected</p>
                <p className="muted">Choose a code in the tree to rename, describe, recolour, move, merge, split or delete it.</p>
              </div>
            )}
          </div>
        </div>
      )}
    </>
  );
}
