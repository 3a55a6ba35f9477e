import type { SceneDraft, StoryDraft } from '../../providers/builtin/storyteller/story-draft.ts';

/**
 * A scene that is safe by construction, used when a scene fails moderation after every rewrite: it
 * keeps the story's hero so the story still reads as one, and says nothing but calm things.
 */
export function fallbackScene(story: StoryDraft, index: number, total: number): SceneDraft {
  const hero = story.characters[0]?.name ?? 'The little one';
  const friend = story.characters[1]?.name;
  const together = friend ? `${hero} and ${friend}` : hero;
  if (index === total - 1) {
    return {
      text: `The night was quiet and soft. ${hero} snuggled under a warm blanket. The stars twinkled gently outside the window. Soon ${hero} was fast asleep.`,
      illustration: `${hero} fast asleep under a warm blanket, stars twinkling through the window, calm`,
    };
  }
  return {
    text: `${together} sat together by the window and watched the stars come out, one by one. Everything was calm and cosy. "What a lovely evening," said ${hero}.`,
    illustration: `${together} sitting by a window watching the first stars, warm lamplight, calm`,
  };
}
