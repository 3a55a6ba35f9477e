import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StepContext } from '../../engine/step.ts';
import { createGeminiBackend } from '../../providers/gemini/gemini-backend.ts';
import { startGeminiStandIn } from '../../providers/gemini/testing/gemini-stand-in.ts';
import { createOllamaBackend } from '../../providers/ollama/ollama-backend.ts';
import { startOllamaStandIn } from '../../providers/ollama/testing/ollama-stand-in.ts';
import { createOpenAIBackend } from '../../providers/openai/openai-backend.ts';
import { startOpenAIStandIn, type OpenAIStandIn } from '../../providers/openai/testing/openai-stand-in.ts';
import { createRegistry } from '../../providers/registry.ts';
import { closedPortURL } from '../../providers/testing/closed-port.ts';
import type { StandIn } from '../../providers/testing/start-stand-in.ts';
import { ideaFitnessSystem } from '../../safety/idea-fitness-prompt.ts';
import { aiTextCandidates, askIdeaFitness } from './ask-idea-fitness.ts';
import { checkPromptStep } from './check-prompt-step.ts';

// Each stand-in answers plain chat with the verdict the test sets here; JSON (story writing) stays the stand-in's own.
let answer = 'safe';
const reply = () => answer;
let ollama: StandIn;
let slowOllama: StandIn;
let openai: OpenAIStandIn;
let gemini: StandIn;
let closedURL: string;
const env = { GEMINI_KEY: 'gemini-stand-in-key' };

beforeAll(async () => {
  [ollama, slowOllama, openai, gemini, closedURL] = await Promise.all([
    startOllamaStandIn({ reply }), startOllamaStandIn({ reply, delayMs: 1500 }), startOpenAIStandIn({ reply }),
    startGeminiStandIn({ apiKey: env.GEMINI_KEY, reply }), closedPortURL(),
  ]);
});
afterAll(async () => {
  await Promise.all([ollama, slowOllama, openai, gemini].map((standIn) => standIn.close()));
});

/** A registry whose text list is `text`, over the stand-ins (and a dead Ollama at `down`). */
function registry(text: string[]) {
  return createRegistry({
    backends: [
      createOllamaBackend({ name: 'ollama', baseURL: ollama.origin }),
      createOllamaBackend({ name: 'slow', baseURL: slowOllama.origin }),
      createOllamaBackend({ name: 'down', baseURL: closedURL }),
      createOpenAIBackend({ name: 'openai', baseURL: openai.baseURL }),
      createGeminiBackend({ name: 'gemini', baseURL: gemini.origin, apiKeyEnv: 'GEMINI_KEY', env }),
    ],
    capabilities: { text: text },
  });
}
const typeOf = (name: string) => ({ ollama: 'ollama', slow: 'ollama', down: 'ollama', openai: 'openai', gemini: 'gemini', builtin: 'builtin' })[name];

function contextFor(text: string[], options: { signal?: AbortSignal; ideaCheckInStandardMode?: boolean } = {}): StepContext & { served: string[] } {
  const served: string[] = [];
  const backends = Object.fromEntries(['ollama', 'slow', 'down', 'openai', 'gemini', 'builtin'].map((name) => [name, { type: typeOf(name) }]));
  return {
    signal: options.signal ?? new AbortController().signal, jobId: 'job', ownerId: 'local', attempt: 1, temporaryFolder: '/tmp',
    progress() {}, servedBy(model) { served.push(model); }, warn() {}, recordAsset() {}, served,
    services: { providers: registry(text), config: { backends, safety: { childMode: true, standardModeUsers: [], ideaCheckInStandardMode: options.ideaCheckInStandardMode } } },
  };
}

const checkIdea = (prompt: string, text: string[], mode: 'child' | 'standard' = 'child', context = contextFor(text)) =>
  checkPromptStep.run({ prompt, mode, notes: [], childAge: 5 }, context);

