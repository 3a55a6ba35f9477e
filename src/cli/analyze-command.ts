import { analyzeAudioFile } from '../media/audio/analyze-audio-file.ts';
import type { AudioAnalysis } from '../media/audio/audio-analysis-schema.ts';
import { prestartTwoPartDecode } from '../media/audio/read-mp3.ts';
import { checkLocalFile } from '../pipelines/music-video/check-local-file.ts';
import { longestSongSeconds } from '../pipelines/music-video/longest-song-seconds.ts';
import { BadInputError } from '../engine/errors/index.ts';
import { integerFlag, parseCommandLine, tempoFlag } from './parse-command-line.ts';

/**
 * `kiln analyze song.mp3 [--moments 7] [--bpm 90] [--json]`: the music video studio's analysis of one song
 * (tempo, beats, sections, key moments), run directly on the file: no server, no database.
 */
export async function analyzeCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(args, { moments: { type: 'string' }, bpm: { type: 'string' }, json: { type: 'boolean', default: false } }, true);
  const [path, ...extra] = positionals;
  if (!path || extra.length > 0) throw new BadInputError('Name one song to analyse, e.g. `kiln analyze song.mp3 --json`.');
  prestartTwoPartDecode(path);
  await checkLocalFile(path, 'song');
  const controller = new AbortController();
  const onInterrupt = () => controller.abort();
  process.once('SIGINT', onInterrupt);
  try {
    const analysis = await analyzeAudioFile(path, {
      keyMoments: integerFlag(values.moments, 'moments', { min: 1, max: 64 }) ?? 7,
      tempoHint: tempoFlag(values.bpm),
      maxSeconds: longestSongSeconds,
      signal: controller.signal,
    });
    process.stdout.write(values.json ? `${JSON.stringify(analysis)}\n` : formatAnalysis(analysis));
    return 0;
  } finally {
    process.off('SIGINT', onInterrupt);
  }
}

const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${(seconds % 60).toFixed(1).padStart(4, '0')}`;

function formatAnalysis(analysis: AudioAnalysis): string {
  const lines = [
    `length    ${clock(analysis.duration)} (${analysis.duration.toFixed(2)} s)`,
    `tempo     ${analysis.tempo.bpm.toFixed(1)} BPM (confidence ${analysis.tempo.confidence.toFixed(2)})`,
    `beats     ${analysis.beats.length}, ${analysis.downbeats.length} bars`,
    `sections  ${analysis.sections.map((section) => `${clock(section.start)}${section.label ? ` ${section.label}` : ''}`).join(' · ')}`,
    '',
    'Key moments',
    ...analysis.key_moments.map((moment) => `  ${clock(moment.timestamp).padStart(7)}  ${moment.description.padEnd(10)} intensity ${moment.intensity.toFixed(2)}`),
    '',
  ];
  return lines.join('\n');
}
