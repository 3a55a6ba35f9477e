/**
 * The README's music video contact sheet, from a real `kiln musicvideo` on the built-in backends: a
 * 90 s song with six sections (intro, verse, build, chorus, breakdown, outro) is synthesised as the
 * tests and benches do, the tests' cut-out character goes in as the character picture, and the
 * command makes the video in a fresh data folder. ffmpeg then takes the middle frame of every shot
 * (from the command's own list of cuts), writes its time on it and tiles them into one PNG. It also
 * prints how many distinct scenes the video's pictures are against the sections the analysis found,
 * with the music video test's whole-picture check (difference hashes more than 10 bits apart).
 * Run: npm run contact-sheet (writes docs/screenshots/music-video-contact-sheet.png; a few minutes).
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderTestSongWav } from '../src/media/audio/testing/render-test-song.ts';
import { findFfmpeg } from '../src/media/ffmpeg/find-ffmpeg.ts';
import { differenceHash, hammingDistance } from '../src/pipelines/music-video/testing/difference-hash.ts';
import { characterPng } from '../src/pipelines/music-video/testing/music-video-fixtures.ts';

const style = 'a fox and a robot in a neon city at night';
const songSeconds = 90;
const columns = 6;
const tileWidth = 240;
const kilnBin = fileURLToPath(new URL('../bin/kiln.js', import.meta.url));
const target = fileURLToPath(new URL('../docs/screenshots/music-video-contact-sheet.png', import.meta.url));
// A font every Debian-like system with ffmpeg has; drawtext needs a file, not a family name.
const fontFile = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf';

interface CliAnswer {
  files: string[];
  output: { cuts: number[]; duration: number; imageAssetIds: string[] };
}

/** Runs a program to its end; rejects with the tail of its output when it fails. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`${command} exited with ${code}: ${stderr.slice(-800)}`))));
  });
}

const directory = await mkdtemp(join(tmpdir(), 'kiln-contact-sheet-'));
try {
  const { wav, song } = renderTestSongWav({ style: 'electronic', bpm: 124, seconds: songSeconds, seed: 2024, sampleRate: 44100 });
  const songPath = join(directory, 'song.wav');
  const characterPath = join(directory, 'hero.png');
  await writeFile(songPath, wav);
  await writeFile(characterPath, await characterPng());
  console.log(`song: ${songSeconds} s, sections ${song.sections.map((section) => `${section.kind} ${section.start.toFixed(0)} s`).join(', ')}`);

  const stdout = await run(process.execPath, [
    kilnBin, 'musicvideo', songPath, '--character', characterPath, '--style', style, '--moments', '7',
    '--width', '960', '--height', '540', '--fps', '24', '--out', join(directory, 'out'), '--json',
  ], { ...process.env, KILN_DATA_DIR: directory });
  const answer = JSON.parse(stdout.trim().split('\n').at(-1)!) as CliAnswer;
  const videoPath = answer.files[0];
  const bounds = [0, ...answer.output.cuts, answer.output.duration];
  const middles = bounds.slice(1).map((end, index) => (bounds[index] + end) / 2);
  const pictureCount = answer.output.imageAssetIds.length;
  // The command copies out the video, the analysis, then the pictures in order, then the thumbnail.
  const analysis = JSON.parse(await readFile(answer.files[1], 'utf8')) as { sections: unknown[] };
  const scenes: boolean[][] = [];
  for (const picture of answer.files.slice(2, 2 + pictureCount)) {
    const hash = await differenceHash(picture);
    if (scenes.every((scene) => hammingDistance(scene, hash) > 10)) scenes.push(hash);
  }
  console.log(`video: ${answer.output.duration.toFixed(1)} s, ${middles.length} shots, ${pictureCount} pictures, ${scenes.length} distinct scenes for ${analysis.sections.length} sections`);

  const ffmpeg = await findFfmpeg();
  const frames = join(directory, 'frames');
  await mkdir(frames);
  for (const [index, seconds] of middles.entries()) {
    const label = `${Math.floor(seconds / 60)}\\:${(seconds % 60).toFixed(1).padStart(4, '0')}`;
    await run(ffmpeg, [
      '-v', 'error', '-ss', seconds.toFixed(3), '-i', videoPath, '-frames:v', '1',
      '-vf', `scale=${tileWidth}:-2,drawtext=fontfile=${fontFile}:text='${label}':x=6:y=h-th-6:fontsize=15:fontcolor=white:box=1:boxcolor=black@0.6:boxborderw=3`,
      join(frames, `shot-${String(index).padStart(3, '0')}.png`),
    ]);
  }
  // One 256-colour palette for the whole sheet keeps the PNG near JPEG size; flat illustrations lose little.
  const rows = Math.ceil(middles.length / columns);
  await mkdir(join(target, '..'), { recursive: true });
  await run(ffmpeg, [
    '-v', 'error', '-y', '-framerate', '1', '-i', join(frames, 'shot-%03d.png'),
    '-vf', `tile=${columns}x${rows}:padding=4:margin=4:color=0x202020,split[sheet][again];[again]palettegen=max_colors=256[palette];[sheet][palette]paletteuse=dither=none`,
    '-frames:v', '1', `${target}.partial.png`,
  ]);
  await rename(`${target}.partial.png`, target);
  console.log(`wrote docs/screenshots/music-video-contact-sheet.png (${columns}x${rows} tiles, ${Math.round((await stat(target)).size / 1024)} KB)`);
} finally {
  await rm(directory, { recursive: true, force: true });
}
