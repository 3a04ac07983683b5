import { useSearchParams } from 'react-router';
import { hasRole, useCurrentUser } from '../auth/session';
import { isApiError } from '../api/client';
import { EmptyState } from '../ui/empty-state';
import { QueryView } from '../ui/query-view';
import { usePageTitle } from '../ui/use-page-title';
import { useOpenLoops } from './buyin-api';
import { FeedbackCard } from './feedback-card';
import { FlexCard } from './flex-tab';
import { useViewer } from './use-viewer';
import './buyin.css';

/** Roles that may see every open loop in the organisation, not only those on their own initiatives. */
const ALL_SCOPE_ROLES = ['admin', 'analyst', 'leader'] as const;

/** Marketing's to-do list: every open question on my (or every) initiative, oldest first, and flex requests to decide. */
export function OpenLoopsPage() {
  usePageTitle('Open loops');
  const user = useCurrentUser();
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const canSeeAll = hasRole(user, ALL_SCOPE_ROLES);
  const scope = canSeeAll && params.get('scope') === 'all' ? 'all' : 'mine';
  const loops = useOpenLoops(scope);

  return (
    <div className="page">
      <header className="page-header">
        <h1>Open loops</h1>
        <p className="page-header__lead">
          Every question and comment from the field gets an answer with a reason within five business days. These are still
          waiting, oldest first.
        </p>
      </header>
      {canSeeAll && (
        <fieldset className="bi-fieldset bi-scope">
          <legend>Show</legend>
          <div className="bi-radio-row">
            {(['mine', 'all'] as const).map((value) => (
              <label key={value} className="bi-radio">
                <input type="radio" name="loop-scope" checked={scope === value} onChange={() => setParams(value === 'all' ? { scope: 'all' } : {}, { replace: true })} />
                {value === 'mine' ? 'My initiatives' : 'All initiatives'}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {loops.isError && isApiError(loops.error, 'FORBIDDEN') ? (
        <EmptyState title="Open loops are marketing’s list">
          <p>They show the questions marketing still has to answer. Your own questions and their answers are under “Waiting for me”.</p>
        </EmptyState>
      ) : (
        <QueryView query={loops} loadingLabel="Loading open loops…" errorTitle="The open loops could not be loaded">
          {(data) => {
            const items = [...data.items].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
            const flex = data.flexRequests ?? [];
            return (
              <div className={loops.isPlaceholderData ? 'bi-sections is-stale' : 'bi-sections'}>
                <section aria-labelledby="loops-heading">
                  <h2 id="loops-heading">Questions and comments to answer ({items.length})</h2>
                  {items.length === 0 ? (
                    <EmptyState title="No open loops">
                      <p>{scope === 'mine' ? 'Nothing waits for an answer on your initiatives. Well done.' : 'Nothing waits for an answer in the organisation.'}</p>
                    </EmptyState>
                  ) : (
                    <div className="bi-list">
                      {items.map((item) => (
                        <FeedbackCard key={item.id} item={item} canRespond={viewer.isMarketer} showInitiative />
                      ))}
                    </div>
                  )}
                </section>
                <section aria-labelledby="pending-flex-heading" className="section">
                  <h2 id="pending-flex-heading">Flex requests to decide ({flex.length})</h2>
                  {flex.length === 0 ? (
                    <EmptyState title="No flex request waiting">
                      <p>When a region asks to adapt price, message, material or timing, it shows here until you decide.</p>
                    </EmptyState>
                  ) : (
                    <div className="bi-list">
                      {flex.map((request) => (
                        <FlexCard key={request.id} request={request} canDecide={viewer.isMarketer} initiative={{ id: request.initiativeId, title: request.initiativeTitle }} />
                      ))}
                    </div>
                  )}
                </section>
              </div>
            );
          }}
        </QueryView>
      )}
    </div>
  );
}
