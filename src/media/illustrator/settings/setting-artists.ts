import type { SceneSetting } from '../scene-description.ts';
import { beach } from './beach.ts';
import { bedroom } from './bedroom.ts';
import { castle } from './castle.ts';
import { city } from './city.ts';
import { desert } from './desert.ts';
import { forest } from './forest.ts';
import { garden } from './garden.ts';
import { meadow } from './meadow.ts';
import { mountains } from './mountains.ts';
import { ocean } from './ocean.ts';
import type { SettingArtist } from './setting-artist.ts';
import { sky } from './sky.ts';
import { snowyVillage } from './snowy-village.ts';
import { space } from './space.ts';
import { stage } from './stage.ts';
import { underwater } from './underwater.ts';

export const settingArtists: Record<SceneSetting, SettingArtist> = {
  forest,
  meadow,
  beach,
  ocean,
  mountains,
  desert,
  'snowy-village': snowyVillage,
  castle,
  garden,
  city,
  bedroom,
  stage,
  underwater,
  sky,
  space,
};
