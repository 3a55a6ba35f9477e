/**
 * Every page of the app, shown with real content: a finished story and music video, their job
 * pages, the reader, a vocabulary table of 200 rows, a stream and its reader (with its recording), since what a job made is what a page checks most
 * often get wrong (the widest table, an unlabelled player). Shared by the page-wide checks (phone
 * widths, accessibility) so that a page added here is checked by all of them.
 */
import type { Locator, Page } from 'playwright-core';
import { streamGlossary } from '../../src/pipelines/vocabulary/analysis/stream-glossary.ts';
import { makeCardRecording } from '../../src/pipelines/vocabulary/testing/make-card-recording.ts';
import { japaneseVtt } from '../../src/pipelines/vocabulary/testing/sample-transcripts.ts';
import { startOllamaStandIn } from '../../src/providers/ollama/testing/ollama-stand-in.ts';
import { startStandIn, type StandIn } from '../../src/providers/testing/start-stand-in.ts';
import { startDiagnosticJob, startMusicVideoJob, startShortsJob, startStoryJob, waitForJob } from './make-jobs-for-test.ts';

export interface PageUnderTest {
  path: string;
  /** Something that is only there once the page has drawn its content. */
  ready(page: Page): Locator;
}

/**
 * Model servers for the settings page to find: a stand-in for Ollama's API (not Ollama) holding a
 * model whose long name has no place to break, and a server answering /v1/models wrongly, listed as
 * unusable with the reason. The found-servers list is measured with that content, and discovery never
 * looks at whatever else answers on this machine's usual ports (under a full test run something did,
 * with a model id that widened the page, so the page's width depended on timing).
 */
export async function startServersToFind(): Promise<{ servers: StandIn[]; env: Record<string, string> }> {
  const ollama = await startOllamaStandIn({ models: ['Meta_Llama_3_1_8B_Instruct_abliterated_Q4_K_M_imatrix', 'llama3.2'] });
  const wrong = await startStandIn(async () => ({ body: { data: 'not a list of models' } }));
  const port = (server: StandIn) => new URL(server.origin).port;
  return { servers: [ollama, wrong], env: { KILN_DETECT_PORTS: `ollama=${port(ollama)},openai-compatible=${port(wrong)}` } };
}

