/**
 * YouTube's timed-text JSON (`fmt=json3`): `events[]` with `tStartMs`, `dDurationMs` and `segs[].utf8`.
 * Auto-captions declare durations that run into the next event (the line stays on screen while the
 * next one is typed), so each cue's end is trimmed to the next cue's start.
 */
import { z } from 'zod';
import { BadInputError } from '../../../engine/errors/index.ts';
import type { TranscriptCue } from '../vocabulary-contracts.ts';
import { stripCueMarkup } from './strip-cue-markup.ts';

const json3Schema = z.object({
  events: z.array(
    z.object({
      tStartMs: z.number().nonnegative(),
      dDurationMs: z.number().nonnegative().optional(),
      segs: z.array(z.object({ utf8: z.string().optional() })).optional(),
    }),
  ),
});

export function parseJson3(text: string): TranscriptCue[] {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new BadInputError('The YouTube timed-text JSON is not valid JSON; download it again with fmt=json3.', { cause: error });
  }
  const checked = json3Schema.safeParse(json);
  if (!checked.success) {
    throw new BadInputError('The JSON is not YouTube timed text: expected "events" with "tStartMs" and "segs".');
  }
  const cues: TranscriptCue[] = [];
  for (const event of checked.data.events) {
    const eventText = stripCueMarkup((event.segs ?? []).map((segment) => segment.utf8 ?? '').join(''));
    if (!eventText) continue;
    const start = event.tStartMs / 1000;
    cues.push({ start, end: start + (event.dDurationMs ?? 0) / 1000, text: eventText });
  }
  cues.sort((first, second) => first.start! - second.start!);
  for (let index = 0; index + 1 < cues.length; index += 1) {
    const next = cues[index + 1].start!;
    if (cues[index].end! > next) cues[index].end = Math.max(cues[index].start!, next);
  }
  return cues;
}
