/** The tempi a user's tempo hint may name, in BPM: the beat tracker's own range. */
export const tempoHintRange = { min: 40, max: 240 } as const;
