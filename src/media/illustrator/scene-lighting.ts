import type { SceneDescription, TimeOfDay } from './scene-description.ts';

/** The light falling on a scene: everything but the sky leans towards `tint` and dims by `brightness`. */
export interface Lighting {
  tint: string;
  tintAmount: number;
  brightness: number;
}

/** Sky gradient from the top of the picture to the horizon. */
export interface SkyColours {
  top: string;
  middle: string;
  horizon: string;
}

const skyByTime: Record<TimeOfDay, SkyColours> = {
  dawn: { top: '#6a78c2', middle: '#f2a7bf', horizon: '#ffdca8' },
  day: { top: '#3f9be6', middle: '#86c8f3', horizon: '#dff3fc' },
  sunset: { top: '#40408f', middle: '#e0607e', horizon: '#ffb35c' },
  dusk: { top: '#1e2456', middle: '#5b4189', horizon: '#d3809c' },
  night: { top: '#050a22', middle: '#101d4c', horizon: '#2a3d78' },
};

const lightByTime: Record<TimeOfDay, Lighting> = {
  dawn: { tint: '#ffb0a0', tintAmount: 0.16, brightness: 0.96 },
  day: { tint: '#fff6e0', tintAmount: 0.04, brightness: 1 },
  sunset: { tint: '#ff7a3c', tintAmount: 0.24, brightness: 0.88 },
  dusk: { tint: '#6a4c9c', tintAmount: 0.3, brightness: 0.74 },
  night: { tint: '#1f2f6e', tintAmount: 0.42, brightness: 0.56 },
};

export function skyColours(scene: SceneDescription): SkyColours {
  const sky = skyByTime[scene.timeOfDay];
  // Rain and fog wash the sky towards grey; how far depends on how bright the sky was.
  if (scene.weather === 'rain') return { top: '#5d6b7d', middle: '#8593a3', horizon: '#aab4bf' };
  if (scene.weather === 'fog' && scene.timeOfDay !== 'night') return { top: '#9aa7b4', middle: '#c4ccd4', horizon: '#e3e7eb' };
  if (scene.weather === 'snow' && scene.timeOfDay === 'day') return { top: '#8fa9c7', middle: '#bfd0e3', horizon: '#e8eef5' };
  return sky;
}

/** Indoor and underwater light differs from the open sky's: a lamp indoors, the sea's own blue below. */
export function sceneLighting(scene: SceneDescription): Lighting {
  const light = lightByTime[scene.timeOfDay];
  switch (scene.setting) {
    case 'bedroom':
    case 'classroom':
    case 'kitchen':
    case 'library':
      return scene.timeOfDay === 'night' || scene.timeOfDay === 'dusk' ? { tint: '#ffa450', tintAmount: 0.2, brightness: 0.8 } : light;
    case 'underwater':
      return { tint: '#137a9e', tintAmount: 0.3, brightness: Math.max(0.62, light.brightness) };
    case 'cave':
      return { tint: '#4a3f7a', tintAmount: 0.3, brightness: 0.72 };
    case 'space':
    case 'moon-surface':
      return { tint: '#3a2f7a', tintAmount: 0.22, brightness: 0.82 };
    case 'stage':
      return { tint: '#5a2f8a', tintAmount: 0.2, brightness: 0.82 };
    default:
      if (scene.weather === 'rain' || scene.weather === 'fog') return { ...light, tintAmount: light.tintAmount + 0.1, tint: '#7c8896' };
      return light;
  }
}
