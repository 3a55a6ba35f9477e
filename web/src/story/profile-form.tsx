/** Adds or edits one child profile; problems are shown beside their fields and announced. */
import { useId, useState, type FormEvent } from 'react';
import { asApiError, type ApiError } from '../api/api-error.ts';
import { ApiErrorMessage } from '../components/api-error-message.tsx';
import { InputField, SelectField } from '../components/form-field.tsx';
import { useSpeechVoices, type SpeechVoices } from './use-speech-voices.ts';
import { groupNarrationLanguages, languageName } from './group-narration-languages.ts';
import { fieldErrorsOf, storyApi, type ChildProfile, type ProfileFields, type ReadingLevel } from './story-api.ts';
import { describeModel } from '../../../src/providers/describe-model.ts';

const readingLevels: { value: ReadingLevel; label: string }[] = [
  { value: 'auto', label: 'Fit to age' },
  { value: 'early', label: 'Early reader' },
  { value: 'developing', label: 'Developing reader' },
  { value: 'confident', label: 'Confident reader' },
];

const listOf = (text: string) => text.split(',').map((item) => item.trim()).filter(Boolean);

function checkFields(fields: ProfileFields): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!fields.name) problems.name = 'Give the child’s name (or a nickname).';
  if (!Number.isInteger(fields.age) || fields.age < 1 || fields.age > 14) problems.age = 'Give an age from 1 to 14.';
  if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(fields.language)) problems.language = 'Use a language code such as en or en-GB.';
  return problems;
}

