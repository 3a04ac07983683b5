import { useId, useMemo, useState, type FormEvent } from 'react';
import { useQueries } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { ProjectDetail } from '../../shared/research';
import { functionLabels, levelLabels } from '../org/labels';
import { EmptyState } from '../ui/empty-state';
import { formatNumber, plural } from '../ui/format';
import { QueryView } from '../ui/query-view';
import { Table } from '../ui/table';
import { usePageTitle } from '../ui/use-page-title';
import { codeColor, formatPercent, snippet, tint } from './labels';
import { useProjectDetail } from './project-layout';
import {
  fetchTranscript,
  transcriptKey,
  useCooccurrence,
  useMatrix,
  useTextSearch,
  type MatrixView,
  type SearchSettings,
  type SearchView,
} from './research-api';

const BUILT_IN_ATTRIBUTES = [
  { value: 'level', label: 'Level' },
  { value: 'function', label: 'Function' },
  { value: 'dyad', label: 'Dyad' },
  { value: 'firm', label: 'Firm' },
  { value: 'unit', label: 'Unit' },
] as const;

const HITS_SHOWN = 100;
const WORDS_SHOWN = 30;
const HEAT = '#1f4fbf';

export function QueriesPage() {
  const project = useProjectDetail();
  usePageTitle(`Queries · ${project.project.name}`);
  return (
    <>
      <header className="page-header">
        <h1>Queries</h1>
        <p className="page-header__lead">
          Look across the coded material: how codes spread over informant attributes, which codes travel together, and where
          words occur in the transcripts.
        </p>
      </header>
      <MatrixSection project={project} />
      <CooccurrenceSection project={project} />
      <SearchSection project={project} />
    </>
  );
}

/** The value as shown in a column heading: level and function get their labels. */
function valueLabel(attribute: string, value: string): string {
  if (attribute === 'level' && value in levelLabels) return levelLabels[value as keyof typeof levelLabels];
  if (attribute === 'function' && value in functionLabels) return functionLabels[value as keyof typeof functionLabels];
  return value;
}

function MatrixSection({ project }: { project: ProjectDetail }) {
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

function CooccurrenceSection({ project }: { project: ProjectDetail }) {
  const pid = project.project.id;
  const query = useCooccurrence(pid);
  const codesById = new Map(project.codes.map((code) => [code.id, code]));
  return (
    <section className="section" aria-labelledby="cooccurrence-heading">
      <h2 id="cooccurrence-heading">Co-occurrence</h2>
      <p className="section__lead">Pairs of codes applied to overlapping passages, most frequent first.</p>
      <QueryView query={query} loadingLabel="Finding overlapping codes…" errorTitle="Co-occurrence could not be computed">
        {(view) =>
          view.pairs.length === 0 ? (
            <EmptyState title="No codes overlap yet">
              <p>
                A pair appears here when two codes are applied to the same or overlapping text. In the transcripts, apply a
                second code to passages that speak to more than one idea.
              </p>
            </EmptyState>
          ) : (
            <Table caption="Code pairs on overlapping passages" captionHidden scrollFocusable>
              <thead>
                <tr>
                  <th scope="col">Code</th>
                  <th scope="col">Code</th>
                  <th scope="col" className="num">
                    Passages
                  </th>
                </tr>
              </thead>
              <tbody>
                {[...view.pairs]
                  .sort((a, b) => b.count - a.count || a.nameA.localeCompare(b.nameA))
                  .map((pair) => (
                    <tr key={`${pair.codeA}-${pair.codeB}`}>
                      <td className="cell-name">
                        <span className="rs-dot" style={{ background: codeColor(codesById.get(pair.codeA)) }} aria-hidden="true" /> {pair.nameA}
                      </td>
                      <td className="cell-name">
                        <span className="rs-dot" style={{ background: codeColor(codesById.get(pair.codeB)) }} aria-hidden="true" /> {pair.nameB}
                      </td>
                      <td className="num">{formatNumber(pair.count)}</td>
                    </tr>
                  ))}
              </tbody>
            </Table>
          )
        }
      </QueryView>
    </section>
  );
}

function SearchSection({ project }: { project: ProjectDetail }) {
  const pid = project.project.id;
  const inputId = useId();
  const [draft, setDraft] = useState<SearchSettings>({ q: '', caseSensitive: false, wholeWord: false });
  const [settings, setSettings] = useState<SearchSettings>(draft);
  const query = useTextSearch(pid, settings);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSettings({ ...draft, q: draft.q.trim() });
  }

  function toggle(key: 'caseSensitive' | 'wholeWord', value: boolean) {
    setDraft((current) => ({ ...current, [key]: value }));
    // Options apply at once to a search already shown.
    if (settings.q) setSettings((current) => ({ ...current, [key]: value }));
  }

  return (
    <>
      <section className="section" aria-labelledby="search-heading">
        <h2 id="search-heading">Text search</h2>
        <p className="section__lead">Find a word or phrase in every transcript of the project, coded or not.</p>
        <form className="rs-settings rs-search-form" role="search" aria-label="Search the transcripts" onSubmit={onSubmit}>
          <div className="field rs-search-form__field">
            <label htmlFor={inputId}>Word or phrase</label>
            <input
              id={inputId}
              type="search"
              value={draft.q}
              maxLength={200}
              onChange={(event) => setDraft((current) => ({ ...current, q: event.target.value }))}
            />
          </div>
          <label className="rs-choice">
            <input type="checkbox" checked={draft.caseSensitive} onChange={(event) => toggle('caseSensitive', event.target.checked)} />
            <span>Match case</span>
          </label>
          <label className="rs-choice">
            <input type="checkbox" checked={draft.wholeWord} onChange={(event) => toggle('wholeWord', event.target.checked)} />
            <span>Whole words</span>
          </label>
          <div className="rs-settings__actions">
            <button type="submit" className="button button--primary">
              Search
            </button>
          </div>
        </form>
        <QueryView query={query} loadingLabel="Searching…" errorTitle="The search failed">
          {(view) => <SearchHits pid={pid} q={settings.q} view={view} />}
        </QueryView>
      </section>
      <section className="section" aria-labelledby="words-heading">
        <h2 id="words-heading">Word frequency</h2>
        <p className="section__lead">The words used most across the transcripts, with their share of all counted words.</p>
        <QueryView query={query} loadingLabel="Counting words…" errorTitle="Word frequencies could not be computed">
          {(view) => <WordList words={view.words} />}
        </QueryView>
      </section>
    </>
  );
}

