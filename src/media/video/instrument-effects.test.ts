import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSeededRandom } from '../../engine/seeded-random.ts';
import { toolMissing } from '../../runtime/testing/tool-missing.ts';
import { analyzeAudio } from '../audio/analyze-audio.ts';
import type { InstrumentEvents } from '../audio/audio-analysis-schema.ts';
import { encodeWav } from '../audio/encode-wav.ts';
import { backgroundNoise, hat, kick, noteHz, piano, snare, type Voice } from '../audio/testing/test-instruments.ts';
import { runFfmpeg } from '../ffmpeg/run-ffmpeg.ts';
import { effectShape, planInstrumentEffects, shortestFlashGapSeconds } from './instrument-effects.ts';
import { renderBeatVideo } from './render-beat-video.ts';

const none: InstrumentEvents = { kick: [], snare: [], hats: [], melodic: [] };

describe('planInstrumentEffects', () => {
  it('never flashes more than three times in any second, counting the shots\' own flashes (WCAG 2.3.1)', () => {
    const fps = 24;
    // A snare roll in sixteenths at 140 BPM for eight seconds, and two shots that open on a white flash.
    const roll = Array.from({ length: 75 }, (_, index) => index * (60 / 140 / 4));
    const shotFlashFrames = [48, 100];
    const { flash } = planInstrumentEffects({ ...none, snare: roll }, { fps, totalFrames: 8 * fps, shotFlashFrames });
    expect(flash.length).toBeGreaterThan(10);
    const all = [...flash, ...shotFlashFrames].sort((a, b) => a - b);
    for (const start of all) expect(all.filter((frame) => frame >= start && frame < start + fps).length).toBeLessThanOrEqual(3);
    for (const [index, frame] of flash.slice(1).entries()) expect(frame - flash[index]).toBeGreaterThanOrEqual(shortestFlashGapSeconds * fps);
  });
});

const sampleRate = 22050;
const seconds = 5;
const hitTimes = Array.from({ length: 8 }, (_, index) => 0.75 + index * 0.5);
const width = 320;
const height = 180;
const fps = 24;

interface FrameMeasures {
  /** How wide a stretch of the gradient the frame shows: the rise of red-difference chroma (V) from its left quarter to its right. */
  zoom: number;
  /** Over the flat top-left corner: mean luma, mean chroma, and the spread of luma (grain). */
  brightness: number;
  u: number;
  v: number;
  grain: number;
}

/**
 * Measures every frame in its own planes (yuv420p): grain is put on luma only, so the chroma planes
 * read the camera's zoom untouched by it, and the corner's chroma reads a colour swing.
 */
async function frameMeasures(path: string): Promise<FrameMeasures[]> {
  const { stdout } = await runFfmpeg(['-v', 'error', '-i', path, '-f', 'rawvideo', '-pix_fmt', 'yuv420p', '-']);
  const lumaBytes = width * height;
  const chromaWidth = width / 2;
  const chromaBytes = lumaBytes / 4;
  const frameBytes = lumaBytes + 2 * chromaBytes;
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const region = (plane: Buffer, planeWidth: number, [fromX, toX]: number[], [fromY, toY]: number[]) => {
    const values: number[] = [];
    for (let y = fromY; y < toY; y++) for (let x = fromX; x < toX; x++) values.push(plane[y * planeWidth + x]);
    return values;
  };
  return Array.from({ length: Math.floor(stdout.length / frameBytes) }, (_, index) => {
    const frame = stdout.subarray(index * frameBytes, (index + 1) * frameBytes);
    const luma = frame.subarray(0, lumaBytes);
    const u = frame.subarray(lumaBytes, lumaBytes + chromaBytes);
    const v = frame.subarray(lumaBytes + chromaBytes);
    const lowerRows = [55, 85];
    const zoom = mean(region(v, chromaWidth, [120, 160], lowerRows)) - mean(region(v, chromaWidth, [0, 40], lowerRows));
    const corner = region(luma, width, [0, 60], [0, 40]);
    const brightness = mean(corner);
    const grain = Math.sqrt(mean(corner.map((value) => (value - brightness) ** 2)));
    return { zoom, brightness, u: mean(region(u, chromaWidth, [0, 30], [0, 20])), v: mean(region(v, chromaWidth, [0, 30], [0, 20])), grain };
  });
}

type Measure = 'zoom' | 'brightness' | 'hue' | 'grain';
/**
 * From these up a frame differs from its twin by that effect (lossless frames: elsewhere the two are
 * the same to the bit). A push moves the zoom by about 0.6, grain spreads luma by about 11 (and its mean
 * by up to 0.7: ffmpeg shifts one noise pattern line by line), a snare
 * flash would add about 15 to brightness and a colour swing move the chroma by several levels.
 */
const unchanged: Record<Measure, number> = { zoom: 0.05, brightness: 1.5, hue: 0.5, grain: 0.5 };

function expectNoOtherEffect(differences: readonly Record<Measure | 'frame', number>[], measures: readonly Measure[]): void {
  for (const measure of measures) {
    const changed = differences.filter((difference) => Math.abs(difference[measure]) >= unchanged[measure]);
    expect({ measure, frames: changed.map((difference) => difference.frame) }).toEqual({ measure, frames: [] });
  }
}

