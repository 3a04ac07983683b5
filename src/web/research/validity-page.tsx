import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { ProjectDetail } from '../../shared/research';
import { Badge, type BadgeTone } from '../ui/badge';
import { EmptyState } from '../ui/empty-state';
import { errorText } from '../ui/error-message';
import { formatDateTime, plural } from '../ui/format';
import { QueryView } from '../ui/query-view';
import { useToast } from '../ui/toast';
import { usePageTitle } from '../ui/use-page-title';
import { Disclosure } from './disclosure';
import { useProjectDetail } from './project-layout';
import { useCreateValidity, useRecordResponse, useValidity, type ValidityView } from './research-api';

type Agrees = 'yes' | 'partly' | 'no';
const AGREES: { value: Agrees; label: string; tone: BadgeTone }[] = [
  { value: 'yes', label: 'Agrees', tone: 'success' },
  { value: 'partly', label: 'Partly agrees', tone: 'warning' },
  { value: 'no', label: 'Disagrees', tone: 'danger' },
];

export function ValidityPage() {
  const project = useProjectDetail();
  usePageTitle(`Validity · ${project.project.name}`);
  const query = useValidity(project.project.id);
  return (
    <>
      <header className="page-header">
        <h1>Validity</h1>
        <p className="page-header__lead">
          Record the checks that make the interpretation trustworthy: what informants said about it, and the cases that run
          against it.
        </p>
      </header>
      <QueryView query={query} loadingLabel="Loading the checks…" errorTitle="The validity checks could not be loaded">
        {(data) => (
          <>
            <MemberChecks project={project} items={data.items.filter((item) => item.kind === 'member_check')} />
            <DeviantCases project={project} items={data.items.filter((item) => item.kind === 'deviant_case')} />
          </>
        )}
      </QueryView>
    </>
  );
}

