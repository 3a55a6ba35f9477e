/**
 * A pipeline step in words a person reads: `write` → "Writing the story", `illustrate-2` →
 * "Drawing the picture for scene 2". Keyed by pipeline, since the same node name means different
 * work in different pipelines (`analyze` listens to a song in one and finds words in another).
 * A test checks every node of every installed pipeline has its words here.
 */

/** `{n}` is the node's number or name after the last dash (`illustrate-2`, `render-csv`). */
const stepWords: Record<string, Record<string, string>> = {
  story: {
    'check-prompt': 'Checking the idea',
    write: 'Writing the story',
    illustrate: 'Drawing the picture for scene {n}',
    narrate: 'Recording the narration for scene {n}',
    video: 'Making the video',
    save: 'Saving the story to the library',
  },
  'music-video': {
    analyze: 'Listening to the song',
    images: 'Drawing the pictures',
    video: 'Making the video',
  },
  vocabulary: {
    transcribe: 'Writing down what is said',
    parse: 'Reading the subtitles',
    analyze: 'Finding the words and expressions',
    enrich: 'Looking up readings and meanings',
    save: 'Saving the words',
  },
  'vocabulary-export': {
    select: 'Choosing the words',
    render: 'Writing the {format} file',
  },
  'vocabulary-sync': { sync: 'Sending the words on' },
  'vocabulary-shorts': {
    plan: 'Choosing the clips',
    render: 'Making short {n}',
    'render-proposed': 'Making proposed short {n}',
  },
  diagnostic: {
    wait: 'Waiting, part {n}',
    report: 'Reporting back',
  },
};

/** Export formats by the names people know them by. */
const formatWords: Record<string, string> = { csv: 'spreadsheet (CSV)', apkg: 'Anki deck', pdf: 'PDF worksheet', posts: 'word of the day posts' };

/** The words for one node, or undefined when this file does not know it. */
export function knownStepWords(pipeline: string, node: string): string | undefined {
  const words = stepWords[pipeline];
  if (!words) return undefined;
  if (words[node]) return words[node];
  const numbered = /^(.+)-([a-z0-9]+)$/.exec(node);
  if (!numbered || !words[numbered[1]]) return undefined;
  const [, base, suffix] = numbered;
  return words[base].replace('{n}', suffix).replace('{format}', formatWords[suffix] ?? suffix.toUpperCase());
}

/** Always words, never the bare id: an unknown node reads as its name in plain letters ("Check prompt"). */
export function describeStep(pipeline: string, node: string): string {
  const known = knownStepWords(pipeline, node);
  if (known) return known;
  const spaced = node.replace(/[-_.]+/g, ' ').trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}
