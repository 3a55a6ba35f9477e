import { compositePersonFrame, type PersonCompositeAnswer, type PersonCompositeRequest } from '../../live-style/composite-person-frame.ts';
import type { RestyleModel, RestyleOptions, RestyleResult, ProviderWarning } from '../../providers/spec/index.ts';
import { chooseFilterStyle } from './choose-filter-style.ts';
import { presetNames } from './filter-presets.ts';
import { sharedFilterWorkerPool, type FilterWorkerFrame } from './filter-worker-pool.ts';
import { restyleFrame } from './restyle-frame.ts';
import type { FrameMediaType } from './raw-image.ts';

export interface FilterRestyleModelSettings {
  /** The backend's configured name; `builtin` by default. */
  provider?: string;
  /** `filters` by default. */
  modelId?: string;
  /** Largest side of the answer; frames are scaled down to it. 512 by default. */
  maxSide?: number;
  /** JPEG/WebP quality of the answer. */
  quality?: number;
  /** Where filters run: the shared worker threads by default (see filter-worker-pool.ts); `inline` on the calling thread. */
  threads?: 'shared' | 'inline';
}

const answerTypes: readonly FrameMediaType[] = ['image/jpeg', 'image/webp', 'image/png'];

/** A restyle call from a live stream that keeps the look on the room or the person only; other backends ignore the extra field. */
export type PersonRestyleOptions = RestyleOptions & { personComposite?: PersonCompositeRequest };
/** The filters' answer to it: `personComposite` says whether the mask was applied (absent from backends that do not know it). */
export type PersonRestyleResult = RestyleResult & { personComposite?: PersonCompositeAnswer };

/**
 * The classical-filter restyle model: real time on a CPU, no weights to download. The prompt picks
 * a preset and palette by its words (`preset:name` picks one outright); see choose-filter-style.ts.
 * Takes the identity the built-in catalogue hands its factories, so it registers as is.
 */
export function createFilterRestyleModel(settings: FilterRestyleModelSettings = {}): RestyleModel {
  return {
    provider: settings.provider ?? 'builtin',
    modelId: settings.modelId ?? 'filters',
    async restyle(options: PersonRestyleOptions): Promise<PersonRestyleResult> {
      options.abortSignal?.throwIfAborted();
      const warnings: ProviderWarning[] = [];
      const style = chooseFilterStyle(options.prompt);
      if (style.fellBack) {
        warnings.push({ setting: 'prompt', message: `No style words were recognised, so the ${style.preset.name} preset was used; presets: ${presetNames.join(', ')}.` });
      }
      if (options.seed !== undefined) warnings.push({ setting: 'seed', message: 'The built-in filters are deterministic; the seed was ignored.' });
      let outputMediaType: FrameMediaType = 'image/jpeg';
      if (options.outputMediaType && answerTypes.includes(options.outputMediaType as FrameMediaType)) {
        outputMediaType = options.outputMediaType as FrameMediaType;
      } else if (options.outputMediaType) {
        warnings.push({ setting: 'outputMediaType', message: `The filters answer JPEG, WebP or PNG, not ${options.outputMediaType}; JPEG was sent.` });
      }
      const frameOptions = { maxSide: settings.maxSide, quality: settings.quality, outputMediaType, strength: options.strength, adjustments: style.adjustments };
      const pool = settings.threads === 'inline' ? undefined : sharedFilterWorkerPool();
      const request = options.personComposite;
      let personComposite: PersonCompositeAnswer | undefined;
      const frame: FilterWorkerFrame = pool
        ? await pool.run(options.image.data, style.preset.name, { ...frameOptions, palette: style.palette?.name }, options.abortSignal, request)
        : await restyleFrame(options.image.data, style.preset, {
          ...frameOptions, palette: style.palette,
          mix: request && ((source, styled) => {
            const done = compositePersonFrame(source, styled, request);
            personComposite = done.answer;
            return done.image;
          }),
        });
      options.abortSignal?.throwIfAborted();
      personComposite ??= frame.person;
      return { image: { data: frame.data, mediaType: frame.mediaType }, warnings, ...(personComposite && { personComposite }) };
    },
  };
}
