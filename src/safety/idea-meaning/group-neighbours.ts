import { judgeNeighbours, loadNeighbours, nearestIdeas, type HarmNeighbours, type NearHarm, type Neighbour, type NeighbourSetting } from './harm-neighbours.ts';

// Read on the sentence encoder's thread, which Node loads by type stripping: the check asks ideaMarksGroup
// (../idea-marks-group.ts) on its own side, so none of the rules is loaded here.

let loaded: HarmNeighbours | undefined;

/**
 * Ideas about groups of people read by the studied ones nearest them (built by `bench/safety/build-group-neighbours.ts`):
 * the rules read hate told in the shapes they know, and a new writer tells it in others. An idea that marks a group of
 * people by who they are (ideaMarksGroup) and whose nearest studied ideas about groups are nearly all unsafe, the
 * nearest among them, is refused.
 * Only such ideas are read this way: among them the studied sets hold both hate and its innocent look-alikes (festivals,
 * two mums, refugees welcomed), so the neighbours can tell them apart; elsewhere the pool says nothing.
 */
export function groupNeighbours(): HarmNeighbours {
  if (!loaded) {
    const { nearest, leastHarmful, leastSimilarity, ...pool } = loadNeighbours('group-neighbours');
    if (nearest === undefined || leastHarmful === undefined || leastSimilarity === undefined) throw new Error('group-neighbours.json names no setting (nearest, leastHarmful, leastSimilarity).');
    loaded = { ...pool, nearest, leastHarmful, leastSimilarity };
  }
  return loaded;
}

/** The reading of an idea's first vector (the idea as written) by the studied ideas about groups nearest it. */
export function readNearGroupHarm(vectors: readonly number[][], pool = groupNeighbours()): NearHarm {
  const [idea] = vectors;
  return idea === undefined ? { harmful: false } : judgeGroupNeighbours(nearestIdeas(idea, pool, pool.nearest), pool.labels, pool);
}

/**
 * judgeNeighbours, with the nearest idea itself unsafe: an idea whose nearest studied idea about groups is an innocent
 * one (the same idea, or one told nearly alike) is read as that one is, however many unsafe ideas sit further off.
 */
export function judgeGroupNeighbours(nearest: readonly Neighbour[], labels: Uint8Array, setting: NeighbourSetting): NearHarm {
  const [first] = nearest;
  if (first === undefined || labels[first.row] === 0) return { harmful: false };
  return judgeNeighbours([[...nearest]], labels, setting);
}
