import { describe, expect, it } from 'vitest';
import { deriveScene } from '../../media/illustrator/derive-scene.ts';
import { planPictures } from './plan-pictures.ts';

const moments = [[0.6, 'opening', 0.5], [17.1, 'build-up', 0.7], [62.6, 'breakdown', 0.5], [78.1, 'drop', 0.8], [96.9, 'climax', 1], [171, 'outro', 0.5]]
  .map(([timestamp, description, intensity]) => ({ timestamp: timestamp as number, description: description as string, intensity: intensity as number }));
const sections = [[0, 17, 'A'], [17, 62.5, 'B'], [62.5, 78, 'C'], [78, 109.5, 'B'], [109.5, 155.5, 'B'], [155.5, 171, 'C'], [171, 180, 'A']]
  .map(([start, end, label]) => ({ start: start as number, end: end as number, label: label as string }));

describe('planPictures', () => {
  it('adds a picture at each section no key moment opens, carrying on the moment before it', () => {
    const pictures = planPictures('a fox in a forest', moments, sections);
    expect(pictures.map((picture) => picture.moment.timestamp)).toEqual([0.6, 17.1, 62.6, 78.1, 96.9, 109.5, 155.5, 171]);
    expect(pictures[5].moment.description).toBe('climax');
    expect(pictures.map((picture) => picture.sectionIndex)).toEqual([0, 1, 2, 3, 3, 4, 5, 6]);
  });

  it('draws every section in its own place or time of day, and the moments of one section in different compositions', () => {
    const pictures = planPictures('a girl skateboarding, watercolour', moments, sections);
    const looks = pictures.map((picture) => deriveScene(picture.prompt, { seed: picture.seed, characters: 1 }));
    const sectionLook = (index: number) => `${looks[pictures.findIndex((picture) => picture.sectionIndex === index)].setting} ${looks[pictures.findIndex((picture) => picture.sectionIndex === index)].timeOfDay}`;
    for (let index = 1; index < sections.length; index++) expect(sectionLook(index), `section ${index}`).not.toBe(sectionLook(index - 1));
    expect(looks[3].composition).not.toEqual(looks[4].composition);
  });

  it('gives one picture per key moment when the song has no sections', () => {
    expect(planPictures('a city', moments).map((picture) => picture.moment)).toEqual(moments);
  });
});