describe('AI idea check, stand-in contract tests (Ollama, OpenAI-compatible and Gemini stand-ins)', () => {
  it('asks only the language models ahead of the built-in storyteller', () => {
    const providers = registry(['ollama:llama3.2', 'openai:chat', 'builtin:storyteller', 'gemini:gemini-test']);
    expect(aiTextCandidates(providers, typeOf).map((found) => found.candidate)).toEqual(['ollama:llama3.2', 'openai:chat']);
    expect(aiTextCandidates(registry(['builtin:storyteller', 'ollama:llama3.2']), typeOf)).toEqual([]);
  });

  it('lets an idea through on a clear "safe" and records who judged it, on each backend', async () => {
    answer = 'safe';
    for (const model of ['ollama:llama3.2', 'openai:chat', 'gemini:gemini-test']) {
      const context = contextFor([model, 'builtin:storyteller']);
      const result = await checkIdea('a kind dragon who helps a fox', [], 'child', context);
      expect(result.ideaCheck).toMatchObject({ model, answer: 'safe', passed: true, passedOver: [] });
      expect(context.served).toEqual([model]);
    }
  });

  it('sends the classification prompt at temperature 0 with a short limit, never the personal details', async () => {
    answer = 'safe';
    await checkIdea('a dragon for Leo Marchetti, born 14/03/2019, we live at Via Roma 21, Bologna, call 333 123 4567', ['ollama:llama3.2']);
    const body = ollama.requests.filter((request) => request.path === '/api/chat').at(-1)!.json();
    expect(body.options).toMatchObject({ temperature: 0, num_predict: 24 });
    expect(body.messages[0]).toEqual({ role: 'system', content: ideaFitnessSystem });
    const question: string = body.messages.at(-1).content;
    expect(question).toContain('fit for a bedtime story for a child aged 5');
    expect(question).toMatch(/<BEGIN STORY IDEA>\na dragon for Leo[^\n]*\n<END STORY IDEA>/);
    expect(question).toContain("First line must read 'safe' or 'unsafe'");
    for (const personal of ['Marchetti', '14/03/2019', 'Via Roma', '333 123 4567']) expect(JSON.stringify(body)).not.toContain(personal);
  });

  it('refuses "unsafe" with the category as a topic in plain words and two safe ideas', async () => {
    answer = 'unsafe\nS4';
    const refused = checkIdea('a story about the children next door', ['openai:chat', 'builtin:storyteller']);
    await expect(refused).rejects.toMatchObject({
      code: 'unsafe_content',
      message: expect.stringMatching(/^chat on an OpenAI-compatible server judged this idea not right for a bedtime story for a 5-year-old: it is about hateful words or insults about people.*How about "/),
      details: { kind: 'ai-check-unsafe', topic: 'hate', suggestions: [expect.any(String), expect.any(String)], checkedBy: 'openai:chat' },
    });
  });

  it.each([
    ['empty', ''], ['prose', 'This sounds like a lovely story for a child.'], ['JSON', '{"verdict":"safe"}'],
    ['a refusal', "I'm sorry, but I can't help with that."], ['safe with more after it', 'safe\nS2'], ['a story', 'Once upon a time a dragon'],
    ['a question', 'safe?'], ['a negation', 'not safe'],
  ])('fails closed on an answer that is not a clear yes: %s', async (_label, garbage) => {
    answer = garbage;
    for (const model of ['ollama:llama3.2', 'gemini:gemini-test']) {
      await expect(checkIdea('a kind dragon who helps a fox', [model])).rejects.toMatchObject({
        code: 'unsafe_content', message: expect.stringMatching(/did not get a clear yes, so I won't write it\. How about/), details: { kind: 'ai-check-unclear' },
      });
    }
  });

  it('moves down the list past a backend that answers 500 or cannot be reached, naming them', async () => {
    answer = 'safe';
    const result = await checkIdea('a kind dragon who helps a fox', ['openai:crashing', 'down:llama3.2', 'gemini:gemini-test', 'builtin:storyteller']);
    expect(result.ideaCheck?.model).toBe('gemini:gemini-test');
    expect(result.ideaCheck?.passedOver.map((skipped) => skipped.candidate)).toEqual(['openai:crashing', 'down:llama3.2']);
  });

  it('fails closed, naming each backend and why, when no language model answers and no built-in storyteller follows', async () => {
    answer = 'safe';
    const providers = registry(['down:llama3.2', 'slow:llama3.2', 'builtin:storyteller']);
    const asked = askIdeaFitness({ providers, typeOf, idea: 'a kind dragon', childAge: 5, signal: new AbortController().signal, timeoutMs: 300 });
    await expect(asked).rejects.toMatchObject({
      code: 'all_providers_failed',
      message: expect.stringMatching(/none could answer, so nothing was written\. Tried down:llama3\.2 \(down could not be reached at [^;]*\); slow:llama3\.2 \(did not answer within 0\.3 s\)/),
    });
    await expect(checkIdea('a kind dragon who helps a fox', ['down:llama3.2', 'openai:crashing'])).rejects.toMatchObject({ code: 'all_providers_failed' });
  });

  it('when no language model answers, hands the story to the built-in storyteller alone and says who was tried', async () => {
    const result = await checkIdea('a kind dragon who helps a fox', ['down:llama3.2', 'openai:crashing', 'builtin:storyteller']);
    expect(result.ideaCheck).toBeUndefined();
    expect(result.ideaUnchecked?.map((skipped) => skipped.candidate)).toEqual(['down:llama3.2', 'openai:crashing']);
  });

  it('stops at once, without trying the next backend, when the job is cancelled', async () => {
    const controller = new AbortController();
    const before = ollama.requests.length;
    const asked = checkIdea('a kind dragon who helps a fox', [], 'child', contextFor(['slow:llama3.2', 'ollama:llama3.2'], { signal: controller.signal }));
    setTimeout(() => controller.abort(), 100);
    await expect(asked).rejects.toMatchObject({ code: 'cancelled' });
    expect(ollama.requests.length).toBe(before);
  });

  it('asks nothing when only the built-in storyteller writes, or in standard mode unless the operator says so', async () => {
    answer = 'unsafe\nS2';
    const before = ollama.requests.length;
    expect((await checkIdea('a kind dragon who helps a fox', ['builtin:storyteller'])).ideaCheck).toBeUndefined();
    expect((await checkIdea('a kind dragon who helps a fox', ['ollama:llama3.2'], 'standard')).ideaCheck).toBeUndefined();
    expect(ollama.requests.length).toBe(before);
    const asked = checkIdea('a kind dragon who helps a fox', [], 'standard', contextFor(['ollama:llama3.2'], { ideaCheckInStandardMode: true }));
    await expect(asked).rejects.toMatchObject({ code: 'unsafe_content', details: { topic: 'violence' } });
  });
});