function newestFirst(items: ValidityView[]): ValidityView[] {
  return [...items].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

function MemberChecks({ project, items }: { project: ProjectDetail; items: ValidityView[] }) {
  const pid = project.project.id;
  const names = new Map(project.informants.map((informant) => [informant.id, informant.name]));
  return (
    <section className="section" aria-labelledby="member-checks-heading">
      <h2 id="member-checks-heading">Member checks</h2>
      <p className="section__lead">Informants review your interpretation and say whether it matches their experience.</p>
      {project.informants.length === 0 ? (
        <EmptyState title="No informants to ask yet">
          <p>Add the people you interviewed as informants on the Overview page; then you can ask them to check a finding.</p>
        </EmptyState>
      ) : (
        <Disclosure summary="Ask for a member check" initiallyOpen={items.length === 0}>
          <CheckForm
            pid={pid}
            kind="member_check"
            textLabel="Finding to check"
            textHint="Write the interpretation as you would show it to the informants."
            subjectsLegend="Informants asked"
            subjects={project.informants.map((informant) => ({ id: informant.id, label: informant.name }))}
            submitLabel="Record the member check"
          />
        </Disclosure>
      )}
      {items.length === 0 ? (
        project.informants.length > 0 && <p className="muted rs-validity-none">No member checks yet.</p>
      ) : (
        <ul className="rs-validity-list">
          {newestFirst(items).map((item) => (
            <li key={item.id} className="rs-validity">
              <p className="rs-validity__text">{item.text}</p>
              <p className="rs-memo__meta">Asked {formatDateTime(item.createdAt)}</p>
              <ul className="rs-answers">
                {item.subjectIds.map((informantId) => {
                  const response = item.responses.find((entry) => entry.informantId === informantId);
                  const answer = response ? AGREES.find((entry) => entry.value === response.agrees) : undefined;
                  const name = names.get(informantId) ?? 'Removed informant';
                  return (
                    <li key={informantId} className="rs-answer">
                      <div className="rs-answer__head">
                        <span className="rs-answer__name">{name}</span>
                        {answer ? <Badge tone={answer.tone}>{answer.label}</Badge> : <Badge>Awaiting answer</Badge>}
                      </div>
                      {response?.response && <p className="rs-answer__text">“{response.response}”</p>}
                      {response && <p className="rs-memo__meta">Recorded {formatDateTime(response.at)}</p>}
                      <AnswerForm pid={pid} vid={item.id} informantId={informantId} name={name} current={response} />
                    </li>
                  );
                })}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function DeviantCases({ project, items }: { project: ProjectDetail; items: ValidityView[] }) {
  const pid = project.project.id;
  const titles = new Map(project.transcripts.map((transcript) => [transcript.id, transcript.title]));
  return (
    <section className="section" aria-labelledby="deviant-heading">
      <h2 id="deviant-heading">Deviant cases</h2>
      <p className="section__lead">Cases that run against the emerging explanation, kept in view so the explanation accounts for them.</p>
      {project.transcripts.length === 0 ? (
        <EmptyState title="No transcripts yet">
          <p>Add transcripts on the Overview page; then you can mark the interviews that do not fit the explanation.</p>
        </EmptyState>
      ) : (
        <Disclosure summary="Record a deviant case" initiallyOpen={items.length === 0}>
          <CheckForm
            pid={pid}
            kind="deviant_case"
            textLabel="Memo"
            textHint="How does this case run against the explanation, and what does that change?"
            subjectsLegend="Transcripts"
            subjects={project.transcripts.map((transcript) => ({ id: transcript.id, label: transcript.title }))}
            submitLabel="Record the deviant case"
          />
        </Disclosure>
      )}
      {items.length === 0 ? (
        project.transcripts.length > 0 && <p className="muted rs-validity-none">No deviant cases yet.</p>
      ) : (
        <ul className="rs-validity-list">
          {newestFirst(items).map((item) => (
            <li key={item.id} className="rs-validity">
              <p className="rs-validity__text">{item.text}</p>
              <p className="rs-memo__meta">Recorded {formatDateTime(item.createdAt)}</p>
              <ul className="rs-validity__links">
                {item.subjectIds.map((tid) => (
                  <li key={tid}>
                    {titles.has(tid) ? <Link to={`/research/${pid}/transcripts/${tid}`}>{titles.get(tid)}</Link> : <span className="muted">Removed transcript</span>}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

interface CheckFormProps {
  pid: string;
  kind: 'member_check' | 'deviant_case';
  textLabel: string;
  textHint: string;
  subjectsLegend: string;
  subjects: { id: string; label: string }[];
  submitLabel: string;
}

function CheckForm({ pid, kind, textLabel, textHint, subjectsLegend, subjects, submitLabel }: CheckFormProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const create = useCreateValidity(pid);
  const toast = useToast();
  const max = kind === 'member_check' ? 200 : 50;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!text.trim()) return setError(`Write the ${textLabel.toLowerCase()} first.`);
    if (chosen.length === 0) return setError(`Choose at least one ${kind === 'member_check' ? 'informant' : 'transcript'}.`);
    if (chosen.length > max) return setError(`Choose at most ${max}.`);
    create.mutate(
      { kind, text: text.trim(), subjectIds: chosen },
      {
        onSuccess: () => {
          setText('');
          setChosen([]);
          toast({ message: kind === 'member_check' ? 'Member check recorded.' : 'Deviant case recorded.', tone: 'success' });
        },
        onError: (failure) => setError(errorText(failure)),
      },
    );
  }

  return (
    <form className="rs-panel rs-check-form" onSubmit={onSubmit} noValidate>
      <label htmlFor={`${id}-text`} className="rs-label">
        {textLabel}
      </label>
      <p className="field__hint" id={`${id}-hint`}>
        {textHint}
      </p>
      <textarea
        id={`${id}-text`}
        className="rs-textarea"
        rows={4}
        value={text}
        maxLength={20_000}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          setText(event.target.value);
          setError(null);
        }}
      />
      <fieldset className="rs-fieldset rs-checklist">
        <legend>{subjectsLegend}</legend>
        {subjects.map((subject) => (
          <label key={subject.id} className="rs-choice">
            <input
              type="checkbox"
              checked={chosen.includes(subject.id)}
              onChange={(event) => {
                setError(null);
                setChosen((current) =>
                  event.target.checked
                    ? subjects.filter((item) => item.id === subject.id || current.includes(item.id)).map((item) => item.id)
                    : current.filter((item) => item !== subject.id),
                );
              }}
            />
            <span>{subject.label}</span>
          </label>
        ))}
      </fieldset>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <div className="rs-check-form__actions">
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {create.isPending ? 'Saving…' : submitLabel}
        </button>
        {chosen.length > 0 && <span className="muted">{plural(chosen.length, 'chosen', 'chosen')}</span>}
      </div>
    </form>
  );
}

interface AnswerFormProps {
  pid: string;
  vid: string;
  informantId: string;
  name: string;
  current: ValidityView['responses'][number] | undefined;
}

function AnswerForm({ pid, vid, informantId, name, current }: AnswerFormProps) {
  const id = useId();
  const [agrees, setAgrees] = useState<Agrees | null>(current?.agrees ?? null);
  const [response, setResponse] = useState(current?.response ?? '');
  const [error, setError] = useState<string | null>(null);
  const record = useRecordResponse(pid);
  const toast = useToast();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!agrees) return setError('Choose whether they agree.');
    record.mutate(
      { vid, body: { informantId, agrees, response: response.trim() } },
      {
        onSuccess: () => toast({ message: `${name}’s answer recorded.`, tone: 'success' }),
        onError: (failure) => setError(errorText(failure)),
      },
    );
  }

  return (
    <Disclosure summary={current ? 'Change the answer' : 'Record the answer'}>
      <form className="rs-answer-form" onSubmit={onSubmit} noValidate aria-label={`Answer of ${name}`}>
        <fieldset className="rs-fieldset rs-answer-form__choices">
          <legend>Does {name} agree?</legend>
          {AGREES.map((option) => (
            <label key={option.value} className="rs-choice">
              <input
                type="radio"
                name={`${id}-agrees`}
                checked={agrees === option.value}
                onChange={() => {
                  setAgrees(option.value);
                  setError(null);
                }}
              />
              <span>{option.value === 'yes' ? 'Yes' : option.value === 'partly' ? 'Partly' : 'No'}</span>
            </label>
          ))}
        </fieldset>
        <label htmlFor={`${id}-response`} className="rs-label">
          What they said <span className="muted">(optional)</span>
        </label>
        <textarea
          id={`${id}-response`}
          className="rs-textarea"
          rows={2}
          value={response}
          maxLength={20_000}
          onChange={(event) => setResponse(event.target.value)}
        />
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
        <div>
          <button type="submit" className="button button--small button--primary" disabled={record.isPending}>
            {record.isPending ? 'Saving…' : 'Save answer'}
          </button>
        </div>
      </form>
    </Disclosure>
  );
}
