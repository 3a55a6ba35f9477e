/**
 * The one gate for tests that need a program or data outside npm (ffmpeg, a PostgreSQL server, the EDICT and FreeDict dictionaries, Apertium, WordNet's exception lists). On CI
 * (`CI=true`, which the CI machine sets and `.ci/run` installs every tool for) a missing tool is an
 * error, never a skip: a skipped suite there would pass for a tested one. Locally the test skips,
 * and the run says which tool is missing and how to install it.
 *
 *   describe.skipIf(toolMissing('ffmpeg'))('renderClipVideo (needs ffmpeg)', () => { … });
 */
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { debianEdictPath } from '../../pipelines/vocabulary/analysis/load-edict.ts';
import { findPostgresBinaries } from '../../store/testing/temporary-postgres.ts';
import { freedictPackage, isFreedictInstalled } from '../../safety/read-freedict.ts';
import { hunspellDictionaries, hunspellFolder } from '../../safety/read-hunspell.ts';
import { wordnetExceptionsFolder } from '../../safety/wordnet-lexicon.ts';
import { apertiumPackages, hasEveryRoute } from '../../safety/translate-idea.ts';
import { canAnalyse, wordFormAnalysers } from '../../safety/analyse-word-forms.ts';

interface Tool {
  isInstalled(env: NodeJS.ProcessEnv): boolean;
  /** How to get it, for the message. */
  install: string;
}

const onPath = (program: string, env: NodeJS.ProcessEnv) =>
  (env.PATH ?? '').split(delimiter).some((directory) => {
    try {
      accessSync(join(directory, program), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });

const tools = {
  ffmpeg: { isInstalled: (env) => onPath('ffmpeg', env), install: 'install ffmpeg (Debian/Ubuntu: apt-get install ffmpeg; macOS: brew install ffmpeg)' },
  postgres: {
    isInstalled: (env) => findPostgresBinaries(env) !== undefined,
    install: 'install PostgreSQL (Debian/Ubuntu: apt-get install postgresql), or set KILN_POSTGRES_BIN to the folder holding initdb and pg_ctl',
  },
  edict: {
    isInstalled: () => existsSync(debianEdictPath),
    install: `install the EDICT dictionary at ${debianEdictPath} (Debian/Ubuntu: apt-get install edict)`,
  },
  freedict: {
    isInstalled: () => ['fra', 'deu', 'ita', 'por', 'nld'].every((code) => isFreedictInstalled(code)),
    install: `install FreeDict's dictionaries (Debian/Ubuntu: apt-get install ${['fra', 'deu', 'ita', 'por', 'nld'].map(freedictPackage).join(' ')})`,
  },
  hunspell: {
    isInstalled: () => Object.values(hunspellDictionaries).every(({ file }) => existsSync(join(hunspellFolder, `${file}.aff`))),
    install: `install Hunspell's dictionaries (Debian/Ubuntu: apt-get install ${Object.values(hunspellDictionaries).map((dictionary) => dictionary.package).join(' ')})`,
  },
  apertium: {
    isInstalled: () => hasEveryRoute(),
    install: `install Apertium and its pairs (Debian/Ubuntu: apt-get install ${apertiumPackages().join(' ')})`,
  },
  apertiumAnalysers: {
    isInstalled: () => Object.keys(wordFormAnalysers).every(canAnalyse),
    install: `install Apertium's Dutch, Swedish and Polish analysers (Debian/Ubuntu: apt-get install ${Object.values(wordFormAnalysers).map((analyser) => analyser.package).join(' ')})`,
  },
  wordnetExceptions: {
    isInstalled: () => existsSync(join(wordnetExceptionsFolder, 'verb.exc')),
    install: `install WordNet's exception lists at ${wordnetExceptionsFolder} (Debian/Ubuntu: apt-get install wordnet-base)`,
  },
} satisfies Record<string, Tool>;

export type TestTool = keyof typeof tools;

/** Whether this run is on CI, where every tool must be present. */
export const onContinuousIntegration = (env: NodeJS.ProcessEnv = process.env) => !!env.CI && env.CI !== 'false' && env.CI !== '0';

const warned = new Set<TestTool>();

/**
 * True when `tool` is missing and the caller should skip; throws instead on CI. Synchronous, for
 * `describe.skipIf`.
 */
export function toolMissing(tool: TestTool, env: NodeJS.ProcessEnv = process.env): boolean {
  const { isInstalled, install } = tools[tool];
  if (isInstalled(env)) return false;
  const sentence = `${tool} is not installed: ${install}.`;
  if (onContinuousIntegration(env)) throw new Error(`${sentence} On CI (CI=${env.CI}) every tool the tests use must be installed; .ci/run installs them.`);
  // Said once per test file, so a skipped run never passes for a full one unnoticed.
  if (!warned.has(tool)) console.warn(`Skipping the tests that need ${tool}: ${sentence}`);
  warned.add(tool);
  return true;
}
