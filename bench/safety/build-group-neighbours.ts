/**
 * Builds the story check's reading of ideas about groups of people by the nearest studied ones
 * (src/safety/idea-meaning/group-neighbours.json and .bin, read by harm-neighbours.ts): every English idea of the
 * studied red-team sets that marks a group of people by who they are (groupsMarked in groups-marked.ts), by its
 * meaning vector, unsafe ones labelled with their topic, safe ones as harmless. The rules read hate told in shapes they
 * know; a fresh writer tells it in others (held-out-15 gained nothing from the rules written beside probe-18 to -20), so
 * an idea that marks a group and lies among studied hateful ideas about groups is refused too. The held-out sets are
 * never in it.
 *
 * The choice (how many nearest ideas, how many of them unsafe, how close the nearest) is made by a rule fixed before any
 * held-out figure was seen: leave one studied set out at a time, build from the rest, and count on the one left out the
 * ideas the check accepts without this reading (the rules, the line through the vectors and the nearest studied ideas)
 * that the reading would refuse. Keep the settings that refuse no safe idea there;
 * of those, the one that refuses the most unsafe ideas; on a tie, more nearest ideas, then fewer of them unsafe. The
 * studied sets' safe ideas about groups are few (some 75) beside their unsafe ones (some 170), so a setting that
 * refuses any of them is not kept.
 *
 * Run: npx tsx bench/safety/build-group-neighbours.ts [--write] (--write replaces group-neighbours.json and .bin).
 * One JSON line last.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { checkStoryPromptByRules } from '../../src/pipelines/story/check-prompt-step.ts';
import { ideaMarksGroup } from '../../src/safety/idea-marks-group.ts';
import { readHarm } from '../../src/safety/idea-meaning/harm-reading.ts';
import { judgeGroupNeighbours } from '../../src/safety/idea-meaning/group-neighbours.ts';
import { nearestIdeas, packHarmNeighbours, unpackHarmNeighbours, type HarmNeighboursDescription, type NeighbourSetting } from '../../src/safety/idea-meaning/harm-neighbours.ts';
import { ideaMeaningTexts } from '../../src/safety/idea-meaning/idea-meaning-texts.ts';
import { loadSentenceEncoder } from '../../src/safety/idea-meaning/load-sentence-encoder.ts';
import { safetyTopics } from '../../src/safety/safety-topic.ts';
import { readSetIdeas, topicOf } from './read-set-meanings.ts';

const { values: options } = parseArgs({ options: { write: { type: 'boolean', default: false } } });
const studiedSets = ['tuning', 'evaluation', 'probe-3', 'probe-4', 'probe-5', 'probe-6', 'probe-7', 'probe-8', 'probe-9', 'probe-10', 'probe-11', 'probe-12', 'probe-13', 'probe-14', 'probe-15', 'probe-16', 'probe-17', 'probe-18', 'probe-19', 'probe-20'];
const grid: NeighbourSetting[] = [5, 7, 9].flatMap((nearest) => [nearest - 2, nearest - 1, nearest].flatMap((leastHarmful) => [0.5, 0.6, 0.7].map((leastSimilarity) => ({ nearest, leastHarmful, leastSimilarity }))));

interface GroupIdea { set: string; text: string; label: number; acceptedNow: boolean; vector: number[] }

const encoder = await loadSentenceEncoder();
const ideas: GroupIdea[] = [];
for (const set of studiedSets) {
  for (const idea of await readSetIdeas(set)) {
    const texts = ideaMeaningTexts(idea.text);
    if ((idea.language ?? 'en') !== 'en' || texts.length === 0 || !ideaMarksGroup(idea.text)) continue;
    const [vector] = await encoder.encode(texts);
    // Accepted by the check without this reading: the rules, and the line and the nearest studied ideas weighed together.
    const acceptedNow = (await checkStoryPromptByRules(idea.text, 'child')).accepted && !readHarm([vector]).harmful;
    const label = idea.category ? 1 + safetyTopics.indexOf(topicOf(idea.category)) : 0;
    ideas.push({ set, text: idea.text, label, acceptedNow, vector });
  }
}

function poolOf(members: readonly GroupIdea[], setting: NeighbourSetting) {
  const description: HarmNeighboursDescription = { about: '', ...setting, dimensions: members[0].vector.length, count: members.length };
  return unpackHarmNeighbours(description, packHarmNeighbours(members.map((idea) => idea.vector), members.map((idea) => idea.label)));
}

const scored = grid.map((setting) => {
  let unsafeAdded = 0;
  let safeAdded = 0;
  for (const set of studiedSets) {
    const pool = poolOf(ideas.filter((idea) => idea.set !== set), setting);
    for (const idea of ideas.filter((candidate) => candidate.set === set && candidate.acceptedNow)) {
      if (!judgeGroupNeighbours(nearestIdeas(idea.vector, pool, setting.nearest), pool.labels, setting).harmful) continue;
      if (idea.label > 0) unsafeAdded += 1;
      else safeAdded += 1;
    }
  }
  return { setting, unsafeAdded, safeAdded };
});
for (const { setting, unsafeAdded, safeAdded } of scored) console.log(`${setting.nearest} nearest, ${setting.leastHarmful} unsafe, within ${setting.leastSimilarity}: leaving each set out, refuses ${unsafeAdded} unsafe and ${safeAdded} safe ideas the check accepts`);
const chosen = scored.filter((entry) => entry.safeAdded === 0)
  .sort((first, second) => second.unsafeAdded - first.unsafeAdded || second.setting.nearest - first.setting.nearest || first.setting.leastHarmful - second.setting.leastHarmful)[0];
const accepted = ideas.filter((idea) => idea.acceptedNow);
const figures = {
  ideas: ideas.length, unsafe: ideas.filter((idea) => idea.label > 0).length,
  acceptedNow: { unsafe: accepted.filter((idea) => idea.label > 0).length, safe: accepted.filter((idea) => idea.label === 0).length },
  chosen: chosen.setting, leaveOneSetOut: { unsafeAdded: chosen.unsafeAdded, safeAdded: chosen.safeAdded },
};
if (options.write) {
  const about = `The English ideas of the studied sets (${studiedSets.join(', ')}) that mark a group of people, ${figures.ideas} (${figures.unsafe} unsafe), by bench/safety/build-group-neighbours.ts; leaving each set out, the chosen setting refuses ${chosen.unsafeAdded} of the ${figures.acceptedNow.unsafe} unsafe and ${chosen.safeAdded} of the ${figures.acceptedNow.safe} safe ideas the check accepted without it.`;
  const description: HarmNeighboursDescription = { about, ...chosen.setting, dimensions: ideas[0].vector.length, count: ideas.length };
  await writeFile(new URL('../../src/safety/idea-meaning/group-neighbours.json', import.meta.url), `${JSON.stringify(description, null, 2)}\n`);
  await writeFile(new URL('../../src/safety/idea-meaning/group-neighbours.bin', import.meta.url), packHarmNeighbours(ideas.map((idea) => idea.vector), ideas.map((idea) => idea.label)));
}
console.log(JSON.stringify(figures));
