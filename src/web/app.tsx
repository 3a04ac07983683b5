import { Route, Routes } from 'react-router';
import { RequireAuth, RequireRole } from './auth/require-auth';
import { ADMIN_ROLES, ORG_EDITOR_ROLES } from './auth/session';
import { SignInPage } from './auth/sign-in-page';
import { buyinRoutes } from './buyin/buyin-routes';
import { HomeRedirect } from './buyin/home-redirect';
import { dysfunctionRoutes } from './dysfunction/dysfunction-routes';
import { DyadsPage } from './org/dyads-page';
import { OrgPage } from './org/org-page';
import { PeoplePage } from './org/people-page';
import { PersonPage } from './org/person-page';
import { ImportPage } from './people-import/import-page';
import { researchRoutes } from './research/research-routes';
import { AppShell } from './shell/app-shell';
import { NotFoundPage } from './shell/not-found-page';
import { UsersPage } from './users/users-page';

export function App() {
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route
        element={
          <RequireAuth>
            <AppShell />
          </RequireAuth>
        }
      >
        <Route index element={<HomeRedirect />} />
        <Route path="org" element={<OrgPage />} />
        <Route path="org/people" element={<PeoplePage />} />
        <Route path="org/people/:id" element={<PersonPage />} />
        <Route path="org/dyads" element={<DyadsPage />} />
        <Route
          path="import"
          element={
            <RequireRole roles={ORG_EDITOR_ROLES}>
              <ImportPage />
            </RequireRole>
          }
        />
        {buyinRoutes()}
        {researchRoutes()}
        {dysfunctionRoutes()}
        <Route
          path="users"
          element={
            <RequireRole roles={ADMIN_ROLES}>
              <UsersPage />
            </RequireRole>
          }
        />
      </Route>
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
