import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import type { CodeView, CodingView, ProjectDetail, TranscriptDetail } from '../../../shared/research';
import { isApiError } from '../../api/client';
import { Badge } from '../../ui/badge';
import { ErrorMessage, errorText } from '../../ui/error-message';
import { Spinner } from '../../ui/spinner';
import { formatNumber } from '../../ui/format';
import { useToast } from '../../ui/toast';
import { usePageTitle } from '../../ui/use-page-title';
import { functionLabels, levelLabels } from '../../org/labels';
import { codeColor, snippet } from '../labels';
import { MemoSection } from '../memos';
import { useProjectDetail } from '../project-layout';
import { createCoding, deleteCoding, projectKey, useCreateCoding, useDeleteCoding, useSuggestions, useTranscript } from '../research-api';
import { ApplyCodePanel, type PendingSelection } from './apply-code-panel';
import { FlaggedCodings, MyCodings } from './codings-panel';
import { EditTextForm, editResultMessage } from './edit-text-form';
import { TranscriptHistory } from './transcript-history';
import { LayerSwitch, type Layer } from './layer-switch';
import {
  clearDocumentSelection,
  modifySelection,
  paintHighlight,
  placeCaret,
  readSelection,
  selectOffsets,
  type Granularity,
} from './selection';
import { ShortcutsDialog } from './shortcuts-dialog';
import { applicableSuggestions, resolveSuggestions } from './suggestions';
import { trimRange } from './text-layout';
import { TranscriptText, type HighlightInfo } from './transcript-text';

export function TranscriptPage() {
  const { tid = '' } = useParams();
  const project = useProjectDetail();
  const query = useTranscript(project.project.id, tid);
  usePageTitle(query.data?.transcript.title ?? 'Transcript');

  if (query.isPending) return <Spinner label="Loading the transcript…" />;
  if (query.isError) {
    if (isApiError(query.error, 'NOT_FOUND')) {
      return (
        <div className="page--narrow">
          <h1>Transcript not found</h1>
          <p>This transcript is not in the project any more. Pick another one from the overview.</p>
          <p>
            <Link to={`/research/${project.project.id}`}>Back to the project overview</Link>
          </p>
        </div>
      );
    }
    return <ErrorMessage error={query.error} title="The transcript could not be loaded" onRetry={() => void query.refetch()} />;
  }
  return (
    <Workbench
      key={query.data.transcript.id}
      project={project}
      detail={query.data}
      reload={async () => (await query.refetch()).data}
    />
  );
}

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

interface WorkbenchProps {
  project: ProjectDetail;
  detail: TranscriptDetail;
  reload: () => Promise<TranscriptDetail | undefined>;
}

