/**
 * ASS/SSA subtitles through `ass-compiler`: each Dialogue line becomes a cue with its override tags
 * (`{\pos(…)}`, `\N`) removed. Comment lines are not dialogue and are skipped by the parser.
 */
import { parse } from 'ass-compiler';
import { BadInputError } from '../../../engine/errors/index.ts';
import type { TranscriptCue } from '../vocabulary-contracts.ts';
import { stripCueMarkup } from './strip-cue-markup.ts';

export function parseAss(text: string): TranscriptCue[] {
  let dialogue: ReturnType<typeof parse>['events']['dialogue'];
  try {
    dialogue = parse(text).events.dialogue;
  } catch (error) {
    throw new BadInputError('The ASS/SSA subtitles could not be read; check that the [Events] section has a Format line and Dialogue lines.', { cause: error });
  }
  return dialogue
    .map((line) => ({ start: line.Start, end: line.End, text: stripCueMarkup(line.Text.raw) }))
    .filter((cue) => cue.text.length > 0 && Number.isFinite(cue.start) && Number.isFinite(cue.end))
    .sort((first, second) => first.start - second.start);
}
