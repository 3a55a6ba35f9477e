import { describe, expect, it } from 'vitest';
import { renderScenePng } from './render-scene-png.ts';
import { renderSceneSvg } from './render-scene-svg.ts';
import { sceneSettings, subjectKinds, type SceneDescription, type SubjectKind } from './scene-description.ts';
import { decodePixels, differingCells, meanColourDistance, meanSaturation, type Pixels } from './testing/picture-statistics.ts';

const size = { width: 192, height: 108 };

function sceneWith(kind: SubjectKind, height: number, changes: Partial<SceneDescription> = {}): SceneDescription {
  return {
    setting: 'meadow',
    timeOfDay: 'day',
    weather: 'clear',
    palette: 'vivid',
    energy: 0.5,
    composition: { placement: 'centre', framing: 'medium' },
    subjects: [{ kind, noun: kind, colour: 'red', size: 'medium', pose: 'standing', expression: 'happy', facing: 'right', x: 0.5, y: 0.8, height, role: 'main' }],
    variation: 11,
    ...changes,
  };
}

async function pixelsOf(scene: SceneDescription): Promise<Pixels> {
  return decodePixels((await renderScenePng(scene, size)).png);
}

describe('renderSceneSvg', () => {
  it('draws every kind of subject as something visible where it stands', async () => {
    for (const kind of subjectKinds) {
      const drawn = await pixelsOf(sceneWith(kind, 0.6));
      const tiny = await pixelsOf(sceneWith(kind, 0.02));
      expect(meanColourDistance(drawn, tiny, [0.4, 0.3, 0.6, 0.75]), kind).toBeGreaterThan(0.05);
    }
  });

  it('draws every setting differently from every other', async () => {
    const pictures = await Promise.all(sceneSettings.map((setting) => pixelsOf(sceneWith('fox', 0.4, { setting }))));
    for (let first = 0; first < pictures.length; first += 1) {
      for (let second = first + 1; second < pictures.length; second += 1) {
        expect(meanColourDistance(pictures[first], pictures[second]), `${sceneSettings[first]} and ${sceneSettings[second]}`).toBeGreaterThan(0.02);
        // Not only the colours: the shapes sit in different places, so no backdrop is a tinted copy of another.
        expect(differingCells(pictures[first], pictures[second]), `${sceneSettings[first]} and ${sceneSettings[second]}`).toBeGreaterThan(0.04);
      }
    }
  });

  it('draws every setting at night and in the rain without breaking its drawing', async () => {
    for (const setting of sceneSettings) {
      const night = renderSceneSvg(sceneWith('fox', 0.4, { setting, timeOfDay: 'night', weather: 'rain', composition: { placement: 'left', framing: 'wide' } }), size);
      expect(night, setting).not.toMatch(/NaN|undefined/);
      expect((await pixelsOf(sceneWith('fox', 0.4, { setting, timeOfDay: 'night' }))).data.length, setting).toBe(size.width * size.height * 3);
    }
  });

  it('draws every time of day and weather differently', async () => {
    const times = await Promise.all((['dawn', 'day', 'sunset', 'dusk', 'night'] as const).map((timeOfDay) => pixelsOf(sceneWith('fox', 0.4, { timeOfDay }))));
    for (let index = 1; index < times.length; index += 1) expect(meanColourDistance(times[index - 1], times[index])).toBeGreaterThan(0.03);
    const clear = await pixelsOf(sceneWith('fox', 0.4, { timeOfDay: 'night', weather: 'clear' }));
    for (const weather of ['rain', 'snow', 'fog', 'stars', 'aurora'] as const) {
      expect(meanColourDistance(clear, await pixelsOf(sceneWith('fox', 0.4, { timeOfDay: 'night', weather }))), weather).toBeGreaterThan(0.005);
    }
  });

  it('raises saturation with the energy, whatever the setting', async () => {
    for (const setting of ['forest', 'city', 'underwater', 'stage'] as const) {
      const calm = meanSaturation(await pixelsOf(sceneWith('cat', 0.4, { setting, energy: 0.1 })));
      const energetic = meanSaturation(await pixelsOf(sceneWith('cat', 0.4, { setting, energy: 0.9 })));
      expect(energetic, setting).toBeGreaterThan(calm + 0.04);
    }
  });

  it('draws in the canvas of the requested aspect ratio', () => {
    const svg = renderSceneSvg(sceneWith('fox', 0.4), { width: 400, height: 400 });
    expect(svg).toMatch(/^<svg [^>]*width="400" height="400" viewBox="0 0 1000 1000"/);
  });
});
