import { lazy, Suspense } from 'react';
import { Outlet, Route } from 'react-router';
import { Spinner } from '../ui/spinner';
import { RequireRole } from '../auth/require-auth';
import { ActivityPage } from './activity-page';
import { AgreementPage } from './agreement-page';
import { CodebookPage } from './codebook/codebook-page';
import { OverviewPage } from './overview-page';
import { ProjectLayout } from './project-layout';
import { ProjectsPage } from './projects-page';
import { QueriesPage } from './queries-page';
import { RESEARCH_ROLES } from './roles';
import { ValidityPage } from './validity-page';
import { TranscriptPage } from './workbench/transcript-page';

// The chart library is large; it loads with the one page that draws a chart.
const SaturationPage = lazy(() => import('./saturation-page').then((module) => ({ default: module.SaturationPage })));

/** The research workbench's routes, for admins and analysts; called as a function so <Routes> sees plain <Route>s. */
export function researchRoutes() {
  return (
    <Route
      path="research"
      element={
        <RequireRole roles={RESEARCH_ROLES}>
          <Outlet />
        </RequireRole>
      }
    >
      <Route index element={<ProjectsPage />} />
      <Route path=":pid" element={<ProjectLayout />}>
        <Route index element={<OverviewPage />} />
        <Route path="transcripts/:tid" element={<TranscriptPage />} />
        <Route path="codebook" element={<CodebookPage />} />
        <Route
          path="saturation"
          element={
            <Suspense fallback={<Spinner label="Loading the chart…" />}>
              <SaturationPage />
            </Suspense>
          }
        />
        <Route path="agreement" element={<AgreementPage />} />
        <Route path="queries" element={<QueriesPage />} />
        <Route path="validity" element={<ValidityPage />} />
        <Route path="activity" element={<ActivityPage />} />
      </Route>
    </Route>
  );
}
