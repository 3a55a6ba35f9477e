/**
 * The narrator's languages and voices from GET /api/speech/voices, for the profile form. Only the
 * first speech backend counts: it is the one that reads the stories. Undefined while loading, or
 * when that backend cannot list its voices (the form then takes free text).
 */
import { useEffect, useState } from 'react';
import { apiFetch } from '../api/kiln-api.ts';

/** A language the narrator speaks; `status` and `family` are eSpeak-NG's, from its voice file. */
export interface NarrationLanguage {
  code: string;
  name: string;
  status: 'mature' | 'testing' | 'unrated';
  family: string;
}

export interface SpeechVoices {
  model: string;
  languages: NarrationLanguage[];
  variants: { id: string; name: string; gender: 'female' | 'male' | 'unknown' }[];
}

// A profile's language must fit this (the server's rule too), so eSpeak's private-use codes are left out.
const profileLanguage = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export function useSpeechVoices(): SpeechVoices | undefined {
  const [voices, setVoices] = useState<SpeechVoices>();
  useEffect(() => {
    const controller = new AbortController();
    apiFetch('/api/speech/voices', { signal: controller.signal })
      .then((response) => response.json() as Promise<{ backends: (SpeechVoices & { listed: boolean })[] }>)
      .then(({ backends }) => {
        const first = backends[0];
        if (!first?.listed) return;
        const languages = first.languages.filter((language) => profileLanguage.test(language.code))
          .sort((left, right) => left.name.localeCompare(right.name));
        setVoices({ model: first.model, languages, variants: first.variants });
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, []);
  return voices;
}
