import { Route } from 'react-router';
import { RequireRole } from '../auth/require-auth';
import { IncidentsPage } from './incidents-page';
import { JournalInsightsPage } from './journal-insights-page';
import { JournalPage } from './journal-page';
import { PromiseRatesPage } from './promise-rates-page';
import { SIGNAL_READER_ROLES } from './labels';
import { SupportDetailPage } from './support-detail-page';
import { SupportPage } from './support-page';
import { WarningsPage } from '../signals/warnings/warnings-page';

/** The signals pages (support requests, journal, incidents); called as a function so <Routes> sees plain <Route>s. */
export function dysfunctionRoutes() {
  return (
    <Route path="signals">
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
      <Route path="warnings" element={<RequireRole roles={SIGNAL_READER_ROLES}><WarningsPage /></RequireRole>} />
    </Route>
  );
}
