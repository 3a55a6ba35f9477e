// One timed narration by the built-in narrator of the checkout given as argv[2] (run by
// run-narration-bench.ts, a process each, so each checkout loads its own code and threads).
// Prints one JSON line: wall and CPU seconds (the eSpeak threads' CPU included).
import { pathToFileURL } from 'node:url';

const narratorFolder = `${process.argv[2]}/src/providers/builtin/narrator`;
const { createNarratorModel } = await import(pathToFileURL(`${narratorFolder}/narrator-model.ts`).href);
const { sharedEspeakThreadPool } = await import(pathToFileURL(`${narratorFolder}/espeak-thread-pool.ts`).href);

const words = ['moon', 'dragon', 'blanket', 'quiet', 'stars', 'Mia', 'softly', 'cat', 'hill', 'dream'];
const sentences = Array.from({ length: 44 }, (_, index) =>
  `The ${words[index % 10]} and the ${words[(index * 3 + 1) % 10]} went ${words[(index * 7 + 2) % 10]} over hill number ${index}.`);
const model = createNarratorModel({ provider: 'builtin', modelId: 'narrator' });
const pool = sharedEspeakThreadPool();
pool?.start();
// The threads' start (compiling the WASM) is paid by `kiln story` while its database starts: left out here.
await model.speak({ text: 'Warm up.' });
const cpuBefore = process.cpuUsage();
const started = performance.now();
// A story's four scenes, narrated at once as the story pipeline does; 44 sentences, as in `npm run bench:story`'s story.
await Promise.all([0, 1, 2, 3].map((scene) => model.speak({ text: sentences.slice(scene * 11, scene * 11 + 11).join(' ') })));
const cpu = process.cpuUsage(cpuBefore);
console.log(JSON.stringify({ wall: (performance.now() - started) / 1000, cpu: (cpu.user + cpu.system) / 1e6 }));
await pool?.close();
