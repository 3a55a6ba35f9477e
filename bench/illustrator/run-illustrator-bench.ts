// Built-in illustrator speed: milliseconds per picture (prompt to PNG bytes) for 20 varied prompts at
// the music video's 768×432 and the story studio's 1024×1024. Pictures are drawn one after another,
// as a pipeline step does.
// Run: npx tsx bench/illustrator/run-illustrator-bench.ts [--rounds 3]
import { parseArgs } from 'node:util';
import { median, percentile, round } from '../lib/statistics.ts';
import { createIllustratorModel } from '../../src/media/illustrator/create-illustrator-model.ts';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '3' } } });
const rounds = Number(values.rounds);

const prompts = [
  'a sleepy dragon who lost his blanket',
  'neon city at night, climax, energetic',
  'space cats',
  'underwater adventure',
  'a little fox in the snowy forest at dawn',
  'a princess and her unicorn by the castle at sunset',
  'three bunnies dancing in a flowery meadow',
  'a whale and a boat on the ocean at dusk',
  'a robot singing on stage, chorus, intensity 90%',
  'a hot air balloon high in the sky',
  'a bear climbing the mountains under the northern lights',
  'a lion in the desert at noon',
  'a girl reading in her bedroom at bedtime',
  'a frog and a butterfly in the garden, rainy',
  'a penguin in a snowy village at night',
  'an octopus and fish under the sea, calm',
  'a rocket to the moon, epic',
  'a dog playing on the beach, sunny',
  'an owl in a misty forest at night',
  'a cottage and a tree in a meadow, wide, pastel',
];

const model = createIllustratorModel();
const sizes = [
  { width: 768, height: 432 },
  { width: 1024, height: 1024 },
];

// One picture first, so loading resvg and sharp is not counted.
await model.generate({ prompt: prompts[0], width: 64, height: 64 });

const figures: Record<string, { pictures: number; median_ms: number; p95_ms: number; mean_png_kib: number }> = {};
for (const { width, height } of sizes) {
  const timings: number[] = [];
  let bytes = 0;
  for (let pass = 0; pass < rounds; pass += 1) {
    for (const [index, prompt] of prompts.entries()) {
      const started = performance.now();
      const result = await model.generate({ prompt, seed: index + pass * 100, width, height });
      timings.push(performance.now() - started);
      bytes += result.image.data.length;
    }
  }
  const label = `${width}x${height}`;
  figures[label] = { pictures: timings.length, median_ms: round(median(timings), 1), p95_ms: round(percentile(timings, 0.95), 1), mean_png_kib: round(bytes / timings.length / 1024, 1) };
  console.log(`${label.padEnd(10)} median ${figures[label].median_ms} ms  p95 ${figures[label].p95_ms} ms  (${timings.length} pictures, ${figures[label].mean_png_kib} KiB each)`);
}
console.log(JSON.stringify({ benchmark: 'illustrator', rounds, ...figures }));
