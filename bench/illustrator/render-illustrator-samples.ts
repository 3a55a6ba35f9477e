// Writes sample pictures to look at while working on the illustrator: one PNG per prompt, or with
// --sheet, all prompts tiled into one contact sheet.
// Run: npx tsx bench/illustrator/render-illustrator-samples.ts [--sheet] [--out /tmp/illustrator] "prompt#seed" ...
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { createIllustratorModel } from '../../src/media/illustrator/create-illustrator-model.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { sheet: { type: 'boolean', default: false }, out: { type: 'string', default: '/tmp/illustrator' }, width: { type: 'string', default: '768' }, height: { type: 'string', default: '432' } },
});
const model = createIllustratorModel();
const width = Number(values.width);
const height = Number(values.height);
const pictures: Buffer[] = [];
for (const [index, entry] of positionals.entries()) {
  const [prompt, seed] = entry.split('#');
  const started = performance.now();
  const result = await model.generate({ prompt, seed: Number(seed ?? 0), width, height });
  console.log(`${index} ${Math.round(performance.now() - started)} ms  ${prompt}  →  ${result.description}`);
  pictures.push(Buffer.from(result.image.data));
  if (!values.sheet) writeFileSync(`${values.out}-${index}.png`, result.image.data);
}
if (values.sheet) {
  const columns = 2;
  const rows = Math.ceil(pictures.length / columns);
  const sheet = await sharp({ create: { width: width * columns, height: height * rows, channels: 3, background: '#ffffff' } })
    .composite(pictures.map((input, index) => ({ input, left: (index % columns) * width, top: Math.floor(index / columns) * height })))
    .png()
    .toBuffer();
  writeFileSync(`${values.out}-sheet.png`, sheet);
}
