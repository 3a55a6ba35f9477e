// The body of the thread that decodes the second part of an MP3 (see decode-mp3-tail.ts): it waits
// for its one task and posts the PCM back. Loaded by Node itself (type stripping) or bundled beside
// the analyze bundle, so the files it imports keep to syntax Node can strip.
import { parentPort } from 'node:worker_threads';
import { decodeMp3Tail, type Mp3TailTask } from './decode-mp3-tail.ts';

parentPort!.once('message', (task: Mp3TailTask) => {
  const pcm = decodeMp3Tail(task);
  parentPort!.postMessage(pcm, pcm ? [pcm.buffer] : []);
});
