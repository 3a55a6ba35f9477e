import sharp from 'sharp';
import { renderTestSongWav, type TestSong } from '../../../media/audio/testing/render-test-song.ts';
import type { JobRecord, KilnRuntime } from '../../../runtime/contracts.ts';

/** A synthetic song as WAV bytes, with the beat times it was written on. */
export function testSongWav(seconds: number, seed = 11): { song: TestSong; wav: Uint8Array } {
  return renderTestSongWav({ style: 'electronic', bpm: 120, seconds, seed, sampleRate: 22050 });
}

/** A character picture: a coloured figure on a transparent background, as a cut-out PNG. */
export async function characterPng(colour = '#e4572e'): Promise<Uint8Array> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="160" height="240">
    <circle cx="80" cy="60" r="44" fill="${colour}"/><rect x="40" y="100" width="80" height="120" rx="30" fill="${colour}"/>
    <circle cx="64" cy="54" r="7" fill="#fff"/><circle cx="96" cy="54" r="7" fill="#fff"/></svg>`;
  return new Uint8Array(await sharp(Buffer.from(svg)).png().toBuffer());
}

/** Polls a job until it ends (succeeded, failed or cancelled) and returns its record. */
export async function waitForJobEnd(runtime: KilnRuntime, ownerId: string, jobId: string, timeoutMs = 120_000): Promise<JobRecord> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const job = await runtime.jobs.get(ownerId, jobId);
    if (job.state === 'succeeded' || job.state === 'failed' || job.state === 'cancelled') return job;
    if (Date.now() > deadline) throw new Error(`Job ${jobId} did not end within ${timeoutMs} ms; it is ${job.state}.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
