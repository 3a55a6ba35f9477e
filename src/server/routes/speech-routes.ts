import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listEspeakVoices } from '../../providers/builtin/narrator/list-espeak-voices.ts';
import type { RouteOptions } from './route-options.ts';

const builtinNarrator = 'builtin:narrator';

const speechBackendSchema = z.object({
  model: z.string().describe('`backend:model` from the `speech` capability list, in the order it is tried.'),
  listed: z.boolean().describe('False for a backend that cannot say which voices it has; it takes a voice name as given.'),
  languages: z.array(z.object({
    code: z.string(),
    name: z.string(),
    status: z.enum(['mature', 'testing', 'unrated']).describe('How well the narrator speaks it, from its voice file: `testing` is basic pronunciation rules only.'),
    family: z.string().describe('The language family (ISO 639-5) the voice is filed under, e.g. `gmw`; `art` for constructed languages.'),
  })).describe('Languages it speaks: `code` goes in a profile\'s language.'),
  variants: z.array(z.object({ id: z.string(), name: z.string(), gender: z.enum(['female', 'male', 'unknown']) }))
    .describe('Voice variants, added to a language with `+` (e.g. `en-gb+aunty`) as a preferred voice.'),
}).meta({ id: 'SpeechBackend' });

/** The voices and languages of the configured speech backends, for the Story studio's profile form. */
export const speechRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { runtime, rateLimits }) => {
  app.get('/speech/voices', {
    onRequest: rateLimits.reads,
    schema: {
      summary: 'Voices and languages of the speech backends',
      description: 'The built-in narrator (eSpeak-NG) lists its own; other backends are named with `listed: false`.',
      tags: ['speech'],
      response: { 200: z.object({ backends: z.array(speechBackendSchema) }) },
    },
  }, async () => ({
    backends: await Promise.all(runtime.providers.candidates('speech').map(async (model) => {
      if (model !== builtinNarrator) return { model, listed: false, languages: [], variants: [] };
      return { model, listed: true, ...(await listEspeakVoices()) };
    })),
  }));
};
