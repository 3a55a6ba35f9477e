import { ProviderFailedError } from '../../../engine/errors/index.ts';
import { loadEspeak } from './load-espeak.ts';

/** A language eSpeak-NG speaks, as `--voices` lists it. */
export interface EspeakLanguage {
  /** What the narrator takes as `language` or `voice`, e.g. `en-gb`, `fr-fr`. */
  code: string;
  /** eSpeak's own name, underscores made spaces, e.g. `English (Great Britain)`. */
  name: string;
  /**
   * How well eSpeak-NG speaks it, from the voice file's `status` line: `mature` (improved with a
   * native speaker), `testing` (basic pronunciation rules only) or `unrated` (no status line).
   */
  status: 'mature' | 'testing' | 'unrated';
  /** The language family (ISO 639-5) its voice file is filed under, e.g. `gmw`, `roa`; `art` for constructed languages. */
  family: string;
}

/** A voice variant, added to a language with `+`, e.g. `en-gb+aunty`. */
export interface EspeakVariant {
  /** The variant's file name, e.g. `aunty`, `f3`. */
  id: string;
  name: string;
  gender: 'female' | 'male' | 'unknown';
}

/** One line of `espeak-ng --voices`: `Pty Language Age/Gender VoiceName File Other`. */
function parseLine(line: string): { language: string; gender: string; name: string; file: string } | undefined {
  const parts = line.trim().split(/\s+/);
  if (parts.length < 5 || !/^\d+$/.test(parts[0])) return undefined;
  const [, language, ageGender, name, file] = parts;
  return { language, gender: ageGender.split('/')[1] ?? '', name: name.replace(/_/g, ' ').trim(), file };
}

/** Where eSpeak-NG's data lies in the WASM build's own file system. */
const languageFolder = '/usr/local/share/espeak-ng-data/lang';

interface EspeakFileSystem {
  FS: { readFile(path: string): Uint8Array };
}

/** The `status` line of a voice file; a file that cannot be read counts as unrated. */
function statusOf(self: EspeakFileSystem, file: string): EspeakLanguage['status'] {
  try {
    const status = /^status\s+(\w+)/m.exec(new TextDecoder().decode(self.FS.readFile(`${languageFolder}/${file}`)))?.[1];
    return status === 'mature' || status === 'testing' ? status : 'unrated';
  } catch {
    return 'unrated';
  }
}

/** The lines eSpeak-NG prints for `argument`; `afterRun` may read its data files before the module goes. */
async function runList(argument: string, afterRun?: (self: EspeakFileSystem, lines: string[]) => void): Promise<string[]> {
  const { factory, module } = await loadEspeak();
  const lines: string[] = [];
  const errors: string[] = [];
  await factory({
    arguments: [argument],
    print: (line: string) => lines.push(line),
    printErr: (line: string) => errors.push(line),
    postRun: afterRun ? [(self: EspeakFileSystem) => afterRun(self, lines)] : [],
    instantiateWasm(imports: WebAssembly.Imports, done: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void) {
      void WebAssembly.instantiate(module, imports).then((instance) => done(instance, module));
      return {};
    },
  });
  if (lines.length === 0) throw new ProviderFailedError(`eSpeak-NG listed no voices${errors.length > 0 ? `: ${errors.join(' ')}` : ''}.`);
  return lines;
}

let listed: Promise<{ languages: EspeakLanguage[]; variants: EspeakVariant[] }> | undefined;

/**
 * The languages and voice variants the built-in narrator really has, read from eSpeak-NG itself
 * (`--voices` and `--voices=variant`) once per process: the list is compiled into the WASM data.
 */
export function listEspeakVoices(): Promise<{ languages: EspeakLanguage[]; variants: EspeakVariant[] }> {
  listed ??= (async () => {
    const statuses = new Map<string, EspeakLanguage['status']>();
    const languages = (await runList('--voices', (self, lines) => {
      for (const entry of lines.map(parseLine)) if (entry) statuses.set(entry.file, statusOf(self, entry.file));
    })).map(parseLine).filter((entry) => entry !== undefined)
      .map((entry) => ({
        code: entry.language.toLowerCase(),
        name: entry.name,
        status: statuses.get(entry.file) ?? 'unrated',
        family: entry.file.includes('/') ? entry.file.split('/')[0] : entry.file,
      }));
    const variants = (await runList('--voices=variant')).map(parseLine).filter((entry) => entry !== undefined)
      .map((entry) => ({
        id: entry.file.replace(/^!v\//, ''),
        name: entry.name,
        gender: entry.gender === 'F' ? 'female' as const : entry.gender === 'M' ? 'male' as const : 'unknown' as const,
      }));
    return { languages, variants };
  })().catch((error: unknown) => {
    listed = undefined;
    throw error;
  });
  return listed;
}
