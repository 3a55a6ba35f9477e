/** The parent's own stories, newest first: open one to read it, or delete it with its pictures and audio. */
import { useState } from 'react';
import { asApiError, type ApiError } from '../api/api-error.ts';
import { ApiErrorMessage } from '../components/api-error-message.tsx';
import { Link } from '../router.tsx';
import { storyApi, type StorySummary } from './story-api.ts';

export function StoryLibrary({ stories, onChanged, announce }: { stories: StorySummary[]; onChanged(): void; announce(message: string): void }) {
  const [error, setError] = useState<ApiError>();

  async function remove(story: StorySummary) {
    if (!window.confirm(`Delete “${story.title}” with its pictures and narration?`)) return;
    try {
      await storyApi.deleteStory(story.id);
      announce(`“${story.title}” was deleted.`);
      onChanged();
    } catch (reason) {
      setError(asApiError(reason));
    }
  }

  return (
    <section className="card" aria-labelledby="story-library">
      <h2 id="story-library">Library</h2>
      {error ? <ApiErrorMessage error={error} action="Could not delete the story" /> : null}
      {stories.length === 0 ? <p className="muted">Finished stories appear here.</p> : (
        <ul className="story-library" data-testid="story-library">
          {stories.map((story) => (
            <li key={story.id} className="story-library__item">
              <div>
                <Link href={`/story/${encodeURIComponent(story.id)}`}><strong>{story.title}</strong></Link>
                <p className="muted">{story.scenes} {story.scenes === 1 ? 'scene' : 'scenes'} · {new Date(story.createdAt).toLocaleDateString()}</p>
              </div>
              <button className="button button--danger" type="button" onClick={() => void remove(story)} aria-label={`Delete ${story.title}`}>Delete</button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
