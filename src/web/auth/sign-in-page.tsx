import { useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { limits } from '../../shared/limits';
import { ApiError } from '../api/client';
import { usePageTitle } from '../ui/use-page-title';
import { safeNextPath, useSession } from './session';
import './sign-in.css';

export function SignInPage() {
  usePageTitle('Sign in');
  const { user, signIn } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  if (user && !submitting) return <Navigate to={next} replace />;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    if (!email.trim() || !password) {
      setError('Enter your e-mail address and password.');
      return;
    }
    setSubmitting(true);
    try {
      await signIn({ email: email.trim().toLowerCase(), password });
      navigate(next, { replace: true });
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'Sign-in failed. Try again.');
      setSubmitting(false);
    }
  }

  return (
    <main className="sign-in" id="main">
      <div className="sign-in__card">
        <p className="sign-in__brand" aria-hidden="true">
          <span className="brand-mark">T</span> Tandem
        </p>
        <h1 className="sign-in__title">Sign in to Tandem</h1>
        <form onSubmit={onSubmit} noValidate aria-describedby={error ? 'sign-in-error' : undefined}>
          <div className="field">
            <label htmlFor="sign-in-email">E-mail</label>
            <input
              id="sign-in-email"
              type="email"
              name="email"
              autoComplete="username"
              required
              maxLength={limits.emailMaxLength}
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              aria-invalid={error ? true : undefined}
              autoFocus
            />
          </div>
          <div className="field">
            <label htmlFor="sign-in-password">Password</label>
            <input
              id="sign-in-password"
              type="password"
              name="password"
              autoComplete="current-password"
              required
              maxLength={limits.passwordMaxLength}
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              aria-invalid={error ? true : undefined}
            />
          </div>
          {error && (
            <p className="form-error" id="sign-in-error" role="alert">
              {error}
            </p>
          )}
          <button type="submit" className="button button--primary button--block" disabled={submitting}>
            {submitting ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
        <p className="sign-in__hint">Demo: see the terminal where Tandem started for demo sign-ins.</p>
      </div>
    </main>
  );
}