function Workbench({ project, detail, reload }: WorkbenchProps) {
  const pid = project.project.id;
  const { transcript } = detail;
  const text = transcript.text;
  const me = project.coders.find((coder) => coder.isMe);
  const [searchParams] = useSearchParams();
  const linkedStart = Number(searchParams.get('start'));
  const linkedEnd = Number(searchParams.get('end'));
  const linked = Number.isInteger(linkedStart) && Number.isInteger(linkedEnd) && linkedEnd > linkedStart && searchParams.has('start');
  // A link to a passage (from the agreement page) shows every coder's codings and selects it; so does the page for
  // someone with no layer of their own yet (an auditor, or an analyst before their first coding).
  const [layer, setLayer] = useState<Layer>(linked || !me ? 'all' : 'me');
  const [pending, setPending] = useState<PendingSelection | null>(null);
  const [caretNote, setCaretNote] = useState('');
  const [editing, setEditing] = useState(false);
  const [editNote, setEditNote] = useState<string | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [busyId, setBusyId] = useState<string | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const filterRef = useRef<HTMLInputElement>(null);
  const caretRef = useRef(0);
  /** Where to put the caret once the text re-renders with a new highlight. */
  const caretAfterRender = useRef<number | null>(null);
  const toast = useToast();
  const queryClient = useQueryClient();
  const create = useCreateCoding(pid);
  const remove = useDeleteCoding(pid);

  const codesById = useMemo(() => new Map(project.codes.map((code) => [code.id, code])), [project.codes]);
  const codersById = useMemo(() => new Map(project.coders.map((coder) => [coder.id, coder])), [project.coders]);
  const informant = project.informants.find((item) => item.id === transcript.informantId);

  const visible = useMemo(
    () =>
      detail.codings.filter((coding) => {
        if (layer === 'all') return true;
        if (layer === 'me') return me !== undefined && coding.coderId === me.id;
        return coding.coderId === layer;
      }),
    [detail.codings, layer, me],
  );
  const highlights = useMemo(() => {
    const map = new Map<string, HighlightInfo>();
    for (const coding of visible) {
      const code = codesById.get(coding.codeId);
      const coder = codersById.get(coding.coderId);
      map.set(coding.id, {
        coding,
        codeName: code?.name ?? 'Deleted code',
        coderName: coder?.isMe ? `${coder.name} (you)` : (coder?.name ?? 'Unknown coder'),
        color: codeColor(code),
        dashed: layer === 'all' && !coder?.isMe,
      });
    }
    return map;
  }, [visible, codesById, codersById, layer]);

  const mine = useMemo(() => (me ? detail.codings.filter((coding) => coding.coderId === me.id) : []), [detail.codings, me]);
  const flagged = useMemo(() => detail.codings.filter((coding) => coding.flagReason), [detail.codings]);

  // Suggestions follow the selection after a short pause, tuned to the informant's function and level.
  const [suggestFor, setSuggestFor] = useState<string | null>(null);
  useEffect(() => {
    const next = pending ? pending.text.slice(0, 20_000) : null;
    const timer = window.setTimeout(() => setSuggestFor(next), 250);
    return () => window.clearTimeout(timer);
  }, [pending]);
  const suggestQuery = useSuggestions(
    pid,
    suggestFor
      ? { text: suggestFor, function: informant?.function ?? undefined, level: informant?.level ?? undefined, top: 9 }
      : null,
  );
  const suggestionsCurrent = pending !== null && suggestFor === pending.text.slice(0, 20_000) && suggestQuery.isSuccess;
  const suggestions = useMemo(
    () => (suggestionsCurrent ? resolveSuggestions(suggestQuery.data, project.codes) : []),
    [suggestionsCurrent, suggestQuery.data, project.codes],
  );
  const applicable = applicableSuggestions(suggestions);
  const speakerHint = informant
    ? [informant.level && levelLabels[informant.level].toLowerCase(), informant.function && functionLabels[informant.function].toLowerCase()]
        .filter(Boolean)
        .join(' ') || null
    : null;

  // The document's selection inside the text becomes the pending passage; a click in the text clears it.
  useEffect(() => {
    const onSelectionChange = () => {
      const root = rootRef.current;
      if (!root || editing) return;
      const read = readSelection(root, text.length);
      if (read === 'outside') return;
      if (read.collapsed) {
        caretRef.current = read.start;
        setPending(null);
        const here = visible.filter((coding) => coding.start <= read.start && coding.end > read.start);
        setCaretNote(here.length === 0 ? '' : `At the cursor: ${here.map((coding) => highlights.get(coding.id)?.codeName).join(', ')}`);
        paintHighlight('rs-caret', document.activeElement === root ? root : null, read.start, read.start + 1);
        return;
      }
      paintHighlight('rs-caret', null, null, null);
      const trimmed = trimRange(text, read.start, read.end);
      setPending((current) => {
        if (!trimmed) return null;
        if (current && current.start === trimmed.start && current.end === trimmed.end) return current;
        return { ...trimmed, text: text.slice(trimmed.start, trimmed.end) };
      });
    };
    document.addEventListener('selectionchange', onSelectionChange);
    return () => document.removeEventListener('selectionchange', onSelectionChange);
  }, [text, editing, visible, highlights]);

  // The pending passage stays painted while focus is in the code list (the native selection may be gone).
  useEffect(() => {
    paintHighlight('rs-pending', rootRef.current, pending?.start ?? null, pending?.end ?? null);
  }, [pending, highlights]);
  useEffect(
    () => () => {
      paintHighlight('rs-pending', null, null, null);
      paintHighlight('rs-caret', null, null, null);
    },
    [],
  );

  useEffect(() => {
    const root = rootRef.current;
    if (!linked || !root) return;
    root.focus({ preventScroll: true });
    selectOffsets(root, linkedStart, linkedEnd);
    // Only once, when the page opens with a passage in its address.
  }, []);

  // A new highlight re-cuts the text's spans; put the caret back where coding left it.
  useLayoutEffect(() => {
    const root = rootRef.current;
    if (root && caretAfterRender.current !== null && document.activeElement === root) placeCaret(root, caretAfterRender.current);
    caretAfterRender.current = null;
  }, [highlights]);

  const cancelSelection = useCallback(() => {
    setPending(null);
    clearDocumentSelection();
    rootRef.current?.focus({ preventScroll: true });
  }, []);

  const undoCreate = useCallback(
    async (coding: CodingView) => {
      try {
        await deleteCoding(pid, coding.id);
        toast({ message: 'Coding removed.', tone: 'success' });
      } catch (error) {
        toast({ message: `Could not undo: ${errorText(error)}`, tone: 'error' });
      } finally {
        void queryClient.invalidateQueries({ queryKey: projectKey(pid) });
      }
    },
    [pid, toast, queryClient],
  );

  const apply = useCallback(
    (code: CodeView) => {
      if (!pending) return;
      const passage = pending;
      // The passage leaves the panel at once, so a second key press cannot code it twice; a failure brings it back.
      setPending(null);
      create.mutate(
        { transcriptId: transcript.id, codeId: code.id, start: passage.start, end: passage.end },
        {
          onSuccess: (coding) => {
            const hidden = layer !== 'me' && layer !== 'all';
            toast({
              message: `Coded “${snippet(passage.text, 48)}” as ${code.name}${hidden ? ' in your layer (choose “My codes” to see it)' : ''}.`,
              tone: 'success',
              action: { label: 'Undo', onAction: () => void undoCreate(coding) },
            });
            caretAfterRender.current = passage.end;
            const root = rootRef.current;
            if (root) {
              root.focus({ preventScroll: true });
              placeCaret(root, passage.end);
            }
          },
          onError: (error) => {
            setPending(passage);
            toast({ message: `Could not apply ${code.name}: ${errorText(error)}`, tone: 'error' });
          },
        },
      );
    },
    [pending, create, transcript.id, layer, toast, undoCreate],
  );

  async function recreate(coding: CodingView, message: string) {
    try {
      await createCoding(pid, { transcriptId: coding.transcriptId, codeId: coding.codeId, start: coding.start, end: coding.end });
      toast({ message, tone: 'success' });
    } catch (error) {
      toast({ message: `Could not restore the coding: ${errorText(error)}`, tone: 'error' });
    } finally {
      void queryClient.invalidateQueries({ queryKey: projectKey(pid) });
    }
  }

  function removeCoding(coding: CodingView) {
    setBusyId(coding.id);
    const name = codesById.get(coding.codeId)?.name ?? 'code';
    remove.mutate(coding, {
      onSuccess: () =>
        toast({
          message: `Coding ${name} deleted.`,
          tone: 'success',
          action: { label: 'Undo', onAction: () => void recreate(coding, `Coding ${name} restored.`) },
        }),
      onError: (error) => toast({ message: `Could not delete the coding: ${errorText(error)}`, tone: 'error' }),
      onSettled: () => setBusyId(null),
    });
  }

  async function keepFlagged(coding: CodingView) {
    setBusyId(coding.id);
    try {
      // A fresh coding over the same passage carries no flag; then the flagged one goes.
      await createCoding(pid, { transcriptId: coding.transcriptId, codeId: coding.codeId, start: coding.start, end: coding.end });
      await deleteCoding(pid, coding.id);
      toast({ message: 'Coding kept; it is no longer flagged.', tone: 'success' });
    } catch (error) {
      toast({ message: `Could not keep the coding: ${errorText(error)}`, tone: 'error' });
    } finally {
      setBusyId(null);
      void queryClient.invalidateQueries({ queryKey: projectKey(pid) });
    }
  }

  function showCoding(coding: CodingView) {
    const root = rootRef.current;
    if (!root) return;
    if (!visible.some((item) => item.id === coding.id)) setLayer('all');
    root.focus({ preventScroll: true });
    if (!selectOffsets(root, coding.start, coding.end)) toast({ message: 'This passage is not shown in the text.', tone: 'info' });
  }

  function extendOrMove(alter: 'extend' | 'move', direction: 'forward' | 'backward', granularity: Granularity) {
    const root = rootRef.current;
    if (!root) return;
    const selection = document.getSelection();
    const inside = selection && selection.rangeCount > 0 && root.contains(selection.getRangeAt(0).startContainer);
    if (!inside) placeCaret(root, caretRef.current);
    modifySelection(alter, direction, granularity);
  }

  function onTextKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const arrows: Record<string, ['forward' | 'backward', Granularity]> = {
      ArrowRight: ['forward', event.ctrlKey || event.altKey ? 'word' : 'character'],
      ArrowLeft: ['backward', event.ctrlKey || event.altKey ? 'word' : 'character'],
      ArrowDown: ['forward', 'line'],
      ArrowUp: ['backward', 'line'],
    };
    const arrow = arrows[event.key];
    if (arrow && event.shiftKey) {
      event.preventDefault();
      extendOrMove('extend', ...arrow);
    } else if (arrow && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
      event.preventDefault();
      extendOrMove('move', ...arrow);
    } else if (event.key === 'Escape' && pending) {
      event.preventDefault();
      cancelSelection();
    } else if (event.key === 'Enter' && pending) {
      event.preventDefault();
      filterRef.current?.focus();
    }
  }

  // Page-wide keys, ignored while typing in a field or when a dialog is open.
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.defaultPrevented || editing || document.querySelector('dialog[open]')) return;
      const digit = /^[1-9]$/.test(event.key) ? Number(event.key) : null;
      if (digit !== null && pending && (event.altKey || !isTyping(event.target)) && !event.ctrlKey && !event.metaKey) {
        const suggestion = applicable[digit - 1];
        if (suggestion) {
          event.preventDefault();
          apply(suggestion.code);
        }
        return;
      }
      if (isTyping(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === '?') {
        event.preventDefault();
        setHelpOpen(true);
      } else if (event.key === 'c' && pending) {
        event.preventDefault();
        filterRef.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [pending, applicable, apply, editing]);

  const transcripts = [...project.transcripts].sort((a, b) => a.position - b.position);
  const index = transcripts.findIndex((item) => item.id === transcript.id);
  const previous = index > 0 ? transcripts[index - 1] : undefined;
  const next = index >= 0 ? transcripts[index + 1] : undefined;

  return (
    <div className="rs-workbench">
      <header className="rs-workbench__header">
        <div>
          <h1>{transcript.title}</h1>
          <p className="rs-meta">
            {informant ? (
              <>
                {informant.name}
                {informant.function && <Badge tone={informant.function}>{functionLabels[informant.function]}</Badge>}
                {informant.level && <Badge>{levelLabels[informant.level]}</Badge>}
              </>
            ) : (
              <span className="muted">No informant linked</span>
            )}
            <span className="muted">{formatNumber(transcript.length)} characters</span>
            <span className="muted">version {transcript.version}</span>
            {transcript.flaggedCount > 0 && <Badge tone="warning">{formatNumber(transcript.flaggedCount)} flagged</Badge>}
          </p>
        </div>
        <div className="rs-workbench__tools">
          {!editing && (
            <button type="button" className="button button--small" onClick={() => { setEditing(true); setPending(null); setEditNote(null); }}>
              Edit text
            </button>
          )}
          <button type="button" className="button button--small" onClick={() => setHelpOpen(true)} aria-keyshortcuts="?">
            <span aria-hidden="true">?</span>
            <span className="sr-only">Keyboard shortcuts</span>
            <span className="rs-hide-small" aria-hidden="true">Shortcuts</span>
          </button>
        </div>
      </header>

      {editNote && (
        <div className="alert alert--success" role="status">
          <p className="alert__body">{editNote}</p>
        </div>
      )}

      {editing ? (
        <EditTextForm
          pid={pid}
          detail={detail}
          onReload={reload}
          onDone={(result) => {
            setEditing(false);
            if (result) {
              const message = editResultMessage(result);
              setEditNote(message);
              toast({ message, tone: 'success' });
            }
          }}
        />
      ) : (
        <div className="rs-workbench__grid">
          <div className="rs-workbench__main">
            <div className="rs-workbench__bar">
              <LayerSwitch coders={project.coders} value={layer} onChange={setLayer} />
              {layer === 'all' && (
                <p className="field__hint rs-legend">
                  <span className="rs-legend__solid" aria-hidden="true" /> yours <span className="rs-legend__dashed" aria-hidden="true" /> other coders ·
                  stacked lines mark overlaps
                </p>
              )}
            </div>
            <p id="rs-text-help" className="sr-only">
              Select a passage with Shift and the arrow keys, then press Enter to choose a code or a number key to apply a
              suggestion. Press question mark for all shortcuts.
            </p>
            <TranscriptText
              rootRef={rootRef}
              text={text}
              turns={transcript.turns}
              highlights={highlights}
              describedBy="rs-text-help"
              onKeyDown={onTextKeyDown}
            />
            <p className="sr-only" role="status" aria-live="polite">
              {caretNote}
            </p>
            <nav className="rs-pager" aria-label="Other transcripts">
              {previous ? <Link to={`/research/${pid}/transcripts/${previous.id}`}>← {previous.title}</Link> : <span />}
              {next && <Link to={`/research/${pid}/transcripts/${next.id}`}>{next.title} →</Link>}
            </nav>
            <TranscriptHistory key={transcript.id} pid={pid} tid={transcript.id} currentVersion={transcript.version} />
          </div>
          <aside className="rs-workbench__side" aria-label="Coding">
            <ApplyCodePanel
              pending={pending}
              codes={project.codes}
              suggestions={suggestions}
              suggestionsState={{
                loading: pending !== null && !suggestionsCurrent && !suggestQuery.isError,
                error: suggestQuery.isError ? suggestQuery.error : null,
                retry: () => void suggestQuery.refetch(),
              }}
              speakerHint={speakerHint}
              filterRef={filterRef}
              onApply={apply}
              onCancel={cancelSelection}
            />
            <FlaggedCodings
              text={text}
              codings={flagged}
              codesById={codesById}
              codersById={codersById}
              busyId={busyId}
              onShow={showCoding}
              onKeep={(coding) => void keepFlagged(coding)}
              onDelete={removeCoding}
            />
            <MyCodings
              pid={pid}
              text={text}
              codings={mine}
              codesById={codesById}
              memos={detail.memos}
              busyId={busyId}
              onShow={showCoding}
              onDelete={removeCoding}
            />
          </aside>
            <section className="section rs-workbench__memos" aria-labelledby="transcript-memos-heading">
              <h2 id="transcript-memos-heading">Memos on this transcript</h2>
              <MemoSection
                pid={pid}
                target={{ targetType: 'transcript', targetId: transcript.id }}
                memos={detail.memos.filter((memo) => memo.targetType === 'transcript')}
                label="transcript memo"
                compact
              />
            </section>
        </div>
      )}
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