export function ProfileForm({ profile, onSaved, onCancel }: { profile?: ChildProfile; onSaved(profile: ChildProfile): void; onCancel?(): void }) {
  const id = useId();
  const [name, setName] = useState(profile?.name ?? '');
  const [age, setAge] = useState(String(profile?.age ?? 5));
  const [interests, setInterests] = useState(profile?.interests.join(', ') ?? '');
  const [favourites, setFavourites] = useState(profile?.favouriteThings.join(', ') ?? '');
  const [readingLevel, setReadingLevel] = useState<ReadingLevel>(profile?.readingLevel ?? 'auto');
  const [language, setLanguage] = useState(profile?.language ?? 'en');
  const [voice, setVoice] = useState(profile?.preferredVoice ?? '');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [error, setError] = useState<ApiError>();
  const [saving, setSaving] = useState(false);
  const voices = useSpeechVoices();
  const [moreLanguages, setMoreLanguages] = useState(false);
  const grouped = groupNarrationLanguages(voices?.languages ?? []);

  // A voice is a language plus a variant (`en-gb+aunty`), so a new language keeps the variant.
  function chooseLanguage(code: string) {
    setLanguage(code);
    const variant = voice.split('+')[1];
    if (variant) setVoice(`${code.toLowerCase()}+${variant}`);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields: ProfileFields = {
      name: name.trim(), age: Number(age), interests: listOf(interests), favouriteThings: listOf(favourites),
      readingLevel, language: language.trim(), preferredVoice: voice.trim() || null,
    };
    const found = checkFields(fields);
    setProblems(found);
    setError(undefined);
    if (Object.keys(found).length > 0) {
      document.getElementById(`${id}-${Object.keys(found)[0]}`)?.focus();
      return;
    }
    setSaving(true);
    try {
      onSaved(profile ? await storyApi.updateProfile(profile.id, fields) : await storyApi.createProfile(fields));
    } catch (reason) {
      setProblems(fieldErrorsOf(reason));
      setError(asApiError(reason));
    } finally {
      setSaving(false);
    }
  }

  // Each control has a known id, so a problem found before sending can take the focus there.
  const common = (key: string) => ({ id: `${id}-${key}`, problem: problems[key] });

  return (
    <form className="story-form card" onSubmit={submit} noValidate aria-label={profile ? `Edit ${profile.name}` : 'Add a child'}>
      <h3>{profile ? `Edit ${profile.name}` : 'Add a child'}</h3>
      <div className="story-form__row">
        <InputField label="Name" {...common('name')} value={name} onChange={(event) => setName(event.target.value)} autoComplete="off" />
        <InputField label="Age" {...common('age')} type="number" min={1} max={14} inputMode="numeric" value={age} onChange={(event) => setAge(event.target.value)} />
      </div>
      <InputField label="Interests" {...common('interests')} value={interests} onChange={(event) => setInterests(event.target.value)} hint="Separate them with commas, e.g. space, cats." />
      <InputField label="Favourite things" {...common('favouriteThings')} value={favourites} onChange={(event) => setFavourites(event.target.value)} hint="A toy, a pet, a place; separated with commas." />
      <div className="story-form__row">
        <SelectField label="Reading level" {...common('readingLevel')} value={readingLevel} onChange={(event) => setReadingLevel(event.target.value as ReadingLevel)}>
          {readingLevels.map((level) => <option key={level.value} value={level.value}>{level.label}</option>)}
        </SelectField>
        {voices ? (
          <div className="language-choice">
            <SelectField label="Language" {...common('language')} value={language} onChange={(event) => chooseLanguage(event.target.value)}
              hint={'The languages the built-in narrator speaks well; "More" adds those it reads with basic rules only.'}>
              {/* The profile's own language stays choosable even when it is behind "More" or not listed. */}
              {[...grouped.groups.flatMap((group) => group.languages), ...(moreLanguages ? grouped.more : [])].some((known) => known.code === language.toLowerCase())
                ? null : <option value={language}>{voices.languages.find((known) => known.code === language.toLowerCase())?.name ?? languageName(language)}</option>}
              {grouped.groups.map((group) => (
                <optgroup key={group.label} label={group.label}>
                  {group.languages.map((known) => <option key={`${known.code} ${known.name}`} value={known.code}>{known.name}</option>)}
                </optgroup>
              ))}
              {moreLanguages ? (
                <optgroup label="More: basic pronunciation only">
                  {grouped.more.map((known) => <option key={`${known.code} ${known.name}`} value={known.code}>{known.name}</option>)}
                </optgroup>
              ) : null}
            </SelectField>
            <button type="button" className="button" aria-pressed={moreLanguages} onClick={() => setMoreLanguages(!moreLanguages)}>
              More ({grouped.more.length})
            </button>
          </div>
        ) : <InputField label="Language" {...common('language')} value={language} onChange={(event) => setLanguage(event.target.value)} />}
      </div>
      {voices ? (
        <SelectField label="Narrator voice" {...common('preferredVoice')} value={voice} onChange={(event) => setVoice(event.target.value)}
          hint={`Voices of the ${describeModel(voices.model)}; each speaks the chosen language.`}>
          <option value="">The language’s own voice</option>
          {voice !== '' && !voice.startsWith(`${language.toLowerCase()}+`) ? <option value={voice}>{describeVoice(voice, voices)}</option> : null}
          {voices.variants.map((variant) => (
            <option key={variant.id} value={`${language.toLowerCase()}+${variant.id}`}>
              {variant.name}{variant.gender === 'unknown' ? '' : ` (${variant.gender})`}
            </option>
          ))}
        </SelectField>
      ) : <InputField label="Preferred voice" {...common('preferredVoice')} value={voice} onChange={(event) => setVoice(event.target.value)} hint="Optional: a narrator voice name; leave empty for the default." />}
      {error ? <ApiErrorMessage error={error} action="Could not save the profile" /> : null}
      <div className="story-form__actions">
        <button className="button button--primary" type="submit" disabled={saving}>{profile ? 'Save changes' : 'Add child'}</button>
        {onCancel ? <button className="button" type="button" onClick={onCancel}>Cancel</button> : null}
      </div>
    </form>
  );
}

/** A saved voice (`en-gb+aunty`) in words: the variant's name and the language it speaks. */
function describeVoice(voice: string, voices: SpeechVoices): string {
  const [languageCode, variantId] = voice.split('+');
  const variant = voices.variants.find((known) => known.id === variantId);
  const spoken = voices.languages.find((known) => known.code === languageCode)?.name ?? languageName(languageCode);
  return variant ? `${variant.name}, speaking ${spoken}` : spoken;
}
