/**
 * Apertium (Debian's `apertium` and its language pairs, GPL, run as separate programs and read in place from
 * /usr/share/apertium) translating a story idea to English, so the checks read Italian and Portuguese as
 * sentences rather than word by word, and Spanish and French once more beside their term lists and glosses.
 * Debian has no Italian–, Portuguese– or French–English pair, so those go through Spanish. Apertium marks what it could not translate: `*word` a word its analyser does not know (left
 * as written), `@word` one its bilingual dictionary lacks, `#word` a form it could not generate (the meaning is
 * known); read-translation.ts reads those marks.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Where Debian's Apertium packages put the modes (one shell pipeline per direction). */
export const apertiumModesFolder = '/usr/share/apertium/modes';

/** The languages read through Apertium (ISO 639-3, as franc names them): the modes from them to English, and the packages. */
export const apertiumRoutes: Record<string, { modes: string[]; packages: string[] }> = {
  ita: { modes: ['ita-spa', 'spa-eng'], packages: ['apertium', 'apertium-spa-ita', 'apertium-eng-spa', 'cg3'] },
  por: { modes: ['pt-es', 'spa-eng'], packages: ['apertium', 'apertium-es-pt', 'apertium-eng-spa'] },
  spa: { modes: ['spa-eng'], packages: ['apertium', 'apertium-eng-spa'] },
  fra: { modes: ['fr-es', 'spa-eng'], packages: ['apertium', 'apertium-fr-es', 'apertium-eng-spa'] },
};

/** How long one translation may take: a sentence or two takes a fifth of a second. */
const translationTimeoutMs = 10_000;

/** Whether Apertium can translate a language here: its modes and the programs they start are installed. */
export function canTranslate(language: string, folder: string = apertiumModesFolder): boolean {
  const route = apertiumRoutes[language];
  if (!route || !existsSync('/usr/bin/apertium-destxt')) return false;
  // The Italian pair's first mode runs the constraint grammar (cg3's cg-proc).
  return route.modes.every((mode) => existsSync(join(folder, `${mode}.mode`))) && (language !== 'ita' || existsSync('/usr/bin/cg-proc'));
}

/**
 * The idea in English with Apertium's marks, or undefined when the language has no route, Apertium is not
 * installed, or it failed or ran past its time. The idea reaches Apertium on stdin only; the pipeline is made of
 * the installed modes, never of anything in the idea. Each mode is run as the `apertium` command runs it for
 * plain text (its deformatter, the mode with unknown words marked, its reformatter), without the command itself,
 * which reads stdin as a file and cannot when Node gives it a socket.
 */
export async function translateIdea(text: string, language: string, signal?: AbortSignal): Promise<string | undefined> {
  if (!canTranslate(language)) return undefined;
  const leg = (mode: string) => `apertium-destxt -n | bash '${join(apertiumModesFolder, `${mode}.mode`)}' -g '' | apertium-retxt`;
  const pipeline = `set -o pipefail; ${apertiumRoutes[language].modes.map(leg).join(' | ')}`;
  const stop = AbortSignal.any([AbortSignal.timeout(translationTimeoutMs), ...(signal ? [signal] : [])]);
  return new Promise((resolve) => {
    const child = spawn('bash', ['-c', pipeline], { stdio: ['pipe', 'pipe', 'ignore'], signal: stop, killSignal: 'SIGKILL' });
    let output = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (output += chunk));
    child.on('error', () => resolve(undefined));
    child.on('close', (code) => resolve(code === 0 && output.trim() !== '' ? output.trim() : undefined));
    child.stdin.on('error', () => {});
    // One line: Apertium's text deformatter reads a line break as the end of a paragraph, which is no use here.
    child.stdin.end(`${text.replace(/\s+/g, ' ').trim()}\n`);
  });
}
