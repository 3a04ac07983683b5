import { useState } from 'react';
import { Link, NavLink, Outlet, useOutletContext, useParams } from 'react-router';
import { STAGES, type InitiativeDetail } from '../../shared/buyin';
import { isApiError } from '../api/client';
import { ErrorMessage } from '../ui/error-message';
import { formatDate, plural } from '../ui/format';
import { Spinner } from '../ui/spinner';
import { usePageTitle } from '../ui/use-page-title';
import { useInitiative } from './buyin-api';
import { HealthChip, stageLabels } from './labels';
import { NewInitiativeDialog } from './new-initiative-dialog';
import { StageControls } from './stage-controls';
import './buyin.css';

const TABS = [
  { to: '', label: 'Overview' },
  { to: 'involvement', label: 'Involvement' },
  { to: 'feedback', label: 'Questions & feedback' },
  { to: 'flex', label: 'Flex requests' },
  { to: 'buyin', label: 'Buy-in' },
  { to: 'history', label: 'History' },
] as const;

/** The frame of an initiative's pages: header with the stage stepper and controls, then one section per tab. */
export function InitiativeLayout() {
  const { id = '' } = useParams();
  const query = useInitiative(id);
  usePageTitle(query.data?.initiative.title ?? 'Initiative');

  if (query.isPending) {
    return (
      <div className="page">
        <Spinner label="Loading the initiative…" />
      </div>
    );
  }
  if (query.isError) {
    if (isApiError(query.error, 'NOT_FOUND')) {
      return (
        <div className="page page--narrow">
          <h1>Initiative not found</h1>
          <p>There is no initiative at this address in your organisation.</p>
          <p>
            <Link to="/initiatives">See all initiatives</Link>
          </p>
        </div>
      );
    }
    return (
      <div className="page">
        <ErrorMessage error={query.error} title="This initiative could not be loaded" onRetry={() => void query.refetch()} />
      </div>
    );
  }

  const detail = query.data;
  const { initiative } = detail;
  const openLoops = detail.feedback.filter((item) => item.loop.status === 'open').length;
  const pendingFlex = detail.flexRequests.filter((item) => item.status === 'pending').length;
  const counts: Record<string, string | null> = {
    feedback: openLoops > 0 ? `${openLoops} open` : null,
    flex: pendingFlex > 0 ? `${pendingFlex} pending` : null,
  };
  return (
    <div className="page bi-page">
      <nav aria-label="Breadcrumb" className="bi-breadcrumb">
        <Link to="/initiatives">Initiatives</Link>
      </nav>
      <header className="bi-header">
        <div className="bi-header__title">
          <h1>{initiative.title}</h1>
          <HealthChip health={initiative.health} />
          {detail.can.edit && <EditButton initiative={initiative} />}
        </div>
        {initiative.summary && <p className="page-header__lead">{initiative.summary}</p>}
        <dl className="bi-facts">
          <div>
            <dt>Owner</dt>
            <dd>{initiative.owner.name}</dd>
          </div>
          <div>
            <dt>Regions</dt>
            <dd>{initiative.targetRegions.length ? initiative.targetRegions.join(', ') : 'All regions'}</dd>
          </div>
          <div>
            <dt>Start</dt>
            <dd>{initiative.startDate ? formatDate(initiative.startDate) : 'Not set'}</dd>
          </div>
          <div>
            <dt>Rollout</dt>
            <dd>{initiative.rolloutDate ? formatDate(initiative.rolloutDate) : 'Not set'}</dd>
          </div>
          <div>
            <dt>Absorption</dt>
            <dd>
              {initiative.absorptionEndsAt
                ? `${initiative.absorptionStartedAt ? formatDate(initiative.absorptionStartedAt) : ''} – ${formatDate(initiative.absorptionEndsAt)}`
                : plural(initiative.absorptionBusinessDays, 'business day')}
            </dd>
          </div>
        </dl>
        {initiative.health.reasons.length > 0 && (
          <ul className="bi-health__reasons bi-health__reasons--header" aria-label="Health reasons">
            {initiative.health.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        )}
        <StageStepper current={initiative.stage} />
        <StageControls detail={detail} />
      </header>

      <nav aria-label="Initiative sections" className="bi-tabs">
        <ul>
          {TABS.map((tab) => (
            <li key={tab.label}>
              <NavLink to={tab.to ? `/initiatives/${id}/${tab.to}` : `/initiatives/${id}`} end className="bi-tab">
                {tab.label}
                {counts[tab.to] && <span className="bi-tab__count">{counts[tab.to]}</span>}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet context={detail} />
    </div>
  );
}

function EditButton({ initiative }: { initiative: InitiativeDetail['initiative'] }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button button--small bi-header__edit" onClick={() => setOpen(true)}>
        Edit<span className="sr-only"> the initiative</span>
      </button>
      <NewInitiativeDialog open={open} onClose={() => setOpen(false)} existing={initiative} />
    </>
  );
}

/** The seven stages in order; the current one is named as such for screen readers too. */
function StageStepper({ current }: { current: InitiativeDetail['initiative']['stage'] }) {
  const at = STAGES.indexOf(current);
  return (
    <ol className="bi-stepper" aria-label="Stages">
      {STAGES.map((stage, index) => {
        const state = index < at ? 'done' : index === at ? 'current' : 'todo';
        return (
          <li key={stage} className={`bi-stepper__step bi-stepper__step--${state}`} aria-current={state === 'current' ? 'step' : undefined}>
            <span className="bi-stepper__dot" aria-hidden="true">
              {state === 'done' ? '✓' : index + 1}
            </span>
            <span className="bi-stepper__label">
              {stageLabels[stage]}
              <span className="sr-only">{state === 'done' ? ' (done)' : state === 'current' ? ' (current stage)' : ' (to come)'}</span>
            </span>
          </li>
        );
      })}
    </ol>
  );
}

/** The loaded initiative, for sections rendered inside <InitiativeLayout>. */
export function useInitiativeDetail(): InitiativeDetail {
  return useOutletContext<InitiativeDetail>();
}
