/**
 * Asks for a story: which child, tonight's idea, how many scenes, with or without a video. A prompt
 * the safety check refuses answers 422 with a kind sentence; it is shown as advice, not as a failure.
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { ApiError, asApiError } from '../api/api-error.ts';
import type { Job } from '../api/api-types.ts';
import { ApiErrorMessage } from '../components/api-error-message.tsx';
import { InputField, SelectField, TextAreaField } from '../components/form-field.tsx';
import { fieldErrorsOf, storyApi, type ChildProfile } from './story-api.ts';

export function StoryForm({ profiles, onStarted }: { profiles: ChildProfile[]; onStarted(job: Job): void }) {
  const id = useId();
  const [profileId, setProfileId] = useState(profiles[0]?.id ?? '');
  const [prompt, setPrompt] = useState('');
  const [scenes, setScenes] = useState('3');
  const [video, setVideo] = useState(true);
  const [videoShape, setVideoShape] = useState<'landscape' | 'portrait'>('landscape');
  const [refusal, setRefusal] = useState<{ message: string; suggestions: string[] }>();
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [error, setError] = useState<ApiError>();
  const [sending, setSending] = useState(false);
  const chosen = profiles.some((profile) => profile.id === profileId) ? profileId : (profiles[0]?.id ?? '');
  // "Add a child first" was about the empty list; once a child is there it no longer applies.
  useEffect(() => {
    if (chosen) setProblems(({ profileId: _answered, ...rest }) => rest);
  }, [chosen]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setRefusal(undefined);
    setError(undefined);
    const count = Number(scenes);
    const found: Record<string, string> = {};
    if (!chosen) found.profileId = 'Add a child first, in the Children section above.';
    if (!Number.isInteger(count) || count < 1 || count > 12) found.scenes = 'Choose from 1 to 12 scenes.';
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    setSending(true);
    try {
      onStarted(await storyApi.createStory({ profileId: chosen, prompt: prompt.trim(), scenes: count, video, videoShape }));
    } catch (reason) {
      if (reason instanceof ApiError && reason.code === 'unsafe_content') {
        const suggestions = Array.isArray(reason.details?.suggestions) ? reason.details.suggestions.filter((idea): idea is string => typeof idea === 'string') : [];
        setRefusal({ message: reason.message, suggestions });
      }
      else {
        setProblems(fieldErrorsOf(reason));
        setError(asApiError(reason));
      }
    } finally {
      setSending(false);
    }
  }

  return (
    <form className="story-form card" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>A new story</h2>
      <SelectField label="For" value={chosen} onChange={(event) => setProfileId(event.target.value)} problem={problems.profileId}>
        {profiles.length === 0 ? <option value="">No children yet</option> : null}
        {profiles.map((profile) => <option key={profile.id} value={profile.id}>{profile.name}, {profile.age}</option>)}
      </SelectField>
      <TextAreaField label="Tonight’s idea" rows={3} maxLength={4000} value={prompt} onChange={(event) => setPrompt(event.target.value)}
        placeholder="a fox who helps a friend find the moon" hint="Leave it empty and the story follows what the child loves." problem={problems.prompt} />
      <div className="story-form__row">
        <InputField label="Scenes" type="number" min={1} max={12} inputMode="numeric" value={scenes} onChange={(event) => setScenes(event.target.value)} problem={problems.scenes} />
        <div className="field--check">
          <input id={`${id}-video`} type="checkbox" checked={video} onChange={(event) => setVideo(event.target.checked)} />
          <label htmlFor={`${id}-video`}>Also make a video</label>
        </div>
        {video ? (
          <SelectField label="Video shape" value={videoShape} onChange={(event) => setVideoShape(event.target.value as 'landscape' | 'portrait')}>
            <option value="landscape">Wide, like the pictures</option>
            <option value="portrait">Tall, for phones (9:16)</option>
          </SelectField>
        ) : null}
      </div>
      {refusal ? (
        <div className="notice story-refusal" role="alert">
          <p><strong>Let’s pick another idea.</strong> {refusal.message}</p>
          {refusal.suggestions.length > 0 ? (
            <ul className="story-refusal__ideas">
              {refusal.suggestions.map((idea) => (
                <li key={idea}><button type="button" className="button" onClick={() => { setPrompt(idea); setRefusal(undefined); }}>Use “{idea}”</button></li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {error ? <ApiErrorMessage error={error} action="Could not start the story" /> : null}
      <button className="button button--primary" type="submit" disabled={sending}>{sending ? 'Starting…' : 'Write the story'}</button>
    </form>
  );
}
