import { Link } from 'react-router';
import type { DyadList } from '../../shared/org';
import { hasRole, ORG_EDITOR_ROLES, useSession } from '../auth/session';
import { QueryView } from '../ui/query-view';
import { usePageTitle } from '../ui/use-page-title';
import { ConfirmedDyads } from './confirmed-dyads';
import { useDyads } from './org-api';
import { DyadSuggestions } from './dyad-suggestions';
import './org.css';

export function DyadsPage() {
  usePageTitle('Dyads');
  const dyads = useDyads();
  const { user } = useSession();
  const canEdit = hasRole(user, ORG_EDITOR_ROLES);

  return (
    <div className="page">
      <header className="page-header">
        <h1>Dyads</h1>
        <p className="page-header__lead">
          A dyad is a sales person and a marketing person at the same level who work with each other; Tandem compares
          how each side sees the same events.
        </p>
        {!canEdit && <p className="muted">Only admins and analysts can confirm or remove dyads.</p>}
      </header>
      <QueryView query={dyads} loadingLabel="Loading dyads…">
        {(data: DyadList) => (
          <>
            <section className="section" aria-labelledby="confirmed-heading">
              <h2 id="confirmed-heading">Confirmed dyads ({data.confirmed.length})</h2>
              <ConfirmedDyads dyads={data.confirmed} canEdit={canEdit} />
            </section>
            <section className="section" aria-labelledby="suggestions-heading">
              <h2 id="suggestions-heading">Suggestions ({data.suggestions.length})</h2>
              <p className="section__lead">
                Pairs at the same level that look like they work together, by region and reporting line. Check the
                pair with the people involved before confirming it.
              </p>
              <DyadSuggestions suggestions={data.suggestions} canEdit={canEdit} />
            </section>
          </>
        )}
      </QueryView>
      <p className="page-footer-note">
        <Link to="/org">Back to the organisation explorer</Link>
      </p>
    </div>
  );
}
