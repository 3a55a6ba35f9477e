/** The whole app: the layout around whichever page the path names. */
import { AppLayout } from './layout/app-layout.tsx';
import { HomePage } from './pages/home-page.tsx';
import { JobDetailPage } from './pages/job-detail-page.tsx';
import { JobsPage } from './pages/jobs-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { SettingsPage } from './pages/settings-page.tsx';
import { matchRoute, usePath, type Route } from './router.tsx';
import { StudioPage } from './studios/studio-page.tsx';
import { studios } from './studios/studio-catalogue.ts';

const routes: Route[] = [
  { pattern: '/', render: () => <HomePage /> },
  ...studios.map((studio) => ({ pattern: studio.path, render: () => <StudioPage studio={studio} /> })),
  { pattern: '/jobs', render: () => <JobsPage /> },
  // Keyed by id so that moving between two jobs starts a fresh page and stream.
  { pattern: '/jobs/:id', render: ({ id }) => <JobDetailPage key={id} jobId={id} /> },
  { pattern: '/settings', render: () => <SettingsPage /> },
];

export function App() {
  const path = usePath();
  const match = matchRoute(routes, path);
  return <AppLayout>{match ? match.route.render(match.parameters) : <NotFoundPage />}</AppLayout>;
}
