import { Route } from 'react-router';
import { RequireRole } from '../auth/require-auth';
import { IncidentsPage } from './incidents-page';
import { JournalInsightsPage } from './journal-insights-page';
import { JournalPage } from './journal-page';
import { PromiseRatesPage } from './promise-rates-page';
import { ProgressionPage } from '../signals/progression/progression-page';
import { PropositionsPage } from '../signals/progression/propositions-page';
import { SIGNAL_READER_ROLES } from './labels';
import { SupportDetailPage } from './support-detail-page';
import { SupportPage } from './support-page';
import { NetworkPage } from '../signals/network/network-page';
import { DyadPage } from '../signals/monitor/dyad-page';
import { MonitorPage } from '../signals/monitor/monitor-page';
import { UnitPage } from '../signals/monitor/unit-page';
import { WarningsPage } from '../signals/warnings/warnings-page';

/** The signals pages (support requests, journal, incidents); called as a function so <Routes> sees plain <Route>s. */
export function dysfunctionRoutes() {
  return (
    <Route path="signals">
      <Route path="monitor" element={<RequireRole roles={SIGNAL_READER_ROLES}><MonitorPage /></RequireRole>} />
      <Route path="units/:unit" element={<RequireRole roles={SIGNAL_READER_ROLES}><UnitPage /></RequireRole>} />
      <Route path="dyads/:salesId/:marketingId" element={<RequireRole roles={SIGNAL_READER_ROLES}><DyadPage /></RequireRole>} />
      <Route path="support" element={<SupportPage />} />
      <Route
        path="rates"
        element={
          <RequireRole roles={SIGNAL_READER_ROLES}>
            <PromiseRatesPage />
          </RequireRole>
        }
      />
      <Route path="support/:id" element={<SupportDetailPage />} />
      <Route path="journal" element={<JournalPage />} />
      <Route
        path="insights"
        element={
          <RequireRole roles={SIGNAL_READER_ROLES}>
            <JournalInsightsPage />
          </RequireRole>
        }
      />
      <Route path="incidents" element={<IncidentsPage />} />
      <Route path="progression" element={<RequireRole roles={SIGNAL_READER_ROLES}><ProgressionPage /></RequireRole>} />
      <Route path="propositions" element={<RequireRole roles={SIGNAL_READER_ROLES}><PropositionsPage /></RequireRole>} />
      <Route
        path="network"
        element={
          <RequireRole roles={SIGNAL_READER_ROLES}>
            <NetworkPage />
          </RequireRole>
        }
      />
      <Route path="warnings" element={<RequireRole roles={SIGNAL_READER_ROLES}><WarningsPage /></RequireRole>} />
    </Route>
  );
}
