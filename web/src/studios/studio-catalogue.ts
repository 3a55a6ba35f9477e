/**
 * The four studios as the app presents them. Whether a studio can be used on this server is not
 * decided here but by the server's pipeline list: a studio is installed when a pipeline with its
 * id exists.
 */
export interface Studio {
  /** The pipeline id that makes this studio available. */
  pipelineId: string;
  path: string;
  title: string;
  /** One line for the home page card. */
  summary: string;
  /** What a person gives the studio. */
  takes: string[];
  /** What they get back. */
  gives: string[];
}

export const studios: readonly Studio[] = [
  {
    pipelineId: 'story',
    path: '/story',
    title: 'Story',
    summary: 'Bedtime stories written for one child, to their age and their favourite things.',
    takes: ['A child profile: name, age, what they love and what to leave out', 'An idea for tonight, if you have one'],
    gives: ['A bedtime story written for that child', 'Checked against Kiln’s safety rules before you see it'],
  },
  {
    pipelineId: 'music-video',
    path: '/music-video',
    title: 'Music video',
    summary: 'A song and a few character images become a video cut to the beat.',
    takes: ['A song', 'Pictures of the characters to feature'],
    gives: ['Scenes that follow the song, featuring your characters', 'A video whose cuts land on the beat'],
  },
  {
    pipelineId: 'vocabulary',
    path: '/vocabulary',
    title: 'Vocabulary',
    summary: 'Transcripts of Japanese streams become study material from the words really spoken.',
    takes: ['The subtitles, transcript or recording of a Japanese stream'],
    gives: ['Slang, stream terms, grammar and words with their sentence and a link to the moment', 'CSV, Anki deck, PDF worksheet, Notion and Anki sync'],
  },
  {
    pipelineId: 'live-style',
    path: '/live',
    title: 'Live style',
    summary: 'Your webcam, restyled in real time: pick a look and watch it follow you.',
    takes: ['Your webcam, in the browser', 'A style to apply'],
    gives: ['Your camera picture, restyled frame by frame as you move'],
  },
];
