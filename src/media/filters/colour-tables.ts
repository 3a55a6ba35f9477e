/**
 * Lookup tables that turn per-pixel colour arithmetic into reads, for the filters' TypeScript
 * passes (a table read is cheaper than the multiplies, rounding and clamping it replaces).
 */

const saturationTables = new Map<number, Uint8Array>();

/**
 * Saturation scaled around grey: `table[grey << 8 | channel]` is the channel moved `saturation`
 * times as far from the pixel's grey (Rec. 601, as `greyPlane` gives it), rounded and clamped.
 * The same as libvips' colour matrix `saturationMatrix(saturation)`, which keeps grey where it is.
 */
export function saturationTable(saturation: number): Uint8Array {
  let table = saturationTables.get(saturation);
  if (table) return table;
  table = new Uint8Array(256 * 256);
  for (let grey = 0; grey < 256; grey++) {
    for (let value = 0; value < 256; value++) table[(grey << 8) | value] = Math.min(255, Math.max(0, Math.round(grey + saturation * (value - grey))));
  }
  saturationTables.set(saturation, table);
  return table;
}

/** A view of the same bytes that clamps to 0–255 and rounds as it stores, so a pass needs no clamp of its own. */
export function clampedView(data: Uint8Array): Uint8ClampedArray {
  return new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength);
}
