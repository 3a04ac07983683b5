import { useId, useMemo, useState } from 'react';
import { useQueries } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { ProjectDetail } from '../../shared/research';
import { functionLabels, levelLabels } from '../org/labels';
import { EmptyState } from '../ui/empty-state';
import { formatNumber, plural } from '../ui/format';
import { QueryView } from '../ui/query-view';
import { Table } from '../ui/table';
import { codeColor, snippet, tint } from './labels';
import { fetchTranscript, transcriptKey, useMatrix, type MatrixView } from './research-api';

const BUILT_IN_ATTRIBUTES = [
  { value: 'level', label: 'Level' },
  { value: 'function', label: 'Function' },
  { value: 'dyad', label: 'Dyad' },
  { value: 'firm', label: 'Firm' },
  { value: 'unit', label: 'Unit' },
] as const;

const HEAT = '#1f4fbf';

function valueLabel(attribute: string, value: string): string {
  if (attribute === 'level' && value in levelLabels) return levelLabels[value as keyof typeof levelLabels];
  if (attribute === 'function' && value in functionLabels) return functionLabels[value as keyof typeof functionLabels];
  return value;
}

export function MatrixSection({ project }: { project: ProjectDetail }) {
  const pid = project.project.id;
  const selectId = useId();
  const freeAttributes = useMemo(() => {
    const names = new Set<string>();
    for (const informant of project.informants) for (const key of Object.keys(informant.attributes)) names.add(key);
    return [...names].filter((name) => !BUILT_IN_ATTRIBUTES.some((item) => item.value === name)).sort((a, b) => a.localeCompare(b));
  }, [project.informants]);
  const [attribute, setAttribute] = useState('level');
  const [selected, setSelected] = useState<{ codeId: string; value: string } | null>(null);
  const query = useMatrix(pid, attribute);

  return (
    <section className="section" aria-labelledby="matrix-heading">
      <h2 id="matrix-heading">Matrix coding</h2>
      <p className="section__lead">
        How often each code was applied in the interviews of each group of informants. Choose a cell to read its passages.
      </p>
      <div className="rs-settings rs-query-settings">
        <div className="field">
          <label htmlFor={selectId}>Compare by</label>
          <select
            id={selectId}
            value={attribute}
            onChange={(event) => {
              setAttribute(event.target.value);
              setSelected(null);
            }}
          >
            <optgroup label="Informant fields">
              {BUILT_IN_ATTRIBUTES.map((item) => (
                <option key={item.value} value={item.value}>
                  {item.label}
                </option>
              ))}
            </optgroup>
            {freeAttributes.length > 0 && (
              <optgroup label="Own attributes">
                {freeAttributes.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </div>
      </div>
      <QueryView query={query} loadingLabel="Counting the codings…" errorTitle="The matrix could not be computed">
        {(view) => <MatrixResult pid={pid} project={project} view={view} selected={selected} onSelect={setSelected} />}
      </QueryView>
    </section>
  );
}

interface MatrixResultProps {
  pid: string;
  project: ProjectDetail;
  view: MatrixView;
  selected: { codeId: string; value: string } | null;
  onSelect: (cell: { codeId: string; value: string } | null) => void;
}

function MatrixResult({ pid, project, view, selected, onSelect }: MatrixResultProps) {
  const codesById = new Map(project.codes.map((code) => [code.id, code]));
  const cells = new Map(view.cells.map((cell) => [`${cell.codeId}\u0000${cell.value}`, cell]));
  const max = Math.max(1, ...view.cells.map((cell) => cell.count));
  const rows = view.rows.filter((row) => view.cells.some((cell) => cell.codeId === row.codeId && cell.count > 0));

  if (view.columns.length === 0 || rows.length === 0) {
    return (
      <EmptyState title="Nothing to cross-tabulate yet">
        <p>
          The matrix needs coded transcripts whose informant has a {view.attribute === 'dyad' ? 'dyad key' : `“${view.attribute}”`}{' '}
          value. Link each transcript to an informant and fill in the informant’s details on the Overview page, then code the
          transcripts.
        </p>
      </EmptyState>
    );
  }

  const open = selected ? cells.get(`${selected.codeId}\u0000${selected.value}`) : undefined;
  const openRow = selected ? view.rows.find((row) => row.codeId === selected.codeId) : undefined;

  return (
    <>
      <Table caption={`Codings per code and ${view.attribute}`} captionHidden className="rs-matrix">
        <thead>
          <tr>
            <th scope="col">Code</th>
            {view.columns.map((column) => (
              <th key={column} scope="col" className="num">
                {valueLabel(view.attribute, column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.codeId}>
              <th scope="row" className="cell-name">
                <span className="rs-dot" style={{ background: codeColor(codesById.get(row.codeId)) }} aria-hidden="true" /> {row.name}
              </th>
              {view.columns.map((column) => {
                const cell = cells.get(`${row.codeId}\u0000${column}`);
                const count = cell?.count ?? 0;
                const isOpen = selected?.codeId === row.codeId && selected.value === column;
                return (
                  <td key={column} className="num rs-matrix__cell">
                    {count === 0 ? (
                      <span className="muted rs-matrix__zero">0</span>
                    ) : (
                      <button
                        type="button"
                        className="rs-matrix__button"
                        aria-pressed={isOpen}
                        style={{ background: isOpen ? undefined : tint(HEAT, 0.08 + (0.32 * count) / max) }}
                        onClick={() => onSelect(isOpen ? null : { codeId: row.codeId, value: column })}
                      >
                        {formatNumber(count)}
                        <span className="sr-only">
                          {' '}
                          {plural(count, 'passage')} coded {row.name}, {valueLabel(view.attribute, column)}
                        </span>
                      </button>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </Table>
      <p className="field__hint">
        {rows.length < view.rows.length &&
          `${plural(view.rows.length - rows.length, 'code')} without codings in these interviews ${view.rows.length - rows.length === 1 ? 'is' : 'are'} left out. `}
        Darker cells hold more passages.
      </p>
      <div aria-live="polite">
        {open && openRow && (
          <CellPassages
            pid={pid}
            title={`${openRow.name} × ${valueLabel(view.attribute, open.value)}`}
            segments={open.segments}
            transcripts={open.transcripts}
            onClose={() => onSelect(null)}
          />
        )}
      </div>
    </>
  );
}

interface CellPassagesProps {
  pid: string;
  title: string;
  segments: MatrixView['cells'][number]['segments'];
  transcripts: number;
  onClose: () => void;
}

function CellPassages({ pid, title, segments, transcripts, onClose }: CellPassagesProps) {
  // The passages carry only their coding; the transcripts (usually cached) tell where each one sits.
  const transcriptIds = [...new Set(segments.map((segment) => segment.transcriptId))];
  const details = useQueries({
    queries: transcriptIds.map((tid) => ({
      queryKey: transcriptKey(pid, tid),
      queryFn: ({ signal }: { signal: AbortSignal }) => fetchTranscript(pid, tid, signal),
    })),
  });
  const ranges = new Map<string, { start: number; end: number }>();
  const titles = new Map<string, string>();
  for (const detail of details) {
    if (!detail.data) continue;
    titles.set(detail.data.transcript.id, detail.data.transcript.title);
    for (const coding of detail.data.codings) ranges.set(coding.id, { start: coding.start, end: coding.end });
  }

  return (
    <div className="rs-passages">
      <div className="rs-passages__head">
        <h3>{title}</h3>
        <button type="button" className="button button--small" onClick={onClose}>
          Close<span className="sr-only"> the passages</span>
        </button>
      </div>
      <p className="field__hint">
        {plural(segments.length, 'passage')} from {plural(transcripts, 'transcript')}.
      </p>
      <ul className="rs-disagreements">
        {segments.map((segment) => {
          const range = ranges.get(segment.codingId);
          const to = `/research/${pid}/transcripts/${segment.transcriptId}${range ? `?start=${range.start}&end=${range.end}` : ''}`;
          return (
            <li key={segment.codingId} className="rs-disagreement">
              <p className="rs-disagreement__text">“{snippet(segment.text, 400)}”</p>
              <Link to={to}>
                {titles.get(segment.transcriptId) ?? 'Show in the transcript'}
                {range && <span className="sr-only"> (characters {range.start}–{range.end})</span>}
              </Link>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