/** Uploads a Japanese transcript (the sample one unless given) as a vocabulary stream; the id of its analysis job. */
export async function uploadStream(base: string, title: string, vtt = japaneseVtt): Promise<string> {
  const form = new FormData();
  form.set('title', title);
  form.set('file', new Blob([vtt], { type: 'text/vtt' }), 'stream.vtt');
  const response = await fetch(`${base}/api/vocabulary/streams`, { method: 'POST', body: form });
  if (!response.ok) throw new Error(`upload answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

/** Attaches a recording to a stream, as the vocabulary page's form does. */
export async function attachRecording(base: string, streamId: string, recording: Buffer): Promise<void> {
  const form = new FormData();
  form.set('file', new Blob([new Uint8Array(recording)], { type: 'video/mp4' }), 'stream.mp4');
  const response = await fetch(`${base}/api/vocabulary/streams/${streamId}/recording`, { method: 'PUT', body: form });
  if (!response.ok) throw new Error(`attaching the recording answered ${response.status}: ${await response.text()}`);
}

/**
 * A stream that says each term of Kiln's own stream glossary (slang, stream terms; grammar patterns
 * found by rule left out) in a cue of its own, so the vocabulary table has its full 200 rows, as a
 * long stream gives, with the longest meanings the app ever shows.
 */
export function glossaryStreamVtt(): string {
  const stamp = (seconds: number) => `00:${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}.000`;
  const terms = streamGlossary().entries.filter((entry) => !entry.ruleOnly).map((entry) => entry.headword.replace(/^〜/, ''));
  return `WEBVTT\n\n${terms.slice(0, 500).map((term, index) => `${stamp(index * 2)} --> ${stamp(index * 2 + 1)}\n${term}！`).join('\n\n')}\n`;
}

/** Makes the content through the HTTP API as a client would, then lists the pages that show it. */
export async function makePagesWithContent(base: string): Promise<PageUnderTest[]> {
  // One after the other: two heavy jobs at once on a small machine only measure the machine.
  const storyJob = await startStoryJob(base);
  const story = await waitForJob(base, storyJob, 'succeeded', 240_000);
  const videoJob = await startMusicVideoJob(base);
  await waitForJob(base, videoJob, 'succeeded', 240_000);
  await waitForJob(base, await uploadStream(base, 'Every stream term, once', glossaryStreamVtt()), 'succeeded');
  const streamJob = await uploadStream(base, 'A stream with a long title that has to wrap on a phone screen');
  const stream = await waitForJob(base, streamJob, 'succeeded');
  const streamId = String(stream.output?.streamId);
  // The reader is checked with its player: the sample transcript runs to 1:05.
  await attachRecording(base, streamId, await makeCardRecording(66, { size: '320x180', rate: 5 }));
  const shortsJob = await startShortsJob(base);
  await waitForJob(base, shortsJob, 'succeeded');
  // A job that stopped part-way shows where and why: the words for its step and its error.
  const cancelledJob = await startDiagnosticJob(base, 'stopped on purpose', 10_000);
  await waitForJob(base, cancelledJob, 'running');
  const cancel = await fetch(`${base}/api/jobs/${cancelledJob}/cancel`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  if (!cancel.ok) throw new Error(`cancel answered ${cancel.status}: ${await cancel.text()}`);
  await waitForJob(base, cancelledJob, 'cancelled');
  const heading = (name: string | RegExp) => (page: Page) => page.getByRole('heading', { level: 1, name });
  return [
    { path: '/', ready: (page) => page.getByRole('heading', { level: 1 }) },
    { path: '/story', ready: (page) => page.getByTestId('story-library') },
    { path: `/story?job=${storyJob}`, ready: (page) => page.getByRole('link', { name: 'Read the story' }) },
    { path: `/story/${String(story.output?.storyId)}`, ready: (page) => page.getByRole('heading', { name: 'Scene 1 of 1' }) },
    { path: '/music-video', ready: heading('Music video') },
    // The editor comes last, once the job, its analysis and its video are loaded.
    { path: `/music-video?job=${videoJob}`, ready: (page) => page.getByTestId('edit-timeline') },
    // The table at its full page of 200 rows.
    { path: '/vocabulary', ready: (page) => page.locator('.vocabulary-table tbody tr').nth(199) },
    { path: '/library', ready: (page) => page.locator(`[data-job-id="${shortsJob}"] img`) },
    { path: `/vocabulary/streams/${streamId}`, ready: (page) => page.locator('.reader-word') },
    { path: '/vocabulary/live', ready: heading(/./) },
    { path: '/vocabulary/shorts', ready: heading(/./) },
    { path: `/vocabulary/shorts?job=${shortsJob}`, ready: (page) => page.getByTestId('short-video') },
    { path: '/live', ready: heading(/./) },
    { path: '/jobs', ready: (page) => page.locator(`[data-job-id="${videoJob}"] img`) },
    { path: `/jobs/${storyJob}`, ready: (page) => page.getByRole('link', { name: 'Read the story' }) },
    { path: `/jobs/${videoJob}`, ready: (page) => page.getByTestId('job-result-video') },
    { path: `/jobs/${streamJob}`, ready: heading(/./) },
    { path: `/jobs/${cancelledJob}`, ready: (page) => page.getByRole('alert') },
    // The page a viewer opens from a share link; an unknown session still draws the whole page.
    { path: '/live/watch/no-such-session?key=none', ready: (page) => page.getByTestId('viewer-status') },
    // Ready once discovery has answered: the servers from startServersToFind are listed.
    { path: '/settings', ready: (page) => page.locator('.detected-servers__list:has([data-detected="ollama"]):has([data-detected="openai-compatible"][data-state="unusable"])') },
    { path: '/no-such-page', ready: heading(/./) },
  ];
}
