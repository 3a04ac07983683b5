import { Link } from 'react-router';
import { businessDaysBetween } from '../../domain/buyin/business-days';
import { Badge } from '../ui/badge';
import { EmptyState } from '../ui/empty-state';
import { formatDateTime, plural } from '../ui/format';
import { QueryView } from '../ui/query-view';
import { usePageTitle } from '../ui/use-page-title';
import { useWaitingForMe } from './buyin-api';
import { FeedbackCard } from './feedback-card';
import { StageBadge } from './labels';
import './buyin.css';

/** What is waiting for me: pulses to answer, answers to my questions, and initiatives I still have time to absorb. */
export function WaitingPage() {
  usePageTitle('Waiting for me');
  const waiting = useWaitingForMe();
  return (
    <div className="page">
      <header className="page-header">
        <h1>Waiting for me</h1>
        <p className="page-header__lead">Pulses to answer, marketing’s answers to your questions, and initiatives you still have time to read and question.</p>
      </header>
      <QueryView query={waiting} loadingLabel="Loading…" errorTitle="This page could not be loaded">
        {(data) => {
          const toAnswer = data.pulses.filter((pulse) => pulse.mine === 'to_answer');
          const answered = data.pulses.filter((pulse) => pulse.mine === 'answered');
          return (
            <div className="bi-sections">
              <section aria-labelledby="waiting-pulses">
                <h2 id="waiting-pulses">Pulses to answer ({toAnswer.length})</h2>
                {toAnswer.length === 0 ? (
                  <EmptyState title="No pulse waiting for you">
                    <p>When marketing asks how you see an initiative, the short questionnaire shows here.</p>
                  </EmptyState>
                ) : (
                  <ul className="bi-cards">
                    {toAnswer.map((pulse) => (
                      <li key={pulse.id} className="bi-card">
                        <p className="bi-card__title">
                          <Link to={`/pulses/${pulse.id}`}>{pulse.title}</Link>
                        </p>
                        <p className="bi-card__meta muted">
                          {pulse.initiativeTitle ?? 'Organisation pulse'} · closes {formatDateTime(pulse.closesAt)}
                        </p>
                      </li>
                    ))}
                  </ul>
                )}
                {answered.length > 0 && (
                  <p className="muted">
                    Answered and still open:{' '}
                    {answered.map((pulse, index) => (
                      <span key={pulse.id}>
                        {index > 0 && ', '}
                        <Link to={`/pulses/${pulse.id}`}>{pulse.title}</Link>
                      </span>
                    ))}{' '}
                    (you can change your answers until they close).
                  </p>
                )}
              </section>
              <section aria-labelledby="waiting-answers" className="section">
                <h2 id="waiting-answers">Answers to my questions ({data.answeredFeedback.length})</h2>
                {data.answeredFeedback.length === 0 ? (
                  <EmptyState title="No answers yet">
                    <p>Ask a question on any initiative; marketing’s answer and its reason show here.</p>
                  </EmptyState>
                ) : (
                  <div className="bi-list">
                    {data.answeredFeedback.map((item) => (
                      <FeedbackCard key={item.id} item={item} showInitiative />
                    ))}
                  </div>
                )}
              </section>
              <section aria-labelledby="waiting-absorbing" className="section">
                <h2 id="waiting-absorbing">Time to absorb ({data.absorbing.length})</h2>
                {data.absorbing.length === 0 ? (
                  <EmptyState title="Nothing in its absorption window">
                    <p>Initiatives you have time to read, question and test with customers before any commitment is asked show here.</p>
                  </EmptyState>
                ) : (
                  <ul className="bi-cards">
                    {data.absorbing.map((initiative) => (
                      <li key={initiative.id} className="bi-card">
                        <p className="bi-card__title">
                          <Link to={`/initiatives/${initiative.id}`}>{initiative.title}</Link> <StageBadge stage={initiative.stage} />
                        </p>
                        <p className="bi-card__meta">
                          {initiative.absorptionEndsAt ? (
                            <Badge tone="warning">{plural(businessDaysBetween(new Date(), new Date(initiative.absorptionEndsAt)), 'business day')} left</Badge>
                          ) : null}{' '}
                          <Link to={`/initiatives/${initiative.id}/feedback`}>Ask a question</Link>
                        </p>
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            </div>
          );
        }}
      </QueryView>
    </div>
  );
}