describe.skipIf(toolMissing('ffmpeg'))('instrument effects in rendered frames (needs ffmpeg)', () => {
  let folder: string;
  let picture: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'kiln-instrument-effects-'));
    // Flat orange above (for brightness, hue and grain), a gradient from blue to red below (for the zoom),
    // far enough from black and white that grain is not clipped.
    picture = join(folder, 'picture.png');
    const [pictureWidth, pictureHeight] = [640, 360];
    const pixels = Buffer.alloc(pictureWidth * pictureHeight * 3);
    for (let y = 0; y < pictureHeight; y++) for (let x = 0; x < pictureWidth; x++) {
      const across = x / (pictureWidth - 1);
      pixels.set(y < 0.3 * pictureHeight ? [210, 120, 40] : [Math.round(80 + 90 * across), 120, Math.round(170 - 90 * across)], 3 * (y * pictureWidth + x));
    }
    await sharp(pixels, { raw: { width: pictureWidth, height: pictureHeight, channels: 3 } }).png().toFile(picture);
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  /** Renders a solo track twice, with the instruments its analysis found and with none, and measures every frame of both. */
  async function renderSolo(name: string, play: (voice: Voice, time: number) => void) {
    const voice: Voice = { out: new Float32Array(sampleRate * seconds), sampleRate, random: createSeededRandom(7) };
    for (const time of hitTimes) play(voice, time);
    backgroundNoise(voice, 0.01);
    const audioPath = join(folder, `${name}.wav`);
    await writeFile(audioPath, encodeWav(voice.out, sampleRate));
    const analysis = analyzeAudio(voice.out, sampleRate);
    const render = async (instruments: InstrumentEvents, output: string) => {
      const outputPath = join(folder, output);
      await renderBeatVideo({
        audioPath, duration: seconds, imagePaths: [picture], moments: [{ timestamp: 0, description: 'opening', intensity: 0.4 }],
        beats: analysis.beats, bpm: analysis.tempo.bpm, instruments, width, height, fps, outputPath, temporaryFolder: folder,
        // Lossless, so a frame differs from its twin only where an effect changed it, not where the encoder chose otherwise.
        crf: 0,
      });
      return frameMeasures(outputPath);
    };
    const withEffects = await render(analysis.instruments!, `${name}.mp4`);
    const without = await render(none, `${name}-plain.mp4`);
    const differences = withEffects.map((frame, index) => ({
      frame: index,
      zoom: Math.abs(frame.zoom - without[index].zoom),
      brightness: Math.abs(frame.brightness - without[index].brightness),
      hue: Math.hypot(frame.u - without[index].u, frame.v - without[index].v),
      grain: frame.grain - without[index].grain,
    }));
    return { analysis, differences };
  }

  it('a kick-only track pushes the camera on its kicks and does nothing else', async () => {
    const { analysis, differences } = await renderSolo('kick', (voice, time) => kick(voice, time, 0.9));
    expect(analysis.instruments!.kick).toHaveLength(hitTimes.length);
    const kickFrames = analysis.instruments!.kick.map((time) => Math.round(time * fps));
    // The camera pushes in on every kick (the gradient's span shrinks by about 0.6) and only in the four frames from one.
    for (const frame of kickFrames) expect(differences[frame].zoom).toBeGreaterThan(0.3);
    const pushed = differences.filter((difference) => difference.zoom >= unchanged.zoom).map((difference) => difference.frame);
    for (const frame of pushed) expect(kickFrames.some((kickFrame) => frame >= kickFrame && frame <= kickFrame + 3)).toBe(true);
    expectNoOtherEffect(differences, ['brightness', 'hue', 'grain']);
  });

  it('a hat-only track shimmers on its hats and does nothing else', async () => {
    const { analysis, differences } = await renderSolo('hat', (voice, time) => hat(voice, time, 0.7));
    expect(analysis.instruments!.hats).toHaveLength(hitTimes.length);
    const hatFrames = analysis.instruments!.hats.map((time) => Math.round(time * fps));
    for (const frame of hatFrames) expect(differences[frame].grain).toBeGreaterThan(4);
    const grainy = differences.filter((difference) => difference.grain >= unchanged.grain).map((difference) => difference.frame);
    for (const frame of grainy) expect(hatFrames.some((hatFrame) => frame >= hatFrame && frame <= hatFrame + 1)).toBe(true);
    expectNoOtherEffect(differences, ['zoom', 'brightness', 'hue']);
  });

  it('a snare-and-piano track brightens on the snares and swings the colour on the notes, and does nothing else', async () => {
    const { analysis, differences } = await renderSolo('snare-piano', (voice, time) => {
      snare(voice, time, 0.8);
      piano(voice, time + 0.25, noteHz(60 + [0, 4, 7, 12, 5, 9][hitTimes.indexOf(time) % 6]), 0.8);
    });
    expect(analysis.instruments!.snare).toHaveLength(hitTimes.length);
    expect(analysis.instruments!.melodic).toHaveLength(hitTimes.length);
    // Snares half a second apart: none is dropped by the limit of three flashes a second.
    for (const time of analysis.instruments!.snare) expect(differences[Math.round(time * fps)].brightness).toBeGreaterThan(8);
    const swing = Math.round(effectShape.colour.seconds * fps);
    for (const time of analysis.instruments!.melodic) {
      const start = Math.round(time * fps);
      expect(Math.max(...differences.slice(start, start + swing).map((difference) => difference.hue))).toBeGreaterThan(2);
    }
    // The zoom is read off the chroma, which a colour swing moves too; that no kick was heard keeps the camera still.
    expect([...analysis.instruments!.kick, ...analysis.instruments!.hats]).toEqual([]);
    expectNoOtherEffect(differences, ['grain']);
  });
});
