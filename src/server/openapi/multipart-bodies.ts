/**
 * The form fields of the upload routes, for the OpenAPI document only: the handlers read the parts
 * as a stream (@fastify/multipart), so there is no body schema for Fastify to validate, and without
 * this "Try it out" on /docs would offer no file input. Keyed by method and URL.
 */
const file = (description: string) => ({ type: 'string', format: 'binary', description });
const text = (description: string) => ({ type: 'string', description });

export const multipartBodies: Record<string, { type: 'object'; required?: string[]; properties: Record<string, unknown> }> = {
  'POST /api/assets': {
    type: 'object',
    required: ['file'],
    properties: { file: file('One image, audio or video file.') },
  },
  'POST /api/music-videos': {
    type: 'object',
    properties: {
      song: file('The song: MP3, WAV, FLAC, Ogg or M4A, up to 20 minutes (or give songAssetId).'),
      songAssetId: text('A song uploaded before, instead of `song`.'),
      character: { type: 'array', items: file('A character image.'), description: '0 to 8 character images.' },
      characterAssetId: { type: 'array', items: text('An uploaded image\'s asset id.') },
      style: text('The look, in words.'),
      moments: { type: 'integer', description: 'How many moments (pictures) to make.' },
      bpm: { type: 'number', description: 'The song\'s tempo if you know it, about (40 to 240): the beat is found at the level nearest it.' },
      width: { type: 'integer' },
      height: { type: 'integer' },
      fps: { type: 'integer' },
      beatOffsetSeconds: { type: 'number' },
    },
  },
  'POST /api/vocabulary/streams': {
    type: 'object',
    required: ['file'],
    properties: {
      url: text('YouTube or Twitch address, for timestamp links.'),
      title: text('The stream\'s title.'),
      channel: text('The channel.'),
      date: text('When it was streamed.'),
      format: { type: 'string', enum: ['vtt', 'srt', 'ass', 'json3', 'text'] },
      file: file('Subtitles, a transcript, or a recording (last field).'),
    },
  },
  'PUT /api/vocabulary/streams/:id/recording': {
    type: 'object',
    required: ['file'],
    properties: { file: file('The recording the stream\'s subtitles belong to: video or audio with sound.') },
  },
  'POST /api/vocabulary/shorts': {
    type: 'object',
    properties: {
      recording: file('Video or audio with sound (or give recordingAssetId).'),
      recordingAssetId: text('A recording uploaded before.'),
      transcript: file('VTT, SRT, ASS or YouTube JSON, in Japanese, with times (or give transcriptAssetId).'),
      transcriptAssetId: text('A transcript uploaded before.'),
      chat: file('A timed chat log.'),
      format: text('The transcript\'s format.'),
      count: { type: 'integer', minimum: 1, maximum: 5 },
      clips: text('JSON [{start, end}], 15-60 s each: render these instead.'),
      planOnly: { type: 'boolean' },
      width: { type: 'integer' },
      height: { type: 'integer' },
    },
  },
};
