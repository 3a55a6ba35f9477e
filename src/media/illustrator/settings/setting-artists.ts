import type { SceneSetting } from '../scene-description.ts';
import { arctic } from './arctic.ts';
import { beach } from './beach.ts';
import { bedroom } from './bedroom.ts';
import { canyon } from './canyon.ts';
import { castle } from './castle.ts';
import { cave } from './cave.ts';
import { city } from './city.ts';
import { classroom } from './classroom.ts';
import { desert } from './desert.ts';
import { fairground } from './fairground.ts';
import { farm } from './farm.ts';
import { forest } from './forest.ts';
import { garden } from './garden.ts';
import { harbour } from './harbour.ts';
import { island } from './island.ts';
import { jungle } from './jungle.ts';
import { kitchen } from './kitchen.ts';
import { lake } from './lake.ts';
import { library } from './library.ts';
import { meadow } from './meadow.ts';
import { moonSurface } from './moon-surface.ts';
import { mountains } from './mountains.ts';
import { ocean } from './ocean.ts';
import { playground } from './playground.ts';
import { river } from './river.ts';
import type { SettingArtist } from './setting-artist.ts';
import { sky } from './sky.ts';
import { snowyVillage } from './snowy-village.ts';
import { village } from './village.ts';
import { space } from './space.ts';
import { stage } from './stage.ts';
import { swamp } from './swamp.ts';
import { temple } from './temple.ts';
import { trainStation } from './train-station.ts';
import { underwater } from './underwater.ts';
import { volcano } from './volcano.ts';
import { waterfall } from './waterfall.ts';

export const settingArtists: Record<SceneSetting, SettingArtist> = {
  forest,
  meadow,
  beach,
  ocean,
  mountains,
  desert,
  'snowy-village': snowyVillage,
  village,
  castle,
  garden,
  city,
  bedroom,
  stage,
  underwater,
  sky,
  space,
  jungle,
  cave,
  volcano,
  island,
  lake,
  river,
  farm,
  classroom,
  kitchen,
  library,
  playground,
  harbour,
  'train-station': trainStation,
  fairground,
  swamp,
  arctic,
  canyon,
  waterfall,
  temple,
  'moon-surface': moonSurface,
};
