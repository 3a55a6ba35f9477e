/** The parent's child profiles: listed, added, edited and deleted. */
import { useEffect, useState } from 'react';
import { asApiError, type ApiError } from '../api/api-error.ts';
import { ApiErrorMessage } from '../components/api-error-message.tsx';
import { ProfileForm } from './profile-form.tsx';
import { storyApi, type ChildProfile } from './story-api.ts';

export interface ProfileManagerProps {
  profiles: ChildProfile[];
  onChanged(): void;
  /** Said to screen readers after a change. */
  announce(message: string): void;
}

export function ProfileManager({ profiles, onChanged, announce }: ProfileManagerProps) {
  const [editing, setEditing] = useState<string>();
  const [adding, setAdding] = useState(profiles.length === 0);
  const [error, setError] = useState<ApiError>();
  // With no child left there is nothing else to do here, so the form opens again.
  useEffect(() => {
    if (profiles.length === 0) setAdding(true);
  }, [profiles.length]);

  async function remove(profile: ChildProfile) {
    if (!window.confirm(`Delete ${profile.name}'s profile? Their stories stay in the library.`)) return;
    try {
      await storyApi.deleteProfile(profile.id);
      announce(`${profile.name}'s profile was deleted.`);
      onChanged();
    } catch (reason) {
      setError(asApiError(reason));
    }
  }

  function saved(profile: ChildProfile, verb: string) {
    setEditing(undefined);
    setAdding(false);
    announce(`${profile.name}'s profile was ${verb}.`);
    onChanged();
  }

  return (
    <section className="card" aria-labelledby="story-profiles">
      <h2 id="story-profiles">Children</h2>
      {profiles.length === 0 ? <p className="muted">No profiles yet: add the child the stories are for.</p> : null}
      <ul className="profile-list">
        {profiles.map((profile) => (
          <li key={profile.id} className="profile-list__item">
            {editing === profile.id ? (
              <ProfileForm profile={profile} onSaved={(updated) => saved(updated, 'saved')} onCancel={() => setEditing(undefined)} />
            ) : (
              <>
                <div>
                  <strong>{profile.name}</strong>, {profile.age}
                  {profile.interests.length > 0 ? <span className="muted"> · likes {profile.interests.join(', ')}</span> : null}
                </div>
                <div className="profile-list__actions">
                  <button className="button" type="button" onClick={() => setEditing(profile.id)} aria-label={`Edit ${profile.name}`}>Edit</button>
                  <button className="button button--danger" type="button" onClick={() => void remove(profile)} aria-label={`Delete ${profile.name}`}>Delete</button>
                </div>
              </>
            )}
          </li>
        ))}
      </ul>
      {error ? <ApiErrorMessage error={error} action="Could not delete the profile" /> : null}
      {adding ? (
        <ProfileForm onSaved={(created) => saved(created, 'added')} onCancel={profiles.length > 0 ? () => setAdding(false) : undefined} />
      ) : (
        <button className="button" type="button" onClick={() => setAdding(true)}>Add a child</button>
      )}
    </section>
  );
}
