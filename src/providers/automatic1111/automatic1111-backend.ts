import type { z } from 'zod';
import type { automatic1111SettingsSchema } from '../../config/config-file-schema.ts';
import type { Backend, BackendBaseSettings } from '../backend.ts';
import { createDiffusionBackend } from '../diffusion/create-diffusion-backend.ts';
import { createAutomatic1111ImageModel } from './create-automatic1111-image-model.ts';
import { createAutomatic1111RestyleModel } from './create-automatic1111-restyle-model.ts';

/** The config entry's settings (typed from its schema) and the registry's. */
export type Automatic1111BackendSettings = BackendBaseSettings & z.infer<typeof automatic1111SettingsSchema>;

/**
 * A registry backend over AUTOMATIC1111's web UI API (`--api`) or one of its forks, for the config's
 * `{ type: 'automatic1111', baseURL }`: live restyling and pictures through img2img and txt2img.
 */
export function createAutomatic1111Backend(settings: Automatic1111BackendSettings = {}): Backend {
  const name = settings.name ?? 'automatic1111';
  return createDiffusionBackend({
    name,
    type: 'automatic1111',
    restyle: (checkpoint) => createAutomatic1111RestyleModel({ ...settings, provider: name, checkpoint }),
    image: (checkpoint) => createAutomatic1111ImageModel({ ...settings, provider: name, checkpoint }),
  });
}
