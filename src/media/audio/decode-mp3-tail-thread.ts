// The body of the thread that decodes the pieces at the end of an MP3 (see decode-mp3-tail.ts): it
// waits for its one task, halves into the first thread's memory and posts back the first output it
// halved. Loaded by Node itself (type stripping) or bundled beside
// the analyze bundle, so the files it imports keep to syntax Node can strip.
import { parentPort } from 'node:worker_threads';
import { decodeMp3Tail, type Mp3TailTask } from './decode-mp3-tail.ts';

parentPort!.once('message', async (task: Mp3TailTask) => {
  parentPort!.postMessage(await decodeMp3Tail(task));
});
