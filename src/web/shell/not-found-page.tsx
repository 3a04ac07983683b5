import { Link } from 'react-router';
import { useSession } from '../auth/session';
import { Spinner } from '../ui/spinner';
import { usePageTitle } from '../ui/use-page-title';
import { AppShell } from './app-shell';

function NotFoundContent({ signedIn }: { signedIn: boolean }) {
  usePageTitle('Page not found');
  return (
    <div className="page page--narrow">
      <h1>Page not found</h1>
      <p>There is no page at this address. It may have moved, or the link may be mistyped.</p>
      <p>
        <Link to={signedIn ? '/org' : '/sign-in'} className="button button--primary">
          {signedIn ? 'Go to the home page' : 'Go to sign-in'}
        </Link>
      </p>
    </div>
  );
}

/** Any path no route matches: inside the navigation frame when signed in, on its own otherwise. */
export function NotFoundPage() {
  const { user, isLoading } = useSession();
  if (isLoading) {
    return (
      <div className="center-page">
        <Spinner />
      </div>
    );
  }
  if (user) {
    return (
      <AppShell>
        <NotFoundContent signedIn />
      </AppShell>
    );
  }
  return (
    <main id="main" className="main main--standalone">
      <NotFoundContent signedIn={false} />
    </main>
  );
}
