/**
 * Apertium (Debian's `apertium` and its language pairs, GPL, run as separate programs and read in place from
 * /usr/share/apertium) translating a story idea to English, so the checks read Italian and Portuguese as
 * sentences rather than word by word, and Spanish and French once more beside their term lists and glosses.
 * Debian has no Italian–, Portuguese– or French–English pair, so those go through Spanish or Catalan; each
 * language has two routes because each pair knows words the other lacks (Italian through Catalan reads "favola",
 * "spogliarsi" and "disattiva"); the second is run only when the first leaves a word unknown (idea-translations.ts).
 * Apertium marks what it could not translate: `*word` a word its analyser does not know (left as written), `@word` one its
 * bilingual dictionary lacks, `#word` a form it could not generate (the meaning is known); read-translation.ts
 * reads those marks.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runApertiumProgram } from './run-apertium-program.ts';

/** Where Debian's Apertium packages put the modes (one shell pipeline per direction). */
export const apertiumModesFolder = '/usr/share/apertium/modes';

/** One way to English: the modes run in turn, the language in between (ISO 639-3), and the packages that hold them. */
export interface ApertiumRoute {
  modes: string[];
  pivot: 'spa' | 'cat';
  packages: string[];
}

// Catalan's pairs and Italian's pair with Spanish run the constraint grammar (cg3's cg-proc).
const throughSpanish = (first: string, pairPackage: string, constraintGrammar = false): ApertiumRoute => ({ modes: [first, 'spa-eng'], pivot: 'spa', packages: ['apertium', pairPackage, 'apertium-eng-spa', ...(constraintGrammar ? ['cg3'] : [])] });
const throughCatalan = (first: string, pairPackage: string): ApertiumRoute => ({ modes: [first, 'cat-eng'], pivot: 'cat', packages: ['apertium', pairPackage, 'apertium-eng-cat', 'cg3'] });

/** The languages read through Apertium (ISO 639-3, as franc names them) and their routes to English, in order of preference. */
export const apertiumRoutes: Record<string, ApertiumRoute[]> = {
  ita: [throughSpanish('ita-spa', 'apertium-spa-ita', true), throughCatalan('ita-cat', 'apertium-cat-ita')],
  por: [throughSpanish('pt-es', 'apertium-es-pt'), throughCatalan('por-cat', 'apertium-por-cat')],
  spa: [{ modes: ['spa-eng'], pivot: 'spa', packages: ['apertium', 'apertium-eng-spa'] }, throughCatalan('spa-cat', 'apertium-spa-cat')],
  fra: [throughSpanish('fr-es', 'apertium-fr-es'), throughCatalan('fra-cat', 'apertium-fra-cat')],
};

/** The language each route passes through, by name: what `kiln doctor` says a missing route would add. */
export const pivotNames: Record<ApertiumRoute['pivot'], string> = { spa: 'Spanish', cat: 'Catalan' };

/** Every package the routes need, for install lines. */
export const apertiumPackages = (): string[] => [...new Set(Object.values(apertiumRoutes).flatMap((routes) => routes.flatMap((route) => route.packages)))];

/** How long one translation may take: a sentence or two takes a fifth of a second. */
const translationTimeoutMs = 10_000;

/** Whether a route's modes and the programs they start are installed. */
function isInstalled(route: ApertiumRoute, folder: string): boolean {
  if (!existsSync('/usr/bin/apertium-destxt')) return false;
  const modes = route.modes.map((mode) => join(folder, `${mode}.mode`));
  return modes.every((mode) => existsSync(mode)) && (!route.packages.includes('cg3') || existsSync('/usr/bin/cg-proc'));
}

/** The routes installed here for a language, in order of preference. */
export function installedRoutes(language: string, folder: string = apertiumModesFolder): ApertiumRoute[] {
  return (apertiumRoutes[language] ?? []).filter((route) => isInstalled(route, folder));
}

/** Whether Apertium can translate a language here: one of its routes is installed. */
export function canTranslate(language: string, folder: string = apertiumModesFolder): boolean {
  return installedRoutes(language, folder).length > 0;
}

/** Whether every route of every language is installed (what `kiln doctor` and the tests ask for). */
export function hasEveryRoute(folder: string = apertiumModesFolder): boolean {
  return Object.values(apertiumRoutes).every((routes) => routes.every((route) => isInstalled(route, folder)));
}

/**
 * The idea in English by one route, with Apertium's marks, or undefined when it failed or ran past its time. The
 * idea reaches Apertium on stdin only; the pipeline is made of the installed modes, never of anything in the idea. Each mode is run as the `apertium` command runs it for
 * plain text (its deformatter, the mode with unknown words marked, its reformatter), without the command itself,
 * which reads stdin as a file and cannot when Node gives it a socket.
 */
export async function translateIdeaBy(route: ApertiumRoute, text: string, signal?: AbortSignal): Promise<string | undefined> {
  const leg = (mode: string) => `apertium-destxt -n | bash '${join(apertiumModesFolder, `${mode}.mode`)}' -g '' | apertium-retxt`;
  const pipeline = `set -o pipefail; ${route.modes.map(leg).join(' | ')}`;
  // One line: Apertium's text deformatter reads a line break as the end of a paragraph, which is no use here.
  const output = await runApertiumProgram('bash', ['-c', pipeline], `${text.replace(/\s+/g, ' ').trim()}\n`, translationTimeoutMs, signal);
  return output?.trim() || undefined;
}
