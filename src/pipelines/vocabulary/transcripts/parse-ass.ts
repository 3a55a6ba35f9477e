/**
 * ASS/SSA subtitles: each Dialogue line of the [Events] section becomes a cue, its fields named by
 * the section's Format line and its override tags (`{\pos(…)}`, `\N`) removed. Comment lines are not
 * dialogue and are skipped. Read here in one pass over the lines rather than through `ass-compiler`,
 * whose text parser splits on `/{(.*?)}/` (quadratic on a run of `{`) and which fails with a
 * TypeError on dialogue before a Format line.
 */
import { BadInputError } from '../../../engine/errors/index.ts';
import type { TranscriptCue } from '../vocabulary-contracts.ts';
import { stripCueMarkup } from './strip-cue-markup.ts';

const formatExample = 'Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text';

export function parseAss(text: string): TranscriptCue[] {
  const cues: TranscriptCue[] = [];
  let inEvents = false;
  let fields: { start: number; end: number; count: number } | undefined;
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith('[')) {
      inEvents = line.toLowerCase().startsWith('[events]');
      continue;
    }
    const colon = line.indexOf(':');
    if (!inEvents || colon < 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    if (key === 'format') fields = readFormat(line.slice(colon + 1));
    if (key !== 'dialogue') continue;
    if (!fields) throw new BadInputError(`The ASS/SSA [Events] section has no Format line before its Dialogue lines; add one, e.g. "${formatExample}".`);
    const values = line.slice(colon + 1).split(',');
    // The text is the last field and may itself hold commas.
    const cueText = stripCueMarkup(values.slice(fields.count - 1).join(','));
    const start = readAssTime(values[fields.start]);
    const end = readAssTime(values[fields.end]);
    if (cueText.length > 0 && Number.isFinite(start) && Number.isFinite(end)) cues.push({ start, end, text: cueText });
  }
  return cues.sort((first, second) => first.start! - second.start!);
}

function readFormat(value: string): { start: number; end: number; count: number } {
  const names = value.split(',').map((name) => name.trim().toLowerCase());
  const start = names.indexOf('start');
  const end = names.indexOf('end');
  if (start < 0 || end < 0 || names.at(-1) !== 'text') {
    throw new BadInputError(`The ASS/SSA Format line in [Events] must name Start, End and Text (Text last); use "${formatExample}".`);
  }
  return { start, end, count: names.length };
}

/** `0:01:02.50` → 62.5; NaN when the field is missing or not a time, and such lines are skipped. */
function readAssTime(value: string | undefined): number {
  const parts = (value ?? '').trim().split(':');
  if (parts.length !== 3 || parts.some((part) => part === '')) return Number.NaN;
  return Number(parts[0]) * 3600 + Number(parts[1]) * 60 + Number(parts[2]);
}
