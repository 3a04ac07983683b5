import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { ProjectDetail } from '../../shared/research';
import { EmptyState } from '../ui/empty-state';
import { formatNumber, plural } from '../ui/format';
import { QueryView } from '../ui/query-view';
import { Table } from '../ui/table';
import { formatPercent } from './labels';
import { useTextSearch, type SearchSettings, type SearchView } from './research-api';

const HITS_SHOWN = 100;
const WORDS_SHOWN = 30;

export function SearchSection({ project }: { project: ProjectDetail }) {
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

