import sharp from 'sharp';
import type { SegmentationModel } from '../../providers/spec/index.ts';

/** A character picture ready to stand in a scene, or why it cannot. */
export type CutOutCharacter =
  | { kind: 'cut-out'; png: Uint8Array; how: 'alpha' | 'plain-background' | 'person-model' }
  | { kind: 'no-subject'; reason: string }
  | { kind: 'busy-background'; png: Uint8Array };

/** Colour distance (0..441) within which a pixel counts as the background's colour. */
const tolerance = 48;
/** Largest side worked on: enough for a 2048-pixel scene, small enough to flood quickly. */
const largestSide = 1024;

/**
 * Separates the character from its background. A picture with real transparency keeps its alpha;
 * one on a plain background (most of the border one colour) has that colour flooded away from the
 * borders, so a white eye inside a figure stays. A picture whose subject is too small or fills the
 * frame has no usable subject; one on a busy background (a photo) is cut out by the person
 * segmentation model when one is given and finds a person, else returned whole.
 */
export async function cutOutCharacter(data: Uint8Array, options: { segmentation?: SegmentationModel; abortSignal?: AbortSignal } = {}): Promise<CutOutCharacter> {
  const { data: pixels, info } = await sharp(Buffer.from(data)).rotate()
    .resize(largestSide, largestSide, { fit: 'inside', withoutEnlargement: true })
    .ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const { width, height } = info;
  const total = width * height;
  let transparent = 0;
  for (let index = 3; index < pixels.length; index += 4) if (pixels[index] < 128) transparent += 1;
  if (transparent > total * 0.02) {
    return judge(pixels, width, height, 'alpha');
  }
  const background = borderColour(pixels, width, height);
  if (!background) {
    const cut = options.segmentation ? await cutOutPerson(pixels, width, height, options.segmentation, options.abortSignal) : undefined;
    return cut ?? { kind: 'busy-background', png: await toPng(pixels, width, height) };
  }
  flood(pixels, width, height, background);
  return judge(pixels, width, height, 'plain-background');
}

/** The photo with the model's person mask as its alpha; undefined when the model is off or finds no one. */
async function cutOutPerson(pixels: Buffer, width: number, height: number, segmentation: SegmentationModel, abortSignal?: AbortSignal): Promise<CutOutCharacter | undefined> {
  try {
    const { mask } = await segmentation.segment({ image: { data: new Uint8Array(pixels.buffer, pixels.byteOffset, pixels.byteLength), width, height, channels: 4 }, abortSignal });
    for (let pixel = 0; pixel < mask.data.length; pixel++) pixels[pixel * 4 + 3] = mask.data[pixel];
  } catch (error) {
    abortSignal?.throwIfAborted();
    void error;
    return undefined;
  }
  const cut = await judge(pixels, width, height, 'person-model');
  return cut.kind === 'cut-out' ? cut : undefined;
}

async function judge(pixels: Buffer, width: number, height: number, how: 'alpha' | 'plain-background' | 'person-model'): Promise<CutOutCharacter> {
  let opaque = 0;
  for (let index = 3; index < pixels.length; index += 4) if (pixels[index] >= 128) opaque += 1;
  const share = opaque / (width * height);
  if (share < 0.01) return { kind: 'no-subject', reason: 'nothing is left once its background is removed' };
  if (share > 0.97) return { kind: 'no-subject', reason: 'it is all one colour with no figure on it' };
  return { kind: 'cut-out', png: await toPng(pixels, width, height), how };
}

function toPng(pixels: Buffer, width: number, height: number): Promise<Buffer> {
  return sharp(pixels, { raw: { width, height, channels: 4 } }).png().toBuffer();
}

/** The border's colour when at least 70% of the border is near one colour (the median); else undefined. */
function borderColour(pixels: Buffer, width: number, height: number): [number, number, number] | undefined {
  const samples: number[] = [];
  for (let x = 0; x < width; x++) samples.push(x, (height - 1) * width + x);
  for (let y = 1; y < height - 1; y++) samples.push(y * width, y * width + width - 1);
  const channel = (offset: number) => samples.map((pixel) => pixels[pixel * 4 + offset]).sort((a, b) => a - b)[samples.length >> 1];
  const colour: [number, number, number] = [channel(0), channel(1), channel(2)];
  const near = samples.filter((pixel) => distance(pixels, pixel, colour) <= tolerance).length;
  return near >= samples.length * 0.7 ? colour : undefined;
}

/** Clears every pixel near the background colour that the border reaches (4-connected). */
function flood(pixels: Buffer, width: number, height: number, colour: [number, number, number]): void {
  const seen = new Uint8Array(width * height);
  const stack: number[] = [];
  const visit = (pixel: number) => {
    if (seen[pixel]) return;
    seen[pixel] = 1;
    if (distance(pixels, pixel, colour) <= tolerance) stack.push(pixel);
  };
  for (let x = 0; x < width; x++) [visit(x), visit((height - 1) * width + x)];
  for (let y = 0; y < height; y++) [visit(y * width), visit(y * width + width - 1)];
  while (stack.length > 0) {
    const pixel = stack.pop()!;
    pixels[pixel * 4 + 3] = 0;
    const x = pixel % width;
    if (x > 0) visit(pixel - 1);
    if (x < width - 1) visit(pixel + 1);
    if (pixel >= width) visit(pixel - width);
    if (pixel < (height - 1) * width) visit(pixel + width);
  }
}

function distance(pixels: Buffer, pixel: number, colour: [number, number, number]): number {
  const offset = pixel * 4;
  return Math.hypot(pixels[offset] - colour[0], pixels[offset + 1] - colour[1], pixels[offset + 2] - colour[2]);
}
