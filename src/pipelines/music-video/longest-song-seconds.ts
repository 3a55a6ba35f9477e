/**
 * Longest song the studio takes, in seconds. A file of its own, free of zod, so `kiln analyze`
 * (whose whole run is a few hundred milliseconds) does not load the schema library just for it.
 */
export const longestSongSeconds = 20 * 60;
