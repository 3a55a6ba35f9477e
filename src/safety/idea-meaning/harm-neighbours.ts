import { readFileSync } from 'node:fs';
import { safetyTopics, type SafetyTopic } from '../safety-topic.ts';

/**
 * The studied red-team ideas (and WordNet's sentences about children, as harmless) by their meaning vectors, built
 * by `bench/safety/train-harm-reading.ts`. How close an idea sits to harmful and to harmless studied ideas is read
 * beside the line through the vectors (harm-meaning.ts), and the two weighed together (harm-reading.ts): the nearest
 * ideas follow the sets where harm is told in ways the line averages away (a punishment in the snow, a dare with
 * laundry pods), and tell where harmful and harmless ideas sit together.
 */
export interface NeighbourPool {
  /** How it was built: the sets, the choice and the figures it was chosen on. */
  about: string;
  dimensions: number;
  /** Unit vectors, one after another. */
  vectors: Float32Array;
  /** 0 for a harmless idea, else 1 + the index of its topic in safetyTopics. */
  labels: Uint8Array;
}

/** A fixed rule over an idea's nearest studied ideas (the pool of ideas about groups is read by one, group-neighbours.ts). */
export interface NeighbourSetting {
  /** How many nearest ideas are asked. */
  nearest: number;
  /** How many of them must be harmful. */
  leastHarmful: number;
  /** How close (cosine) the nearest must be: far from every studied idea, the neighbours say nothing. */
  leastSimilarity: number;
}

/** A pool read by a fixed rule. */
export interface HarmNeighbours extends NeighbourPool, NeighbourSetting {}

/** What the file beside the vectors holds (the vectors and labels are in the .bin); a pool read by a rule names it. */
export interface HarmNeighboursDescription extends Partial<NeighbourSetting> {
  about: string;
  dimensions: number;
  count: number;
}

export interface NearHarm {
  harmful: boolean;
  /** The commonest topic among the harmful neighbours of the text that decided. */
  topic?: SafetyTopic;
}

/**
 * The binary form: each vector as signed bytes scaled to its largest number (a quarter of the size of floats; on
 * every red-team idea the decisions are the floats' own), then each vector's scale as a float, then the labels.
 */
export function packHarmNeighbours(vectors: readonly number[][], labels: readonly number[]): Buffer {
  const dimensions = vectors[0]?.length ?? 0;
  const bytes = Buffer.alloc(vectors.length * (dimensions + 5));
  const scales = new DataView(bytes.buffer, bytes.byteOffset + vectors.length * dimensions, vectors.length * 4);
  vectors.forEach((vector, row) => {
    const length = Math.hypot(...vector) || 1;
    const largest = Math.max(...vector.map((value) => Math.abs(value / length))) || 1;
    vector.forEach((value, column) => bytes.writeInt8(Math.round((value / length / largest) * 127), row * dimensions + column));
    scales.setFloat32(row * 4, largest / 127, true);
  });
  labels.forEach((label, row) => bytes.writeUInt8(label, vectors.length * (dimensions + 4) + row));
  return bytes;
}

export function unpackHarmNeighbours(description: HarmNeighboursDescription, bytes: Uint8Array): NeighbourPool & Partial<NeighbourSetting> {
  const { count, dimensions } = description;
  if (bytes.length !== count * (dimensions + 5)) throw new Error(`harm-neighbours.bin holds ${bytes.length} bytes; ${count} ideas of ${dimensions} need ${count * (dimensions + 5)}.`);
  const signed = new Int8Array(bytes.buffer, bytes.byteOffset, count * dimensions);
  const scales = new DataView(bytes.buffer, bytes.byteOffset + count * dimensions, count * 4);
  const vectors = new Float32Array(count * dimensions);
  for (let row = 0; row < count; row += 1) {
    const scale = scales.getFloat32(row * 4, true);
    let squares = 0;
    for (let column = 0; column < dimensions; column += 1) squares += (signed[row * dimensions + column] * scale) ** 2;
    // Put back to unit length, so a dot product is the cosine.
    const length = Math.sqrt(squares) || 1;
    for (let column = 0; column < dimensions; column += 1) vectors[row * dimensions + column] = (signed[row * dimensions + column] * scale) / length;
  }
  const labels = bytes.slice(count * (dimensions + 4), count * (dimensions + 5));
  const { nearest, leastHarmful, leastSimilarity } = description;
  const setting = nearest === undefined || leastHarmful === undefined || leastSimilarity === undefined ? {} : { nearest, leastHarmful, leastSimilarity };
  return { about: description.about, ...setting, dimensions, vectors, labels };
}

let loaded: NeighbourPool | undefined;

/** The studied ideas kept beside this file. */
export function harmNeighbours(): NeighbourPool {
  loaded ??= loadNeighbours('harm-neighbours');
  return loaded;
}

/** A pool kept beside this file as `name`.json (how it was built and the setting) and `name`.bin (vectors and labels). */
export function loadNeighbours(name: string): NeighbourPool & Partial<NeighbourSetting> {
  return unpackHarmNeighbours(
    JSON.parse(readFileSync(new URL(`./${name}.json`, import.meta.url), 'utf8')) as HarmNeighboursDescription,
    readFileSync(new URL(`./${name}.bin`, import.meta.url)),
  );
}

export interface Neighbour { row: number; similarity: number }

/** The `count` studied ideas nearest one vector (made unit length here), nearest first, with their cosines. */
export function nearestIdeas(vector: readonly number[], pool: Pick<NeighbourPool, 'dimensions' | 'vectors'>, count: number): Neighbour[] {
  const { dimensions, vectors } = pool;
  const length = Math.hypot(...vector) || 1;
  const best: Neighbour[] = [];
  for (let row = 0; row * dimensions < vectors.length; row += 1) {
    let dot = 0;
    for (let column = 0; column < dimensions; column += 1) dot += vectors[row * dimensions + column] * vector[column];
    const similarity = dot / length;
    if (best.length === count && similarity <= best[count - 1].similarity) continue;
    let at = best.length;
    while (at > 0 && best[at - 1].similarity < similarity) at -= 1;
    best.splice(at, 0, { row, similarity });
    if (best.length > count) best.pop();
  }
  return best;
}

/**
 * Whether any of an idea's texts sits among harmful studied ideas: at least `leastHarmful` of its `nearest` are,
 * and the nearest is at least `leastSimilarity` close. Each list is one text's nearest ideas, nearest first.
 */
export function judgeNeighbours(lists: readonly Neighbour[][], labels: Uint8Array, setting: NeighbourSetting): NearHarm {
  for (const list of lists) {
    const neighbours = list.slice(0, setting.nearest);
    const harmful = neighbours.filter(({ row }) => labels[row] > 0);
    if (harmful.length < setting.leastHarmful || (neighbours[0]?.similarity ?? -1) < setting.leastSimilarity) continue;
    return { harmful: true, topic: commonestTopic(harmful, labels) };
  }
  return { harmful: false };
}

/** The commonest topic among the harmful ones of `neighbours` (in the order given, nearest first); on a tie, the one met first. */
export function commonestTopic(neighbours: readonly Neighbour[], labels: Uint8Array): SafetyTopic | undefined {
  const counts = new Map<SafetyTopic, number>();
  for (const { row } of neighbours) {
    if (labels[row] === 0) continue;
    const topic = safetyTopics[labels[row] - 1];
    counts.set(topic, (counts.get(topic) ?? 0) + 1);
  }
  if (counts.size === 0) return undefined;
  return [...counts].reduce((most, entry) => (entry[1] > most[1] ? entry : most))[0];
}
