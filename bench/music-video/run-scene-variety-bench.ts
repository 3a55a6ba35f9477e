// How many different scenes a music video shows, against how many sections its song has. For each
// song (synthetic three-minute songs whose sections are known) and style, the song is analysed as the
// analyze step does, the pictures are planned as the images step plans them (planPictures) and drawn
// by the built-in illustrator with one character picture, and the pictures are counted as distinct
// scenes with the music video test's whole-picture check: a picture is a new scene when its
// difference hash is more than 10 bits from every scene counted before it. Goal: at least as many
// distinct scenes as sections. Beside it, the places and times of day the pictures show (setting and
// time from the illustrator's own scene description): the difference hash counts a new moon or a
// close-up as a new scene, this does not. Styles are split into the one the other benches use (tuned on) and
// styles the planning was not written against (held out); both are printed. The last line is JSON.
// Run: npx tsx bench/music-video/run-scene-variety-bench.ts [--seconds 180] [--moments 7]
import { parseArgs } from 'node:util';
import { analyzeAudio } from '../../src/media/audio/analyze-audio.ts';
import { renderTestSong, type TestSongStyle } from '../../src/media/audio/testing/render-test-song.ts';
import { createIllustratorModel } from '../../src/media/illustrator/create-illustrator-model.ts';
import { deriveScene } from '../../src/media/illustrator/derive-scene.ts';
import { planPictures } from '../../src/pipelines/music-video/plan-pictures.ts';
import { differenceHash, hammingDistance } from '../../src/pipelines/music-video/testing/difference-hash.ts';
import { characterPng } from '../../src/pipelines/music-video/testing/music-video-fixtures.ts';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '180' }, moments: { type: 'string', default: '7' } } });
const songs: { style: TestSongStyle; bpm: number; seed: number }[] = [{ style: 'electronic', bpm: 124, seed: 2024 }, { style: 'rock', bpm: 132, seed: 7 }];
const styles = {
  tuned: ['a fox and a robot in a neon city at night'],
  heldOut: ['a girl skateboarding, watercolour', 'a dragon over snowy mountains at dawn', 'lo-fi bedroom pop, a sleepy cat', 'two dancers on a beach, summer'],
};

const model = createIllustratorModel();
const character = { data: await characterPng(), mediaType: 'image/png' };

/** Pictures counted as scenes: each more than 10 bits (the pipeline test's threshold) from every scene before it. */
function distinctScenes(hashes: boolean[][]): number {
  const scenes: boolean[][] = [];
  for (const hash of hashes) if (scenes.every((scene) => hammingDistance(scene, hash) > 10)) scenes.push(hash);
  return scenes.length;
}

const rows: { song: string; style: string; set: string; sections: number; pictures: number; distinct: number; placesAndTimes: number }[] = [];
for (const song of songs) {
  const rendered = renderTestSong({ ...song, seconds: Number(values.seconds), sampleRate: 22050 });
  const analysis = analyzeAudio(rendered.samples, rendered.sampleRate, { keyMoments: Number(values.moments) });
  for (const [set, list] of Object.entries(styles)) {
    for (const style of list) {
      const planned = planPictures(style, analysis.key_moments, analysis.sections);
      const hashes: boolean[][] = [];
      const placesAndTimes = new Set(planned.map((picture) => {
        const scene = deriveScene(picture.prompt, { seed: picture.seed, aspectRatio: 16 / 9, characters: 1 });
        return `${scene.setting} at ${scene.timeOfDay}`;
      }));
      for (const picture of planned) {
        const result = await model.generate({ prompt: picture.prompt, seed: picture.seed, width: 320, height: 180, referenceImages: [character] });
        hashes.push(await differenceHash(result.image.data));
      }
      const row = { song: song.style, style, set, sections: analysis.sections.length, pictures: planned.length, distinct: distinctScenes(hashes), placesAndTimes: placesAndTimes.size };
      rows.push(row);
      console.log(`${row.song.padEnd(10)} ${set.padEnd(7)} ${row.sections} sections, ${row.pictures} pictures, ${row.distinct} distinct scenes, ${row.placesAndTimes} places/times (${[...placesAndTimes].join(', ')})  "${style}"`);
    }
  }
}
const summary = (set: string) => {
  const chosen = rows.filter((row) => row.set === set);
  return {
    videos: chosen.length,
    mean_distinct_scenes: Math.round((chosen.reduce((sum, row) => sum + row.distinct, 0) / chosen.length) * 100) / 100,
    mean_places_and_times: Math.round((chosen.reduce((sum, row) => sum + row.placesAndTimes, 0) / chosen.length) * 100) / 100,
    mean_sections: Math.round((chosen.reduce((sum, row) => sum + row.sections, 0) / chosen.length) * 100) / 100,
    videos_with_a_scene_per_section: chosen.filter((row) => row.distinct >= row.sections).length,
  };
};
console.log(JSON.stringify({ song_seconds: Number(values.seconds), moments: Number(values.moments), tuned: summary('tuned'), held_out: summary('heldOut'), rows }));
