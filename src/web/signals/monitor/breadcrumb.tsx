import { Link } from 'react-router';

/** Monitor › unit › dyad, the page itself last. */
export function MonitorBreadcrumb({ trail, current }: { trail: Array<{ to: string; label: string }>; current: string }) {
  return (
    <nav aria-label="Breadcrumb" className="breadcrumb">
      <ol>
        {trail.map((step) => (
          <li key={step.to}>
            <Link to={step.to}>{step.label}</Link>
          </li>
        ))}
        <li>
          <span aria-current="page">{current}</span>
        </li>
      </ol>
    </nav>
  );
}
