import sharp from 'sharp';
const names = ['scene','preset-cartoon','preset-comic','preset-impressionist','preset-watercolor','preset-oil-paint','preset-pencil-sketch','preset-pixel-art','preset-retro-handheld','preset-neon-edges'];
const tiles = await Promise.all(names.map((n) => sharp(`/tmp/${n}.jpg`).resize(256,256).toBuffer()));
const out = await sharp({ create: { width: 256*5, height: 512, channels: 3, background: '#fff' } })
  .composite(tiles.map((input, i) => ({ input, left: (i % 5) * 256, top: Math.floor(i / 5) * 256 }))).png().toFile('/tmp/montage.png');
