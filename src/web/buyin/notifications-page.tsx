import { Link, useNavigate } from 'react-router';
import { Badge } from '../ui/badge';
import { EmptyState } from '../ui/empty-state';
import { formatDateTime } from '../ui/format';
import { QueryView } from '../ui/query-view';
import { usePageTitle } from '../ui/use-page-title';
import { useMarkAllNotificationsRead, useMarkNotificationRead, useNotifications } from './buyin-api';
import './buyin.css';

/** My notifications, newest first: open one to go to what it is about (it is marked read), or mark it read here. */
export function NotificationsPage() {
  usePageTitle('Notifications');
  const notifications = useNotifications();
  const markRead = useMarkNotificationRead();
  const markAll = useMarkAllNotificationsRead();
  const navigate = useNavigate();
  return (
    <div className="page page--narrow">
      <header className="page-header">
        <h1>Notifications</h1>
      </header>
      <QueryView query={notifications} loadingLabel="Loading notifications…" errorTitle="Your notifications could not be loaded">
        {({ items, unread }) =>
          items.length === 0 ? (
            <EmptyState title="No notifications">
              <p>You are told here when marketing answers your question, a pulse asks for your view, or a flex request is decided.</p>
            </EmptyState>
          ) : (
            <>
              <div className="bi-section-head">
                <p className="muted bi-flush" role="status">
                  {unread === 0 ? 'All read.' : `${unread} unread.`}
                </p>
                {unread > 0 && (
                  <button type="button" className="button button--small" disabled={markAll.isPending} onClick={() => markAll.mutate()}>
                    Mark all read
                  </button>
                )}
              </div>
              <ul className="bi-notifications">
                {items.map((item) => (
                  <li key={item.id} className={item.readAt ? 'bi-notification' : 'bi-notification bi-notification--unread'}>
                    <p className="bi-notification__text">
                      {!item.readAt && <Badge tone="info">New</Badge>}{' '}
                      <Link
                        to={item.link}
                        onClick={(event) => {
                          if (item.readAt) return;
                          event.preventDefault();
                          markRead.mutate(item.id, { onSettled: () => navigate(item.link) });
                        }}
                      >
                        {item.text}
                      </Link>
                    </p>
                    <p className="bi-notification__meta">
                      <span className="muted">{formatDateTime(item.createdAt)}</span>
                      {!item.readAt && (
                        <button type="button" className="button button--small" disabled={markRead.isPending} onClick={() => markRead.mutate(item.id)}>
                          Mark read<span className="sr-only">: {item.text}</span>
                        </button>
                      )}
                    </p>
                  </li>
                ))}
              </ul>
            </>
          )
        }
      </QueryView>
    </div>
  );
}
