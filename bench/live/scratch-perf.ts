import { drawTestScene } from '../../src/media/filters/testing/draw-test-scene.ts';
import { filterPresets, applyPreset } from '../../src/media/filters/filter-presets.ts';
import { encodeRawImage, decodeRawImage } from '../../src/media/filters/raw-image.ts';
import sharp from 'sharp';
import { writeFileSync } from 'node:fs';
sharp.concurrency(1);
const image = drawTestScene();
const jpeg = await encodeRawImage(image);
writeFileSync('/tmp/scene.jpg', jpeg);
for (const preset of filterPresets) {
  for (let i = 0; i < 3; i++) applyPreset(image, preset);
  const t = performance.now();
  const n = 20;
  let out;
  for (let i = 0; i < n; i++) out = applyPreset(image, preset);
  const ms = (performance.now() - t) / n;
  writeFileSync(`/tmp/preset-${preset.name}.jpg`, await encodeRawImage(out!));
  console.log(preset.name, ms.toFixed(2), 'ms');
}
let t = performance.now();
for (let i = 0; i < 50; i++) await decodeRawImage(jpeg);
console.log('decode', ((performance.now() - t) / 50).toFixed(2));
t = performance.now();
for (let i = 0; i < 50; i++) await encodeRawImage(image);
console.log('encode', ((performance.now() - t) / 50).toFixed(2));
