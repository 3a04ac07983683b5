import { Link } from 'react-router';
import { useNotifications } from './buyin-api';

/** The bell in the shell: a link to my notifications that says how many are unread (the visible label and count are its name, so voice control can say what it sees). */
export function NotificationBell() {
  const notifications = useNotifications();
  const unread = notifications.data?.unread ?? 0;
  return (
    <Link to="/notifications" className="bi-bell" title="Notifications">
      <svg className="bi-bell__icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
        />
      </svg>
      <span className="sr-only">Notifications</span>
      {unread > 0 && (
        <span className="bi-bell__count">
          {unread > 99 ? '99+' : unread}
          <span className="sr-only"> unread</span>
        </span>
      )}
    </Link>
  );
}
