export interface CellMap {
  /** Which cell each pixel belongs to. */
  cells: Int32Array;
  cellCount: number;
  /** 1 where a pixel's right or lower neighbour lies in another cell: where lead or grout goes. */
  borders: Uint8Array;
  /** 0 at a cell's seed, rising to about 1 at its edge: for shading each dab or tile. */
  distance: Float32Array;
}

const cache = new Map<string, CellMap>();

/**
 * Splits a frame into cells round seeds on a jittered grid (`spacing` apart; `jitter` 0 gives
 * squares, 1 irregular polygons), each pixel going to its nearest seed. `stretch` above 1 makes
 * cells longer one way, at an angle that varies from seed to seed, as brush dabs are. Fixed per
 * size and settings, so the cells stay still while the picture moves, and cached.
 */
export function cellMap(width: number, height: number, spacing: number, jitter: number, stretch = 1): CellMap {
  const key = `${width}x${height}:${spacing}:${jitter}:${stretch}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const columns = Math.ceil(width / spacing) + 1, rows = Math.ceil(height / spacing) + 1;
  const seeds: { x: number; y: number; cos: number; sin: number }[] = [];
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      const random = (salt: number) => {
        let hash = Math.imul((row * 7919 + column) ^ salt, 0x85ebca6b);
        hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
        return ((hash ^ (hash >>> 16)) >>> 0) / 0xffffffff;
      };
      const angle = random(3) * Math.PI;
      seeds.push({ x: (column + 0.5 + (random(1) - 0.5) * jitter) * spacing, y: (row + 0.5 + (random(2) - 0.5) * jitter) * spacing, cos: Math.cos(angle), sin: Math.sin(angle) });
    }
  }
  const cells = new Int32Array(width * height);
  const distance = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const column = Math.floor(x / spacing), row = Math.floor(y / spacing);
      let best = 0, bestDistance = Infinity;
      for (let nearRow = Math.max(0, row - 1); nearRow <= Math.min(rows - 1, row + 1); nearRow++) {
        for (let nearColumn = Math.max(0, column - 1); nearColumn <= Math.min(columns - 1, column + 1); nearColumn++) {
          const index = nearRow * columns + nearColumn, seed = seeds[index];
          const along = (x - seed.x) * seed.cos + (y - seed.y) * seed.sin;
          const across = (y - seed.y) * seed.cos - (x - seed.x) * seed.sin;
          const squared = (along / stretch) ** 2 + across ** 2;
          if (squared < bestDistance) { bestDistance = squared; best = index; }
        }
      }
      cells[y * width + x] = best;
      distance[y * width + x] = Math.min(1, Math.sqrt(bestDistance) / (spacing * 0.6));
    }
  }
  const borders = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const pixel = y * width + x;
      if ((x + 1 < width && cells[pixel + 1] !== cells[pixel]) || (y + 1 < height && cells[pixel + width] !== cells[pixel])) borders[pixel] = 1;
    }
  }
  const map = { cells, cellCount: seeds.length, borders, distance };
  cache.set(key, map);
  return map;
}
