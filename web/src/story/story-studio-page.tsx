/**
 * The Story studio: the parent's children, a form for tonight's story, its live progress, and the
 * library. The job being followed sits in the address (`?job=`), so a reload comes back to it.
 */
import { useCallback, useEffect, useState } from 'react';
import { asApiError, type ApiError } from '../api/api-error.ts';
import type { Job } from '../api/api-types.ts';
import { ApiErrorMessage } from '../components/api-error-message.tsx';
import { usePageTitle } from '../components/use-page-title.ts';
import { StudioEmblem } from '../studios/studio-emblem.tsx';
import { ProfileManager } from './profile-manager.tsx';
import { StoryForm } from './story-form.tsx';
import { useLibraryChanges } from '../api/library-changes.ts';
import { useFocusOnStart } from '../components/use-focus-on-start.ts';
import { StoryLibrary } from './story-library.tsx';
import { StoryProgress } from './story-progress.tsx';
import { storyApi, type ChildProfile, type StorySummary } from './story-api.ts';
import './story.css';

const jobFromAddress = () => new URLSearchParams(window.location.search).get('job') ?? undefined;

export function StoryStudioPage() {
  usePageTitle('Story');
  const [profiles, setProfiles] = useState<ChildProfile[]>();
  const [stories, setStories] = useState<StorySummary[]>([]);
  const [error, setError] = useState<ApiError>();
  const [jobId, setJobId] = useState(jobFromAddress);
  const progressHeading = useFocusOnStart(jobId);
  const [announcement, setAnnouncement] = useState('');

  const reload = useCallback(() => {
    const failed = (reason: unknown) => setError(asApiError(reason));
    storyApi.listProfiles().then(setProfiles, failed);
    storyApi.listStories().then(setStories, failed);
  }, []);
  useEffect(reload, [reload]);
  useLibraryChanges(reload);

  function started(job: Job) {
    window.history.pushState(null, '', `/story?job=${encodeURIComponent(job.id)}`);
    setJobId(job.id);
    setAnnouncement('The story has started.');
  }

  return (
    <article className="studio studio--story story-studio">
      <header className="page-header">
        <StudioEmblem pipelineId="story" className="studio__emblem" />
        <div>
          <h1>Story</h1>
          <p className="page-header__lead">Bedtime stories written for one child, with pictures and narration, checked for safety before you see them.</p>
        </div>
      </header>
      <p className="visually-hidden" aria-live="polite">{announcement}</p>
      {error ? <ApiErrorMessage error={error} action="Could not load the studio" /> : null}
      {profiles ? (
        <>
          <ProfileManager profiles={profiles} onChanged={reload} announce={setAnnouncement} />
          <StoryForm profiles={profiles} onStarted={started} />
        </>
      ) : <p className="muted">Loading…</p>}
      {jobId ? <StoryProgress key={jobId} jobId={jobId} onFinished={reload} headingRef={progressHeading} /> : null}
      <StoryLibrary stories={stories} onChanged={reload} announce={setAnnouncement} />
    </article>
  );
}
