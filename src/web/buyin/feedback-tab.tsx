import { useEffect, useState, type FormEvent } from 'react';
import { useLocation } from 'react-router';
import { EmptyState } from '../ui/empty-state';
import { errorText } from '../ui/error-message';
import { useToast } from '../ui/toast';
import { useGiveFeedback } from './buyin-api';
import { FeedbackCard } from './feedback-card';
import { SelectField, TextArea } from './fields';
import { useInitiativeDetail } from './initiative-layout';
import { DecisionBadge, feedbackKindLabels } from './labels';

/** The closed loop: anyone asks; marketing answers every item with a decision and a reason; "you said, we did". */
export function FeedbackTab() {
  const { initiative, feedback, can } = useInitiativeDetail();
  const open = feedback.filter((item) => item.loop.status === 'open');
  const closed = feedback.filter((item) => item.loop.status === 'closed');
  const { hash } = useLocation();
  useEffect(() => {
    if (hash) document.getElementById(hash.slice(1))?.scrollIntoView({ block: 'center' });
  }, [hash]);

  return (
    <div className="bi-sections">
      {can.giveFeedback && <AskForm initiativeId={initiative.id} />}
      <section aria-labelledby="open-heading" className="section">
        <h2 id="open-heading">Open ({open.length})</h2>
        {open.length === 0 ? (
          <EmptyState title="No open questions">
            <p>Every question and comment on this initiative has an answer.</p>
          </EmptyState>
        ) : (
          <div className="bi-list">
            {open.map((item) => (
              <FeedbackCard key={item.id} item={item} canRespond={can.respond} />
            ))}
          </div>
        )}
      </section>
      <section aria-labelledby="said-heading" className="section">
        <h2 id="said-heading">You said, we did ({closed.length})</h2>
        {closed.length === 0 ? (
          <EmptyState title="Nothing answered yet">
            <p>Answered questions and comments show here with what marketing did about them and why.</p>
          </EmptyState>
        ) : (
          <ul className="bi-said">
            {closed.map((item) => (
              <li key={item.id} className="bi-card" id={`feedback-${item.id}`}>
                <div className="bi-said__grid">
                  <div>
                    <p className="bi-said__label">You said</p>
                    <p className="bi-prose">{item.text}</p>
                    <p className="cell-sub">{item.author ? item.author.name : 'Anonymous'}</p>
                  </div>
                  <div>
                    <p className="bi-said__label">
                      We did <DecisionBadge decision={item.response?.decision ?? 'not_adopted'} />
                    </p>
                    <p className="bi-prose">{item.response?.reason}</p>
                    <p className="cell-sub">{item.response?.by?.name ?? ''}</p>
                  </div>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function AskForm({ initiativeId }: { initiativeId: string }) {
  const [kind, setKind] = useState<keyof typeof feedbackKindLabels>('question');
  const [text, setText] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const give = useGiveFeedback(initiativeId);
  const toast = useToast();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!text.trim()) {
      setError('Write your question or comment first.');
      document.getElementById('feedback-text')?.focus();
      return;
    }
    give.mutate(
      { kind, text, anonymous },
      {
        onSuccess: () => {
          setText('');
          setError(null);
          toast({ message: 'Sent. Marketing answers every item with a reason, and you are told when it does.', tone: 'success' });
        },
        onError: (failure) => setError(errorText(failure)),
      },
    );
  };

  return (
    <form className="bi-panel bi-form" onSubmit={onSubmit} noValidate aria-labelledby="ask-heading">
      <h2 id="ask-heading">Ask a question or comment</h2>
      <p className="section__lead">Anyone can ask at any stage. Marketing answers each item with “adopted”, “partly” or “not adopted”, and why.</p>
      <SelectField id="feedback-kind" label="Kind" value={kind} onChange={setKind} options={feedbackKindLabels} />
      <TextArea id="feedback-text" label="Your question or comment" value={text} onChange={(value) => (setText(value), setError(null))} error={error} />
      <label className="bi-check">
        <input type="checkbox" checked={anonymous} onChange={(event) => setAnonymous(event.target.checked)} />
        Hide my name from everyone else (you are still told the answer)
      </label>
      <button type="submit" className="button button--primary" disabled={give.isPending}>
        {give.isPending ? 'Sending…' : 'Send'}
      </button>
    </form>
  );
}
