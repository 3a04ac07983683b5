import { Route } from 'react-router';
import { BuyinTab } from './buyin-tab';
import { FeedbackTab } from './feedback-tab';
import { FlexTab } from './flex-tab';
import { HistoryTab } from './history-tab';
import { InitiativeLayout } from './initiative-layout';
import { InitiativesPage } from './initiatives-page';
import { InvolvementTab } from './involvement-tab';
import { NotificationsPage } from './notifications-page';
import { OpenLoopsPage } from './open-loops-page';
import { OverviewTab } from './overview-tab';
import { PulsePage } from './pulse-page';
import { WaitingPage } from './waiting-page';

/** The initiatives & buy-in pages, mounted inside the signed-in shell. Every signed-in role may read them. */
export function buyinRoutes() {
  return (
    <>
      <Route path="initiatives" element={<InitiativesPage />} />
      <Route path="initiatives/:id" element={<InitiativeLayout />}>
        <Route index element={<OverviewTab />} />
        <Route path="involvement" element={<InvolvementTab />} />
        <Route path="feedback" element={<FeedbackTab />} />
        <Route path="flex" element={<FlexTab />} />
        <Route path="buyin" element={<BuyinTab />} />
        <Route path="history" element={<HistoryTab />} />
      </Route>
      <Route path="pulses/:id" element={<PulsePage />} />
      <Route path="waiting" element={<WaitingPage />} />
      <Route path="open-loops" element={<OpenLoopsPage />} />
      <Route path="notifications" element={<NotificationsPage />} />
    </>
  );
}
