import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useCurrentUser, useSession } from '../auth/session';
import { NotificationBell } from '../buyin/notification-bell';
import { roleLabels, visibleModules } from './modules';
import './shell.css';

/** The frame around every signed-in page: navigation, the current user, and the page in <main>. */
export function AppShell({ children }: { children?: ReactNode }) {
  const user = useCurrentUser();
  const { signOut } = useSession();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const [signingOut, setSigningOut] = useState(false);
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  const modules = visibleModules(user.role);

  // A new page: close the phone menu and move focus to the page, as a full page load would.
  useEffect(() => {
    setMenuOpen(false);
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [location.pathname]);

  useEffect(() => {
    if (!menuOpen) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setMenuOpen(false);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [menuOpen]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="sidebar">
        <div className="sidebar__bar">
          <Link to="/" className="brand">
            <span className="brand-mark" aria-hidden="true">
              T
            </span>
            <span className="brand__name">Tandem</span>
          </Link>
          <NotificationBell />
          <button
            type="button"
            className="menu-button"
            aria-expanded={menuOpen}
            aria-controls="app-menu"
            onClick={() => setMenuOpen((open) => !open)}
          >
            <span className="menu-button__icon" aria-hidden="true" />
            Menu
          </button>
        </div>
        <div id="app-menu" className={menuOpen ? 'sidebar__panel is-open' : 'sidebar__panel'}>
          <p className="sidebar__org">{user.orgName}</p>
          <nav aria-label="Main" className="nav">
            {modules.map((module) => (
              <div key={module.id} className="nav__section">
                <p className="nav__heading" id={`nav-${module.id}`}>
                  {module.label}
                </p>
                <ul className="nav__list" aria-labelledby={`nav-${module.id}`}>
                  {module.links.map((link) => (
                    <li key={link.to}>
                      <NavLink to={link.to} end={link.end} className="nav__link">
                        {link.label}
                      </NavLink>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </nav>
          <div className="user-card">
            <p className="user-card__name">{user.name}</p>
            <p className="user-card__role">{roleLabels[user.role]}</p>
            <button
              type="button"
              className="button button--small button--block"
              disabled={signingOut}
              onClick={() => {
                setSigningOut(true);
                void signOut().finally(() => setSigningOut(false));
              }}
            >
              {signingOut ? 'Signing out…' : 'Sign out'}
            </button>
          </div>
        </div>
      </header>
      <main id="main" className="main" tabIndex={-1} ref={mainRef}>
        {children ?? <Outlet />}
      </main>
    </div>
  );
}
