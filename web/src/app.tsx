/** The whole app: the layout around whichever page the path names. */
import { AppLayout } from './layout/app-layout.tsx';
import { LiveStudioPage } from './live-style/live-studio-page.tsx';
import { LiveOverlayPage, LiveViewerPage } from './live-style/live-viewer-page.tsx';
import { MusicVideoStudioPage } from './music-video/music-video-studio-page.tsx';
import { HomePage } from './pages/home-page.tsx';
import { JobDetailPage } from './pages/job-detail-page.tsx';
import { JobsPage } from './pages/jobs-page.tsx';
import { LibraryPage } from './library/library-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { SettingsPage } from './pages/settings-page.tsx';
import { matchRoute, usePath, type Route } from './router.tsx';
import { StoryReaderPage } from './story/story-reader-page.tsx';
import { StoryStudioPage } from './story/story-studio-page.tsx';
import { StudioPage } from './studios/studio-page.tsx';
import { VocabularyStudioPage } from './vocabulary/vocabulary-studio-page.tsx';
import { VocabularyShortsPage } from './vocabulary-shorts/vocabulary-shorts-page.tsx';
import { VocabularyLiveOverlayPage } from './vocabulary-live/vocabulary-live-overlay-page.tsx';
import { VocabularyLivePage } from './vocabulary-live/vocabulary-live-page.tsx';
import { VocabularyReaderPage } from './vocabulary-reader/vocabulary-reader-page.tsx';
import { studios } from './studios/studio-catalogue.ts';

const routes: Route[] = [
  { pattern: '/', render: () => <HomePage /> },
  // Before the studios: the live studio has its own page rather than a job form.
  { pattern: '/live', render: () => <LiveStudioPage /> },
  { pattern: '/music-video', render: () => <MusicVideoStudioPage /> },
  { pattern: '/story', render: () => <StoryStudioPage /> },
  { pattern: '/story/:storyId', render: ({ storyId }) => <StoryReaderPage key={storyId} storyId={storyId} /> },
  { pattern: '/vocabulary', render: () => <VocabularyStudioPage /> },
  { pattern: '/vocabulary/live', render: () => <VocabularyLivePage /> },
  { pattern: '/vocabulary/shorts', render: () => <VocabularyShortsPage /> },
  { pattern: '/vocabulary/streams/:streamId', render: ({ streamId }) => <VocabularyReaderPage key={streamId} streamId={streamId} /> },
  ...studios.map((studio) => ({ pattern: studio.path, render: () => <StudioPage studio={studio} /> })),
  { pattern: '/library', render: () => <LibraryPage /> },
  { pattern: '/jobs', render: () => <JobsPage /> },
  // Keyed by id so that moving between two jobs starts a fresh page and stream.
  { pattern: '/jobs/:id', render: ({ id }) => <JobDetailPage key={id} jobId={id} /> },
  { pattern: '/settings', render: () => <SettingsPage /> },
];

export function App() {
  const path = usePath();
  // The OBS overlay is only the picture (no header, footer or background); viewers see only the stream.
  const overlay = matchRoute([
    { pattern: '/live/overlay/:sessionId', render: ({ sessionId }) => <LiveOverlayPage sessionId={sessionId} /> },
    { pattern: '/live/watch/:sessionId', render: ({ sessionId }) => <LiveViewerPage key={sessionId} sessionId={sessionId} /> },
  ], path);
  if (overlay) return overlay.route.render(overlay.parameters);
  if (path === '/vocabulary/live/overlay') return <VocabularyLiveOverlayPage />;
  const match = matchRoute(routes, path);
  return <AppLayout>{match ? match.route.render(match.parameters) : <NotFoundPage />}</AppLayout>;
}