function SearchHits({ pid, q, view }: { pid: string; q: string; view: SearchView }) {
  if (!q) {
    return (
      <EmptyState title="Search the transcripts">
        <p>Type a word or phrase above and press Search. Each hit links to its place in the transcript.</p>
      </EmptyState>
    );
  }
  if (view.hits.length === 0) {
    return (
      <EmptyState title={`No passage contains “${q}”`}>
        <p>Try a shorter word, or turn off “Match case” and “Whole words”.</p>
      </EmptyState>
    );
  }
  return (
    <>
      <p className="field__hint" role="status">
        {plural(view.hits.length, 'hit')} for “{q}” in {plural(new Set(view.hits.map((hit) => hit.transcriptId)).size, 'transcript')}.
      </p>
      <ul className="rs-hits">
        {view.hits.slice(0, HITS_SHOWN).map((hit) => (
          <li key={`${hit.transcriptId}-${hit.start}`} className="rs-hit">
            <p className="rs-hit__text">
              …{hit.before}
              <mark>{hit.match}</mark>
              {hit.after}…
            </p>
            <Link to={`/research/${pid}/transcripts/${hit.transcriptId}?start=${hit.start}&end=${hit.end}`}>
              {hit.title}
              <span className="sr-only"> (characters {hit.start}–{hit.end})</span>
            </Link>
          </li>
        ))}
      </ul>
      {view.hits.length > HITS_SHOWN && (
        <p className="field__hint">
          Showing the first {HITS_SHOWN} of {formatNumber(view.hits.length)} hits. Narrow the search to see the rest.
        </p>
      )}
    </>
  );
}

function WordList({ words }: { words: SearchView['words'] }) {
  if (words.length === 0) {
    return (
      <EmptyState title="No words to count yet">
        <p>Add transcripts on the Overview page; their words are counted here.</p>
      </EmptyState>
    );
  }
  const shown = [...words].sort((a, b) => b.count - a.count || a.word.localeCompare(b.word)).slice(0, WORDS_SHOWN);
  const top = Math.max(...shown.map((word) => word.share), 0.0001);
  return (
    <div className="rs-words">
      <Table caption="Most frequent words" captionHidden scrollFocusable>
        <thead>
          <tr>
            <th scope="col">Word</th>
            <th scope="col" className="num">
              Count
            </th>
            <th scope="col" className="num">
              Share
            </th>
            <th scope="col" className="rs-words__bar-head">
              <span className="sr-only">Bar</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((word) => (
            <tr key={word.word}>
              <th scope="row">{word.word}</th>
              <td className="num">{formatNumber(word.count)}</td>
              <td className="num">{formatPercent(word.share)}</td>
              <td className="rs-words__bar-cell" aria-hidden="true">
                <span className="rs-words__bar" style={{ width: `${(word.share / top) * 100}%` }} />
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
      {words.length > WORDS_SHOWN && (
        <p className="field__hint">
          The top {WORDS_SHOWN} of {formatNumber(words.length)} counted words.
        </p>
      )}
    </div>
  );
}
