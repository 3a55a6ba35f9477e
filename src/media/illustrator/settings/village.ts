import { ridge } from '../backdrop/ridge.ts';
import { cottage, roundTree } from '../backdrop/scenery.ts';
import { flowersOnTheGround, fogBetween, groundFill, type SettingArtist } from './setting-artist.ts';

/**
 * A village in the green months: a row of cottages with coloured walls on a grassy rise, round trees between them,
 * bunting strung across, a lane towards the viewer and flowers beside it ("bread for the whole village", "the village fete"); a village in
 * winter is the snowy village.
 */
export const village: SettingArtist = {
  sky: 'open',
  draw(context) {
    const { paint, width, height, horizonY, groundTopY, scene } = context;
    const random = context.random('green village');
    const far = ridge(context, random, { baseY: horizonY + 15, amplitude: 30, bumps: 2 });
    let back = `<path d="${far.path}" fill="${paint.haze('#8fbf74', 0.55)}"/>`;
    back += fogBetween(context, horizonY + 40);
    const rise = ridge(context, random, { baseY: (horizonY + groundTopY) / 2 + 10, amplitude: 18, bumps: 2, smoothness: 1 });
    back += `<path d="${rise.path}" fill="${paint.haze('#77b15e', 0.2)}"/>`;
    const window = paint.isDark ? paint.glow('#ffd66b') : paint.colour('#bfe3ff');
    const walls = ['#f4d58d', '#e98a6b', '#9cc3e6', '#fbf3e4'];
    const roofs = ['#a8432f', '#7a4632', '#4d5f80'];
    const houses: number[] = [];
    for (let x = random.between(40, 110); x < width - 40; x += random.between(150, 230)) {
      const size = random.between(100, 140);
      houses.push(x);
      back += cottage(x, rise.heightAt(x) + 40, size, paint.colour(random.pick(walls), 0.2), paint.colour(random.pick(roofs), 0.2), window);
    }
    // Bunting from the first cottage's roof to the last: the village is having a good day.
    if (houses.length >= 2) {
      const [from, to] = [houses[0], houses.at(-1)!];
      const y = Math.min(rise.heightAt(from), rise.heightAt(to)) - 40;
      back += `<path d="M${from} ${y}Q${(from + to) / 2} ${y + 30} ${to} ${y}" stroke="${paint.colour('#6b5b4b', 0.4)}" stroke-width="2" fill="none"/>`;
      for (let flag = 1; flag < 12; flag += 1) {
        const t = flag / 12;
        const fx = from + (to - from) * t;
        const fy = y + 30 * 2 * t * (1 - t);
        back += `<path d="M${fx - 6} ${fy}L${fx + 6} ${fy}L${fx} ${fy + 12}Z" fill="${paint.colour(paint.accents[flag % paint.accents.length], 0.5)}"/>`;
      }
    }
    for (let index = 0; index < 2; index += 1) {
      const x = random.between(0.05, 0.95) * width;
      back += roundTree(x, rise.heightAt(x) + 30, random.between(90, 140), paint.haze('#7a5236', 0.2), paint.haze('#4f8f3f', 0.2), paint.haze('#8cc56a', 0.2), random);
    }
    const ground = ridge(context, random, { baseY: groundTopY, amplitude: 12, bumps: 1, smoothness: 1 });
    back += `<path d="${ground.path}" fill="${groundFill(context, '#86c061')}"/>`;
    // The lane through the village, widening towards the viewer.
    const laneTop = ground.heightAt(width / 2) + 6;
    back += `<path d="M${width * 0.42} ${laneTop}L${width * 0.58} ${laneTop}L${width * 0.9} ${height}L${width * 0.1} ${height}Z" fill="${paint.colour(scene.weather === 'snow' ? '#e4ebf3' : '#dcc49a', 0.3)}"/>`;
    back += flowersOnTheGround(context, random, { spacing: 90, topAt: (x) => ground.heightAt(x) + 20, base: 16, growth: 20 });
    return { back, front: '' };
  },
};
