/**
 * The independent set: composed pieces shipped as MIDI files in Debian packages, rendered with
 * fluidsynth. Nothing here came from Kiln's song generator, and the tracker's constants were never
 * fitted on them. Licences are those of each package's /usr/share/doc/<package>/copyright.
 *
 * The split was fixed before any tuning: files sorted by package then name, alternating
 * development (even positions) and held-out (odd). Constants may be tuned on the development half
 * only; the held-out half is scored once, after they are frozen.
 */
export interface MidiSource {
  package: string;
  path: string;
  licence: string;
  /**
   * `fresh`: the Freedoom set (freedoom-songs.ts), added after the constants were frozen;
   * `fresh-2`: the second fresh set (second-fresh-songs.ts: Simutrans and abc tunes), added after that;
   * `fresh-3`: the third fresh set (third-fresh-songs.ts: MuseScore demos, FreeDink and other Debian
   * MIDI files), built while the constants were being tuned and kept unseen until they were frozen;
   * `development-mma`: a second development set (mma-songs.ts: accompaniments written by MMA), to tune on;
   * `recorded`: real recordings with their charts (recorded-songs.ts: Frets on Fire's song packs), kept unseen.
   */
  half: 'development' | 'held-out' | 'fresh' | 'fresh-2' | 'fresh-3' | 'development-mma' | 'recorded';
  /** The name in the tables; the MIDI file's own name when absent (every chart is called notes.mid). */
  name?: string;
  /** Ready audio to score instead of rendering `path` with fluidsynth: a recording the MIDI file charts. */
  wavPath?: string;
  /** Seconds added to the written beats to place them in `wavPath`'s time (a chart's measured offset). */
  beatShiftSeconds?: number;
}

const packages = {
  'openttd-openmsx': {
    folder: '/usr/share/games/openttd/baseset/openmsx',
    licence: 'GPL-2.0 (OpenMSX, © 2010 various authors)',
    files: [
      '5432gone_redfarn', 'be_sharp_bw_redfarn', 'boogi_marabi_redfarn', 'busy_schedule', 'careless_perc_redfarn',
      'chemistry_lab', 'chuggachugga', 'city_blues_redfarn', 'coconut_run2', 'flying_scotsman', 'harp_harmony',
      'keep_on_rolling', 'linns_basket', 'midnight_snow_run', 'mighty_giant_run', 'modern_motion', 'moo_redfarn',
      'mosey_along_redfarn', 'no_work_song_redfarn', 'relax_song', 'run_for_your_life', 'say_what_redfarn',
      'slow_neasy_redfarn', 'the_fast_route', 'the_hobo_redfarn', 'train_filled_with_cash', 'ttsong_iii_imuh3',
      'ttsong_iv_imuh3', 'tttheme2', 'ultimate_run', 'wood_whistles',
    ],
  },
  'planetblupi-music-midi': {
    folder: '/usr/share/planetblupi/music',
    licence: 'GPL-3.0-or-later (Planet Blupi, © 1997 Daniel Roux, EPSITEC SA & Denis Dumoulin; 2017-2018 Mathieu Schroeter)',
    files: ['music000', 'music001', 'music002', 'music003', 'music004', 'music005', 'music006', 'music007', 'music008', 'music009'],
  },
} as const;

export const midiSources: MidiSource[] = Object.entries(packages)
  .flatMap(([name, { folder, licence, files }]) => files.map((file) => ({ package: name, path: `${folder}/${file}.mid`, licence })))
  .map((source, index) => ({ ...source, half: index % 2 === 0 ? 'development' : 'held-out' }));

/** Pieces are trimmed to their first this-many seconds (the game tracks loop for up to half an hour). */
export const excerptSeconds = 150;
