/** One story from the library, in the player, with its video when one was made. */
import { useEffect, useState } from 'react';
import { asApiError, type ApiError } from '../api/api-error.ts';
import { ApiErrorMessage } from '../components/api-error-message.tsx';
import { usePageTitle } from '../components/use-page-title.ts';
import { useAssetUrl } from '../music-video/use-asset-url.ts';
import { Link } from '../router.tsx';
import { StoryPlayer } from './story-player.tsx';
import { storyApi, type Story } from './story-api.ts';
import './story.css';

function StoryVideo({ assetId }: { assetId: string }) {
  const url = useAssetUrl(assetId);
  return (
    <details className="disclosure card">
      <summary>Watch as a video</summary>
      {url ? <video className="story-video" controls preload="metadata" src={url} aria-label="The story as a video" /> : null}
    </details>
  );
}

export function StoryReaderPage({ storyId }: { storyId: string }) {
  const [story, setStory] = useState<Story>();
  const [error, setError] = useState<ApiError>();
  usePageTitle(story?.title ?? 'Story');

  useEffect(() => {
    const controller = new AbortController();
    storyApi.getStory(storyId, controller.signal).then(setStory, (reason: unknown) => {
      if (!controller.signal.aborted) setError(asApiError(reason));
    });
    return () => controller.abort();
  }, [storyId]);

  return (
    <article className="story-reader">
      <nav className="breadcrumb" aria-label="Breadcrumb"><Link href="/story">Story studio</Link></nav>
      <header className="page-header"><h1>{story?.title ?? 'Loading the story…'}</h1></header>
      {error ? <ApiErrorMessage error={error} action="Could not open the story" /> : null}
      {story ? <StoryPlayer story={story} /> : null}
      {story?.content.videoAssetId ? <StoryVideo assetId={story.content.videoAssetId} /> : null}
    </article>
  );
}
