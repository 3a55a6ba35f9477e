/** A story pipeline node in words, e.g. `illustrate-2` → `Drawing the picture for scene 2`. */
export function describeStoryStep(node: string): string {
  const scene = /^(illustrate|narrate)-(\d+)$/.exec(node);
  if (scene) return scene[1] === 'illustrate' ? `Drawing the picture for scene ${scene[2]}` : `Recording the narration for scene ${scene[2]}`;
  switch (node) {
    case 'check-prompt': return 'Checking tonight’s idea';
    case 'write': return 'Writing the text';
    case 'video': return 'Making the video';
    case 'save': return 'Saving the story to the library';
    default: return `Working on ${node}`;
  }
}
