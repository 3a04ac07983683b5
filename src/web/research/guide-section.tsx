import { useId, useState, type FormEvent } from 'react';
import { EmptyState } from '../ui/empty-state';
import { errorText } from '../ui/error-message';
import { formatDateTime, plural } from '../ui/format';
import { QueryView } from '../ui/query-view';
import { useToast } from '../ui/toast';
import { useGuide, useSaveGuide, type GuideView } from './research-api';

const MAX_QUESTIONS = 200;
const MAX_QUESTION_LENGTH = 2_000;

/** The project's interview guide: the questions, in order, that every interview follows. */
export function GuideSection({ pid }: { pid: string }) {
  const query = useGuide(pid);
  return (
    <section className="section" aria-labelledby="guide-heading">
      <h2 id="guide-heading">Interview guide</h2>
      <p className="section__lead">The questions, in order, that the interviews of this project follow.</p>
      <QueryView query={query} loadingLabel="Loading the guide…" errorTitle="The interview guide could not be loaded">
        {(guide) => <Guide pid={pid} guide={guide} />}
      </QueryView>
    </section>
  );
}

function Guide({ pid, guide }: { pid: string; guide: GuideView }) {
  const [editing, setEditing] = useState(false);
  if (editing) return <GuideForm pid={pid} guide={guide} onDone={() => setEditing(false)} />;
  if (guide.questions.length === 0) {
    return (
      <EmptyState title="No interview guide yet">
        <p>Write down the questions you ask, so every interviewer follows the same order and the guide is kept with the project.</p>
        <p>
          <button type="button" className="button button--small button--primary" onClick={() => setEditing(true)}>
            Write the guide
          </button>
        </p>
      </EmptyState>
    );
  }
  return (
    <div className="rs-panel rs-guide">
      <ol className="rs-guide__list">
        {guide.questions.map((question, index) => (
          <li key={`${index}-${question}`}>{question}</li>
        ))}
      </ol>
      <div className="rs-guide__footer">
        <span className="field__hint">
          {plural(guide.questions.length, 'question')}
          {guide.updatedAt && ` · last changed ${formatDateTime(guide.updatedAt)}`}
        </span>
        <button type="button" className="button button--small" onClick={() => setEditing(true)}>
          Edit the guide
        </button>
      </div>
    </div>
  );
}

function GuideForm({ pid, guide, onDone }: { pid: string; guide: GuideView; onDone: () => void }) {
  const id = useId();
  const [text, setText] = useState(guide.questions.join('\n'));
  const [error, setError] = useState<string | null>(null);
  const save = useSaveGuide(pid);
  const toast = useToast();
  const questions = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (questions.length > MAX_QUESTIONS) return setError(`A guide holds at most ${MAX_QUESTIONS} questions.`);
    const long = questions.findIndex((question) => question.length > MAX_QUESTION_LENGTH);
    if (long >= 0) return setError(`Question ${long + 1} is longer than ${formatLength(MAX_QUESTION_LENGTH)} characters.`);
    save.mutate(
      { questions },
      {
        onSuccess: () => {
          toast({ message: 'Interview guide saved.', tone: 'success' });
          onDone();
        },
        onError: (failure) => setError(errorText(failure)),
      },
    );
  }

  return (
    <form className="rs-panel rs-guide-form" onSubmit={onSubmit} noValidate>
      <label htmlFor={id} className="rs-label">
        Questions
      </label>
      <p className="field__hint" id={`${id}-hint`}>
        One question per line, in the order you ask them. Empty lines are left out.
      </p>
      <textarea
        id={id}
        className="rs-textarea"
        rows={Math.min(16, Math.max(6, questions.length + 2))}
        value={text}
        aria-describedby={`${id}-hint`}
        aria-invalid={error ? true : undefined}
        onChange={(event) => {
          setText(event.target.value);
          setError(null);
        }}
      />
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <div className="rs-guide__footer">
        <span className="field__hint">{plural(questions.length, 'question')}</span>
        <span className="rs-guide__actions">
          <button type="button" className="button button--small" onClick={onDone} disabled={save.isPending}>
            Cancel
          </button>
          <button type="submit" className="button button--small button--primary" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : 'Save the guide'}
          </button>
        </span>
      </div>
    </form>
  );
}

function formatLength(value: number): string {
  return value.toLocaleString('en-GB');
}
